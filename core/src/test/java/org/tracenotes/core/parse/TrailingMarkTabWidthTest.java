package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Marks lined up right of a staircase ({@code [file.c]} tags, {@code ----|} brackets, {@code ====>} remarks):
 * the tab width at which the marks after tabs land on the spaces-only lines' column is the author's. Every
 * fragment is made up.
 */
class TrailingMarkTabWidthTest {

    /** The line {@code lead + name}, padded to put {@code mark} at column {@code column} with tabs {@code width} wide. */
    private static String marked(String lead, String name, String mark, int column, int width) {
        int c = 0;
        for (char ch : (lead + name).toCharArray()) {
            c = ch == '\t' ? c + width - c % width : c + 1;
        }
        return lead + name + " ".repeat(column - c) + mark;
    }

    private static String staircase(int width) {
        return "```\n" + String.join("\n",
                marked("", "step_a", "[a.c]", 40, width),
                marked("  ", "step_b", "[a.c]", 40, width),
                marked("    ", "step_c", "[b.c]", 40, width),
                marked("\t  ", "step_d", "[b.c]", 40, width),
                marked("\t    ", "step_e", "[c.c]", 40, width),
                marked("      ", "step_f", "[c.c]", 40, width)) + "\n```\n";
    }

    @Test
    void tagsLinedUpWithTabsFourWideMakeTheSpacedLineASiblingOfTheTabbedOneAtItsColumn() {
        assertEquals("""
                root step_a  [ a.c
                  call step_b  [ a.c
                    call step_c  [ b.c
                      call step_d  [ b.c
                        call step_e  [ c.c
                      call step_f  [ c.c
                """, Parsing.shape(Parsing.parse(staircase(4))));
        assertEquals(4, TrailingMarkTabWidth.choose(List.of(staircase(4).split("\n"))));
    }

    @Test
    void tagsLinedUpWithTabsEightWideSayEight() {
        assertEquals(8, TrailingMarkTabWidth.choose(List.of(staircase(8).split("\n"))));
    }

    @Test
    void bracketsAndRemarkArrowsLinedUpAtEightSayEight() {
        List<String> code = List.of(
                "step_a\t\t  ----|",
                "  step_b          |>( the path every call takes )",
                "    step_d        ----|",
                "\tstep_g\t  ====> ( the slow way )");
        assertEquals(8, TrailingMarkTabWidth.choose(code));
    }

    @Test
    void aBlockWithoutASpacesOnlyMarkSaysNothing() {
        assertEquals(0, TrailingMarkTabWidth.choose(List.of("step_a", "\tstep_b\t[a.c]", "\t\tstep_c\t[b.c]")));
    }

    @Test
    void anAssemblersOperandsRightAfterATabAreNoMarks() {
        assertEquals(0, TrailingMarkTabWidth.choose(List.of(
                "ring_start()  //ring.c",
                "\tmov\tx1, x0\t\t// x1=ring",
                "\tstr\tx1, ring_ptr\t// keep it",
                "\tring_setup(x1)  //ring_arch.c")));
    }

    @Test
    void singleSpacedWordsAreNoMarks() {
        assertEquals(0, TrailingMarkTabWidth.choose(List.of(
                "the ring is opened here", "\tand then it is filled", "  and closed at last")));
    }
}
