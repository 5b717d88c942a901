package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An unfenced chain one link a line: a code span alone, then `->` lines of code spans at the margin (made-up fragments). */
class CodeSpanChainLinesTest {

    private static String note(String... lines) {
        return "# Path\n\nThe path is:\n\n" + String.join("\n", lines) + "\n\nThat is all.\n";
    }

    @Test
    void eachArrowLineIsTheCalleeOfTheLineAbove() {
        assertEquals("""
                root `sys_open_x()`
                  call `do_open_x()`
                    call `path_open_x()`
                      call `dev_open_x()`
                """, Parsing.shape(Parsing.parse(note(
                "`sys_open_x()`",
                "-> `do_open_x()`",
                "-> `path_open_x()`",
                "-> `dev_open_x()`"))));
    }

    @Test
    void arrowLinesUnderALineThatIsNoCodeSpanStaySiblings() {
        assertEquals("""
                root open_path_x()
                  call `do_open_x()`
                  call `path_open_x()`
                """, Parsing.shape(Parsing.parse(note(
                "open_path_x()",
                "-> `do_open_x()`",
                "-> `path_open_x()`"))));
    }

    @Test
    void indentedArrowLinesKeepTheirIndentation() {
        assertEquals("""
                root `sys_open_x()`
                  call `do_open_x()`
                  call `path_open_x()`
                """, Parsing.shape(Parsing.parse(note(
                "`sys_open_x()`",
                "  -> `do_open_x()`",
                "  -> `path_open_x()`"))));
    }
}
