package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;

/** Notes nesting deeper than the documented limits are refused with one error where they get too deep. */
class DepthLimitsTest {

    private static final NoteParser PARSER = new NoteParser();

    /** A root and {@code levels} steps, each one column deeper than the one above. */
    static String nested(int levels) {
        StringBuilder note = new StringBuilder("```\nf()\n");
        for (int i = 0; i < levels; i++) {
            note.append(" ".repeat(i)).append("=> g").append(i).append("()\n");
        }
        return note.append("```\n").toString();
    }

    private static List<Diagnostic> limitErrors(Note note) {
        return DepthLimits.unread(note);
    }

    @Test
    void aNoteNestedThreeThousandLevelsIsReadWhole() {
        Note note = PARSER.parse("n.md", nested(3_000));
        assertTrue(limitErrors(note).isEmpty(), () -> limitErrors(note).toString());
        assertEquals(3_000, note.steps().size());
    }

    @Test
    void stepsNestedPastTheLimitLeaveTheNoteUnreadWithAnErrorAtTheFirstLineTooDeep() {
        Note note = PARSER.parse("n.md", nested(DepthLimits.MAX_STEP_DEPTH + 1));
        List<Diagnostic> errors = limitErrors(note);
        assertEquals(1, errors.size(), errors::toString);
        Diagnostic d = errors.get(0);
        assertEquals(Severity.ERROR, d.severity());
        // the root is line 2; step k (1-based) is on line k + 2, indented k - 1 columns
        assertEquals(DepthLimits.MAX_STEP_DEPTH + 3, d.range().line());
        assertEquals(DepthLimits.MAX_STEP_DEPTH + 1, d.range().column());
        assertTrue(d.message().contains("5000 levels"), d.message());
        assertTrue(note.sections().isEmpty());
        assertFalse(note.text().isEmpty(), "the text is kept");
    }

    @Test
    void longExpressionsWithinTheLimitAreRead() {
        String sum = String.join("+", Collections.nCopies(5_500, "a"));
        String minus = "-".repeat(8_000);
        Note note = PARSER.parse("e.md", "```\nf()\n=> x = " + sum + "\n=> q = " + minus + "1\n=> g()\n```\n");
        assertTrue(limitErrors(note).isEmpty(), () -> limitErrors(note).toString());
        assertEquals(3, note.steps().size());
    }

    @Test
    void anExpressionDeeperThanTheLimitIsRefusedAtItsLine() {
        // lines that end in an operator continue: 4 lines of 8,000 terms nest 32,000 deep
        String line = String.join("+", Collections.nCopies(8_000, "a"));
        String expr = String.join("+\n    ", Collections.nCopies(4, line));
        Note note = PARSER.parse("e.md", "```\nf()\n=> g()\n=> x = " + expr + "\n=> h()\n```\n");
        List<Diagnostic> errors = limitErrors(note);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(4, errors.get(0).range().line());
        assertTrue(errors.get(0).message().contains("expression"), errors.get(0).message());
        assertTrue(note.sections().isEmpty());
    }

    @Test
    void aNoteWithinTheLimitsIsReturnedAsParsed() {
        Note note = PARSER.parse("s.md", "```\nf()\n=> if (a && b)\n    => g(c ? d : e)\n```\n");
        assertNull(DepthLimits.check(note));
        assertEquals(note, DepthLimits.bound(note));
    }
}
