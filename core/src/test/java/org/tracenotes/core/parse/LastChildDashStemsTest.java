package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Stem trees whose arms are drawn right against the names ({@code |-----f();}), the last child of a run
 * drawn {@code \-----g();}: a {@code \} arm stands at its edge's column as the {@code |} arms above it do,
 * so it closes their run as a sibling, never a child of the arm above it; margins of tabs or of spaces. Every
 * fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class LastChildDashStemsTest {

    private static final String TREE = """
            root start_request()
              call prepare_pages()
                call lock_range()
                call fill_pages()
                  call copy_chunk()
              call commit_pages()
                call flush_queue()
              call finish_request()
            """;

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void aBackslashArmClosesTheRunOfPipeArmsAtItsColumnWithTabMargins() {
        assertEquals(TREE, read(
                "start_request()",
                "\t|---------prepare_pages();",
                "\t\t\t|-------lock_range();",
                "\t\t\t\\-------fill_pages();",
                "\t\t\t\t\t\\-----copy_chunk();",
                "\t|---------commit_pages();",
                "\t\t\t\\-------flush_queue();",
                "\t\\---------finish_request();"));
    }

    @Test
    void theArmsDashesMayDifferInLengthTheEdgeGivesTheDepth() {
        assertEquals(TREE, read(
                "start_request()",
                "\t|---prepare_pages();",
                "\t\t\t|-------------lock_range();",
                "\t\t\t\\---fill_pages();",
                "\t\t\t\t\t\\---------copy_chunk();",
                "\t|-----commit_pages();",
                "\t\t\t\\---flush_queue();",
                "\t\\-----finish_request();"));
    }

    @Test
    void spaceMarginsAndPlusArmsReadTheSame() {
        assertEquals(TREE, read(
                "start_request()",
                "    +-----prepare_pages();",
                "        +-----lock_range();",
                "        \\-----fill_pages();",
                "            \\-----copy_chunk();",
                "    +-----commit_pages();",
                "        \\-----flush_queue();",
                "    \\-----finish_request();"));
    }

    @Test
    void aLastChildsBodyStaysUnderIt() {
        assertEquals("""
                root boot_core()
                  call setup_cpu()
                  call start_idle()
                    call idle_loop()
                      call wait_irq()
                """, read(
                "boot_core()",
                "\t|-----setup_cpu();",
                "\t\\-----start_idle();",
                "\t\t\t\\-----idle_loop();",
                "\t\t\t\t\t\\-----wait_irq();"));
    }
}
