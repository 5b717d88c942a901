package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A trace that mixes a tab and spaces and lands on its two-column step only with tabs four wide, in a
 * note whose quoted kernel code elsewhere is aligned for tabs eight wide. Every fragment is made up.
 */
class BlockStepTabWidthTest {

    private static final String QUOTED_CODE = String.join("\n",
            "```c",
            "static int ring_check(int a)",
            "{",
            "\tif (ring_ok(a) &&",
            "\t    ring_ready(a))",
            "\t\treturn ring_go(a,",
            "\t\t    0);",
            "\treturn 0;",
            "}",
            "```");

    private static final String EXPECTED = """
            root open_x
              call do_open_x
                call filp_x
                  call lookup_x
                    call walk_x
                      call walk_one_x
                        call dir_lookup_x
              return return fd
            """;

    @Test
    void aBlockThatStepsEvenlyOnlyWithTabsFourWideIsReadFourWideDespiteTheNotesEvidenceForEight() {
        String trace = String.join("\n",
                "```c",
                "open_x",
                "  do_open_x",
                "  \tfilp_x",
                "  \t  lookup_x",
                "        walk_x",
                "          walk_one_x",
                "  \t\t\tdir_lookup_x",
                "  return fd",
                "```");
        assertEquals(EXPECTED, Parsing.shape(Parsing.parse(trace + "\n\nWords.\n\n" + QUOTED_CODE + "\n")));
    }

    @Test
    void aBlockThatStepsEvenlyWithTabsEightWideKeepsTheNotesEight() {
        String trace = String.join("\n",
                "```c",
                "open_x",
                "    do_open_x",
                "\tfilp_x",
                "\t    lookup_x",
                "```");
        assertEquals("""
                root open_x
                  call do_open_x
                    call filp_x
                      call lookup_x
                """, Parsing.shape(Parsing.parse(trace + "\n\n" + QUOTED_CODE + "\n")));
    }
}
