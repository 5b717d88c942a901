package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A call tree whose arms lead C's control flow ({@code |-switch (x)}, {@code |-case A:}, {@code |-break;},
 * {@code |-else}, {@code |-out:}) is a trace as one of calls alone is, whatever the arm; C without arms, and
 * arms before prose, stay what they were. Every fragment is made up.
 */
class ArmedControlStepsTest {

    @Test
    void aSwitchDrawnWithBarArmsIsATrace() {
        assertTrace(true, "", "run_step(a)", "\t|-switch (mode)", "\t\t|-case MODE_A:", "\t\t\t|-break;", "\t|-finish(a);");
        assertTrace(true, "", "run_step(a)", "\t|-switch (mode)", "\t\t...", "\t\t|-case MODE_A:", "\t\t\t|-RUN_RETURN(-1);",
                "\t\t|-case MODE_B:", "\t\t\t|-x = do_b(a);", "\t\t\t|-break;", "\t\t...");
    }

    @Test
    void branchesAndLabelsDrawnWithOtherArmsAreATrace() {
        assertTrace(true, "", "run_step(a)", "  |--if (ready)", "     |--do_a(a);", "  |--else", "     |--do_b(a);",
                "  |--out:", "  |--finish(a);");
        assertTrace(true, "c", "run_step(a)", "\t+-if (ready)", "\t\t+-do_a(a);", "\t+-else", "\t\t+-do_b(a);");
        assertTrace(true, "", "run_step(a)", "    +-- for (i = 0; i < n; i++)", "    |   `-- do_one(i);",
                "    `-- while (busy)", "        `-- wait_one();");
    }

    @Test
    void declarationsReturnsAndElisionsUnderArmsAreSteps() {
        assertTrace(true, "", "int pick_one(struct box *b)", "\t|-const int n = count_all(b);", "\t|-if (n > LIMIT)",
                "\t\t|-return (LIMIT);", "\t|-else", "\t\t|-std::vector<item*> v;", "\t\t|-return (n);", "\t|-...");
    }

    @Test
    void aConditionOrASignatureWrappedOverLinesContinuesIt() {
        assertTrace(true, "", "long scan_all(struct box *b, int mode,", "              bool deep)",
                "\t|-if (b->count > 0 &&", "      b->mode == mode)", "\t\t|-n = scan_one(b);",
                "\t\t|-if (deep)", "\t\t\t|-return (scan_deep(b, n,", "\t\t\t\t\t\t\t  mode));", "\t|-return (0);");
    }

    @Test
    void cWithoutArmsStaysCode() {
        assertTrace(false, "", "run_step(a)", "\tswitch (mode)", "\t\tcase MODE_A:", "\t\t\tbreak;", "\tfinish(a);");
        assertTrace(false, "c", "static int run_step(int a)", "{", "\tif (a)", "\t\treturn a;", "\telse", "\t\tgoto out;",
                "out:", "\treturn 0;", "}");
    }

    @Test
    void armsBeforeProseStayText() {
        assertTrace(false, "", "Plan", "\t|-if you want more, ask", "\t\t|-then we talk about it", "\t|-else we stop here");
    }

    private static void assertTrace(boolean trace, String info, String... lines) {
        String note = "Text.\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n";
        NoteLayout layout = new NoteLayout(note.codePoints().toArray(), note, false);
        assertEquals(trace ? NoteLayout.Role.TRACE : NoteLayout.Role.CODE, layout.role(3), note);
    }
}
