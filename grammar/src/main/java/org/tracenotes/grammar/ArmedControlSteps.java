package org.tracenotes.grammar;

/**
 * C's control flow written as the steps of a drawn call tree: a tree's arm ({@code |-}, {@code |--},
 * {@code +--}, {@code `--}) leading a branch, a case, a loop or a label ({@code |-switch (x)},
 * {@code |-case A:}, {@code |-else}, {@code +-- for (i = 0; i < n; i++)}, {@code |-out:}), its body drawn
 * one level deeper below it. C never writes an arm before its statements, so a header an arm leads is a
 * step of the tree, and a deeper line under it is a descent of the tree as a callee under its call is
 * ({@link IndentedCallTree}). A header without an arm ({@code if (x)} over its body) stays C's.
 *
 * <p>Cost: one comparison of two positions the caller found already; the header was read by
 * {@link CallTreeLine#classify}.
 */
final class ArmedControlSteps {

    private ArmedControlSteps() {
    }

    /**
     * Whether the line whose text after its stems starts at {@code stemmed}, and after its arm at
     * {@code text}, read as {@code kind}, is a control step an arm leads: the arm is there (the text starts
     * past it) and the line opens a body ({@link CallTreeLine.Kind#OPEN}: a header or a wrapped condition).
     */
    static boolean opensArmedBody(int[] t, int stemmed, int text, int e, CallTreeLine.Kind kind) {
        return text > stemmed && kind == CallTreeLine.Kind.OPEN && cHeader(t, text, LineScan.stripEnd(t, text, e));
    }

    /**
     * Whether the stripped text [p, e) is a header of C as C writes it: {@code if}, {@code while},
     * {@code for} or {@code switch} before a {@code (}; {@code case …:}, {@code default:}, a label
     * {@code name:}; {@code else} alone or before {@code if (} or a {@code {}; {@code do} alone. A header word
     * before words ({@code if you want}, {@code else we stop}) is prose.
     */
    static boolean cHeader(int[] t, int p, int e) {
        int q = LineScan.skipIdent(t, p, e);
        int r = LineScan.skipBlanks(t, q, e);
        int n = q - p;
        if (n == 2 && LineScan.startsWith(t, p, q, "if") || n == 3 && LineScan.startsWith(t, p, q, "for")
                || n == 5 && LineScan.startsWith(t, p, q, "while") || n == 6 && LineScan.startsWith(t, p, q, "switch")) {
            return r < e && t[r] == '(';
        }
        if (n == 4 && LineScan.startsWith(t, p, q, "else")) {
            return r == e || t[r] == '{' || LineScan.startsWith(t, r, e, "if") && cHeader(t, r, e);
        }
        if (n == 2 && LineScan.startsWith(t, p, q, "do")) {
            return r == e || t[r] == '{';
        }
        if (n == 4 && LineScan.startsWith(t, p, q, "case")) {
            return t[e - 1] == ':' && r < e;
        }
        return t[e - 1] == ':' && (r == e - 1 || r == e) && n > 0;   // `default:`, `out:`
    }

    /**
     * Whether an arm leads the line ({@code text > stemmed}) and leaves a parenthesis open in [p, e):
     * a condition or a call wrapped onto the lines below ({@code |-if (a &&} over {@code     b)}), whose
     * deeper lines continue it.
     */
    static boolean wrapsArmed(int stemmed, int text, int openParens) {
        return text > stemmed && openParens > 0;
    }

    /**
     * What a line an arm leads is, given {@code kind}, what {@link CallTreeLine#classify} read: a statement of
     * C that it reads as neither call nor prose ({@code |-int n = f(x);}, {@code |-return (err);},
     * {@code |-std::vector<T*> v;}) is a complete step of the tree, one whose parenthesis stays open
     * ({@code |-return (f(a,}) opens its wrapped rest, and an elision ({@code |-...}) stands among the steps
     * as no evidence. A line no arm leads keeps {@code kind}.
     */
    static CallTreeLine.Kind kind(int[] t, int stemmed, int text, int e, CallTreeLine.Kind kind) {
        if (kind != CallTreeLine.Kind.OTHER) {
            return kind;
        }
        if (text <= stemmed) {
            int arm = armEnd(t, stemmed, e);
            return arm > stemmed && LineScan.isElision(t, arm, e) ? CallTreeLine.Kind.NEUTRAL : kind;   // `|-...`, `+-- …`
        }
        int end = LineScan.stripEnd(t, text, e);
        if (!LineScan.isIdentStart(t[text])) {
            return kind;
        }
        int last = t[end - 1];
        if (last == ',' || last == '(' || last == '&' || last == '|') {
            return CallTreeLine.Kind.OPEN;   // wrapped onto the lines below
        }
        return last == ';' ? CallTreeLine.Kind.COMPLETE_SEMI : kind;
    }

    /** Past an arm at {@code p} ({@code |-}, {@code +--}, {@code `-}, {@code \-}: a lead, then dashes), else {@code p}. */
    private static int armEnd(int[] t, int p, int e) {
        int c = t[p];
        if (c != '|' && c != '+' && c != '`' && c != '\\') {
            return p;
        }
        int q = p + 1;
        while (q < e && t[q] == '-') {
            q++;
        }
        return q > p + 1 ? q : p;
    }
}
