package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call chain drawn as a column of names joined by connector-only lines ({@code |} then {@code v},
 * {@code ↓}, a lone {@code |}, {@code -->}): each name is the callee of the name above it, the connector
 * lines are no steps. Diagrams of boxes, columns of data and stages in words stay what they are. Every
 * fragment is made up.
 */
class VerticalChainsTest {

    private static Note parse(String... lines) {
        return Parsing.parse(String.join("\n", lines) + "\n");
    }

    private static String read(String... lines) {
        return Parsing.shape(parse(lines));
    }

    @Test
    void callsJoinedByBarAndVeeInAFenceEachCallTheNext() {
        assertEquals("""
                root ring_open()
                  call ring_setup()
                    call ring_fill()
                      call ring_kick()
                """, read(
                "```",
                "ring_open()",
                "    |",
                "    v",
                "ring_setup()",
                "    |",
                "    v",
                "ring_fill()",
                "    V",
                "ring_kick()",
                "```"));
    }

    @Test
    void bareNamesShapedLikeFunctionsJoinedByDownArrowsEachCallTheNext() {
        assertEquals("""
                root blk_submit_io
                  call blk_check_io
                    call disk_send_cmd
                """, read(
                "```",
                "blk_submit_io",
                "     ↓",
                "blk_check_io",
                "     ↓",
                "disk_send_cmd",
                "```"));
    }

    @Test
    void aColumnOutsideAFenceWithLoneBarsOrArrowsIsAChainToo() {
        assertEquals("""
                root `dev_open()`
                  call `dev_setup()`
                    call `slot_alloc()`
                """, read(
                "Text above.",
                "",
                "`dev_open()`",
                "  -->",
                "`dev_setup()`",
                "  |",
                "`slot_alloc()`",
                "",
                "Text below."));
    }

    @Test
    void bareNamesOfDataJoinedByArrowsAreADiagramNoChain() {
        Note note = parse(
                "```c",
                "node_possible_mask (every node)",
                "       │",
                "       ▼",
                "node_online_mask  (nodes up)",
                "       │",
                "       ▼",
                "node_memory_mask  (nodes with memory)",
                "```");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void stagesInWordsJoinedByArrowsAreNoChain() {
        String shape = read(
                "```",
                "NIC",
                "  |",
                "  v",
                "driver",
                "  |",
                "  v",
                "protocol stack",
                "```");
        assertTrue(!shape.contains("  call driver"), shape);   // no stage is the callee of the one above
    }

    @Test
    void aDiagramOfBoxesWithBarsAndVeesIsNoChain() {
        Note note = parse(
                "```",
                "+---------+",
                "| cpu_a() |",
                "+---------+",
                "     |",
                "     v",
                "+---------+",
                "| mmu_b() |",
                "+---------+",
                "```");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void namesIndentedAsATreeKeepTheirIndentation() {
        String shape = read(
                "```",
                "ring_open()",
                "    ring_setup()",
                "    |",
                "    ring_fill()",
                "```");
        assertTrue(!shape.contains("      call ring_fill()"), shape);   // not the callee of ring_setup()
    }

    @Test
    void aConnectorBetweenNamesAndABoxEdgeJoinsNothing() {
        String shape = read(
                "```c",
                "start_one()",
                "-> spawn_worker(worker_main)",
                "           |",
                "  +--------+",
                "  |",
                "  v",
                "worker_main()",
                "-> worker_loop()",
                "```");
        assertTrue(shape.contains("root worker_main()"), shape);   // the flow jumps over a box's wire: a new root
    }
}
