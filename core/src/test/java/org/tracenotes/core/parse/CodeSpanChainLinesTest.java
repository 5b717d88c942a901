package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** An unfenced chain one link a line: a code span alone, then `->` lines of code spans at the margin (made-up fragments). */
class CodeSpanChainLinesTest {

    private static String note(String... lines) {
        return "# Path\n\nThe call chain is:\n\n" + String.join("\n", lines) + "\n\nThat is all.\n";
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

    @Test
    void aHeadingThatNamesAChainMakesEachArrowLineTheCalleeOfTheLineAbove() {
        assertEquals("""
                root `sys_read_x()`
                  call `do_read_x()`
                    call `dev_read_x()`
                """, Parsing.shape(Parsing.parse(
                "# Notes\n\n### 4.4 串成一条链\n\n主线：\n\n`sys_read_x()`\n-> `do_read_x()`\n-> `dev_read_x()`\n\nEnd.\n")));
    }

    @Test
    void arrowLinesWithNoWordForAChainAboveStayStepsOfTheFirstLine() {
        assertEquals("""
                root `make_x()`
                  call `install_x()`
                  call `reboot_x()`
                """, Parsing.shape(Parsing.parse(
                "# Build\n\nThen:\n\n`make_x()`\n-> `install_x()`\n-> `reboot_x()`\n\nEnd.\n")));
    }
}
