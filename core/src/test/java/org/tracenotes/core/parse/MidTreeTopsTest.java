package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A tree of names drawn by indentation alone that begins inside a caller the block does not show (its
 * first line deeper than its second, or every line indented with two or more at the top) has its root
 * implied: its top lines are that caller's steps, not roots. Every fragment is made up.
 */
class MidTreeTopsTest {

    private static Note inFence(String... lines) {
        return Parsing.parse("# t\n\nLast week's tree, continued:\n\n```\n" + String.join("\n", lines) + "\n```\n");
    }

    @Test
    void aTreeResumedOneLineDeeperThanItsSecondHangsUnderAnImpliedCaller() {
        Note note = inFence("\t\t\tfoo_finish_setup", "\t\tfoo_area_node", "\t\t\tfoo_area_size",
                "\t\t\tfoo_map_area", "\t\t\t\tfoo_map_range", "\t\t\t\t\tfoo_map_one", "\t\t\tfoo_flush_area");
        assertEquals("""
                root\s
                  call foo_finish_setup
                  call foo_area_node
                    call foo_area_size
                    call foo_map_area
                      call foo_map_range
                        call foo_map_one
                    call foo_flush_area
                """, Parsing.shape(note));
    }

    @Test
    void siblingsDrawnDeeperThanTheMarginAreStepsOfAnImpliedCaller() {
        Note note = inFence("\t\tfoo_enter_user", "\t\tfoo_helper", "\t\t\tfoo_inner_abort", "\t\t\t\tfoo_report",
                "\t\tfoo_leave", "\t\t\tfoo_resume_user");
        assertEquals("""
                root\s
                  call foo_enter_user
                  call foo_helper
                    call foo_inner_abort
                      call foo_report
                  call foo_leave
                    call foo_resume_user
                """, Parsing.shape(note));
    }

    @Test
    void aTreeAtTheMarginKeepsItsRoot() {
        Note note = inFence("foo_main", "\tfoo_one", "\t\tfoo_two", "\tfoo_three", "\t\tfoo_four");
        assertEquals("""
                root foo_main
                  call foo_one
                    call foo_two
                  call foo_three
                    call foo_four
                """, Parsing.shape(note));
    }

    @Test
    void aListsItemsOneBlankInKeepTheirRoots() {
        String shape = Parsing.shape(Parsing.parse("# t\n\n## who calls foo_get_page\n\n * foo_alloc_dir\n   * foo_get_page\n"
                + " * foo_fault\n   * foo_do_fault\n     * foo_handle_fault\n       * foo_get_page\n"));
        assertTrue(shape.startsWith("root foo_alloc_dir"), shape);
    }

    @Test
    void tabIndentedProseAndShellSessionsStayText() {
        assertEquals("", Parsing.shape(inFence("\t\tThe first step is done here.", "\t\tThen we look at what follows.",
                "\t\t\tIt reads the table again, slowly.", "\t\t\tAnd then it stops for good.")));
        assertEquals("", Parsing.shape(inFence("\t$ make -j8", "\t$ sudo make install", "\t\tcc -o foo foo.c",
                "\t\tld -o foo foo.o")));
    }
}
