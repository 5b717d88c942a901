package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * Go's short variable declaration, {@code name := value} ({@code gp := getg()}, {@code a, b := f()}), copied
 * into a note among C-like steps: an assignment, whatever the value is (a call, words, an elision {@code ...}).
 * The grammar reads C, where {@code :=} is no operator, so such a line reads as a call or as words without this.
 */
final class ShortAssignments {

    private ShortAssignments() {
    }

    /** {@code ASSIGN} for a line whose text opens with names and {@code :=}; {@code kind} otherwise. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (r == null || kind != StepKind.CALL && kind != StepKind.PROSE && kind != StepKind.EXPRESSION) {
            return kind;
        }
        String s = r.text();
        int i = 0;
        while (true) {
            int start = i;
            while (i < s.length() && PlainTextCalls.isNamePart(s.charAt(i))) {
                i++;
            }
            if (i == start || !PlainTextCalls.isNameStart(s.charAt(start))) {
                return kind;   // no name first: `:= x`, `1 := …`
            }
            while (i < s.length() && s.charAt(i) == ' ') {
                i++;
            }
            if (i < s.length() && s.charAt(i) == ',') {
                i++;
                while (i < s.length() && s.charAt(i) == ' ') {
                    i++;
                }
                continue;   // `a, b := f()`
            }
            break;
        }
        return i + 2 < s.length() && s.charAt(i) == ':' && s.charAt(i + 1) == '=' ? StepKind.ASSIGN : kind;
    }
}
