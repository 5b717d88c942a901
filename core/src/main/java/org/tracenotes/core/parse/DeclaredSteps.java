package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * A step written as a declaration that the expression reader takes for a call or words (in code-shaped traces,
 * {@code CodeShapedTraces}): a variable with a braced initialiser, {@code gadget_args args{ .flags = 1 }}
 * or {@code part *p{ a, b }}, is a declaration with an initialiser, an assignment. (A prototype written
 * as a step, {@code f(int a, long b)}, stays a call: readers of one outside set read it as the call it
 * names, readers of another as a declaration.) The cheap test comes first: the text's last character.
 */
final class DeclaredSteps {

    private DeclaredSteps() {
    }

    /** The kind of {@code line}'s step, {@code kind} as read, corrected when it is a declaration read as a call. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.CALL && kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String s = r.text().strip();
        return s.endsWith("}") && bracedInitialiser(s) ? StepKind.ASSIGN : kind;
    }

    /** {@code type name{ … }} or {@code type *name{ … }}: a type word, a name, a brace that closes the line. */
    static boolean bracedInitialiser(String s) {
        int q = word(s, 0);
        if (q == 0 || q >= s.length() || s.charAt(q) != ' ' && s.charAt(q) != '*') {
            return false;
        }
        int p = q;
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '*')) {
            p++;
        }
        int n = word(s, p);
        return n > p && n < s.length() && s.charAt(n) == '{' && s.indexOf('{', n + 1) < 0;
    }

    /** The end of the C identifier at {@code p}, or {@code p} when none starts there. */
    private static int word(String s, int p) {
        if (p >= s.length() || !Character.isLetter(s.charAt(p)) && s.charAt(p) != '_') {
            return p;
        }
        int q = p + 1;
        while (q < s.length() && (Character.isLetterOrDigit(s.charAt(q)) || s.charAt(q) == '_')) {
            q++;
        }
        return q;
    }
}
