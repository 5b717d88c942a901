package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees drawn without arrows — by indentation alone, or with tree connectors that have no arrow
 * head ({@code |-- name}, {@code |name}) — read as their authors mean them: the root at the least
 * indent, each deeper line under the call above it, trailing notes as notes. Every fragment is made up.
 */
class ArrowlessTreesTest {

    @Test
    void indentationAloneNestsCallsUnderTheCallAbove() {
        assertShape("""
                root boot_main
                  call arch_setup
                    call map_init
                      call zone_init
                  call rest_init
                """, "boot_main", "    arch_setup", "        map_init", "            zone_init", "    rest_init");
    }

    @Test
    void aQuotedOrWordedNoteAfterACallIsANote() {
        assertShape("""
                root boot_main
                  call arch_setup  早期
                    call map_init  "the maps"
                      call zone_init
                """, "boot_main", "    arch_setup            早期", "        map_init \"the maps\"", "            zone_init");
        assertShape("""
                root vm_run()
                  call vm_enter()
                    call vm_launch  [指令]
                      call vm_insn()
                  call vm_save()
                """, "vm_run()", "  vm_enter()", "    vm_launch [指令]", "      vm_insn()", "  vm_save()");
    }

    @Test
    void treeEdgesWithoutArrowHeadsAreConnectors() {
        assertShape("""
                root sys_foo  # entry
                  call foo_do  # a.c
                    call foo_lookup  # a.c - finds it
                    call foo_copy
                """, "sys_foo # entry", "    |-- foo_do # a.c", "        |-- foo_lookup # a.c - finds it",
                "        |-- foo_copy");
        assertShape("""
                root sys_bar
                  call bar_do
                    call bar_one
                  call bar_two
                """, "sys_bar", "|-- bar_do", "    |-- bar_one", "|-- bar_two");
    }

    @Test
    void aStemAgainstEachNameIsAConnector() {
        assertShape("""
                root foo_start
                  call foo_lock
                  call foo_init
                    call foo_init_one
                  call foo_rest
                """, "|foo_start", "   |foo_lock", "   |foo_init", "      |foo_init_one", "   |foo_rest");
    }

    @Test
    void aBannerBetweenPartsOfATreeIsAComment() {
        assertShape("""
                root foo_rx
                  call foo_route
                    call foo_deliver
                      call foo_tcp_rcv
                        call foo_lookup
                """, "|foo_rx", "   |foo_route", "      |foo_deliver", "", "    *** NOW IT IS TCP ***",
                "         |foo_tcp_rcv", "            |foo_lookup");
    }

    @Test
    void aBannerOfStarsAloneOrAroundANumberIsACommentToo() {
        assertShape("""
                root foo_rx
                  call foo_route
                    call foo_deliver
                      call foo_tcp_rcv
                        call foo_lookup
                """, "|foo_rx", "   |foo_route", "      |foo_deliver", "", "    **********",
                "         |foo_tcp_rcv", "    *** 1 ***", "            |foo_lookup");
    }

    @Test
    void theReadmeExampleReadsAsTheReadmeSays() {
        assertShape("""
                root start_kernel
                  call setup_arch  早期
                    call paging_init  "page tables"
                  call rest_init  # init/main.c
                """, "start_kernel", "    setup_arch            早期", "        paging_init \"page tables\"",
                "|-- rest_init # init/main.c");
    }

    @Test
    void namesInBoxesOnStemsAreACallTree() {
        assertShape("""
                root foo_fault  makes the table
                  call foo_alloc  the table
                  call foo_map  the page
                """, "+-----------+", "| foo_fault | makes the table", "+----|------+",
                "     |    +-----------+", "     |--> | foo_alloc | the table", "     |    +-----------+",
                "     |    +---------+", "     +--> | foo_map | the page", "          +---------+");
    }

    @Test
    void aBoxClosedAtTheLineEndLeavesNoNote() {
        assertShape("""
                root foo_fault
                  call foo_alloc
                  call foo_map
                """, "+-----------+", "| foo_fault |", "+----|------+",
                "     |    +-----------+", "     |--> | foo_alloc |  ", "     |    +-----------+",
                "     |    +---------+", "     +--> | foo_map |", "          +---------+");
    }

    private static void assertShape(String expected, String... lines) {
        Note note = Parsing.fenced(lines);
        assertEquals(expected, NotationVariantsTest.shape(note), () -> String.join("\n", lines));
    }
}
