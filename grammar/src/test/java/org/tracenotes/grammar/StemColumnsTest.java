package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The column of a call tree's line behind its {@code |} stems: the blanks after a stem count as the
 * author's editor shows them, a tab to its next stop. Every fragment is made up.
 */
class StemColumnsTest {

    @Test
    void aTabAfterAStemReachesTheNextTabStop() {
        // `|` and a tab: column 4 (or 8), deeper than `|` and two blanks; read as one column, it was not
        assertTrace(true, "alpha_x()", "|  beta_x()", "|\tgamma_x()");
    }

    @Test
    void aTabAfterAStemAtTheColumnOfBlanksIsNoDescent() {
        // `|` and three blanks, then `|` and a tab: one column (four) at tabs four wide; no second descent
        assertTrace(false, "alpha_x()", "|   beta_x()", "|\tgamma_x()");
    }

    private static void assertTrace(boolean trace, String... lines) {
        String note = "Text.\n\n```\n" + String.join("\n", lines) + "\n```\n";
        int[] cps = note.codePoints().toArray();
        NoteLayout layout = new NoteLayout(cps, note, false);
        assertEquals(trace ? NoteLayout.Role.TRACE : NoteLayout.Role.CODE, layout.role(3), note);
    }
}
