package org.tracenotes.grammar;

/**
 * The arms of a call tree drawn with arms hung from stems ({@link StemArmTrees}), read off one line: the
 * {@code |} stems before an arm, the arm itself ({@code +--}, {@code |--}, {@code `--}, {@code \--}, an outcome's
 * {@code Y--}, {@code N--+--}, a {@code [?]}), where the node's text starts past it, and whether that node is a
 * condition. The tree's test and marks ({@link StemArmTrees}) and core's layout of its nodes read lines through it.
 */
public final class ArmLexer {

    /** No arm before the text: a root, a remark or a condition's step. */
    static final int NONE = -1;
    /** The line draws a box or an arrow: no such tree. */
    static final int FOREIGN = -2;

    private ArmLexer() {
    }

    /**
     * Where the arm that leads a line of such a tree starts ({@code arm}) and where the node's text starts
     * ({@code text}), in chars; whether it is a condition ({@code [?]}, a comparison, a condition's word) and a
     * bare {@code [?]} that goes on a chain: for core, which stands each node at its arm.
     */
    public record ArmLead(int arm, int text, boolean condition, boolean bare) { }

    /** The arm that leads {@code line} of such a tree, or null when none does (a root, a remark, a step under a condition). */
    public static ArmLead lead(String line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        int q = p == e ? e : pastStems(t, p, e);
        int text = q == e ? NONE : armEnd(t, q, e);
        if (text < 0) {
            return null;
        }
        boolean marked = false;   // a `[?]` between the arm and the text
        for (int k = q; k + 2 < text && !marked; k++) {
            marked = condition(t, k, e);
        }
        int arm = q;
        if (t[q] != '+' && t[q] != '|' && t[q] != '`' && t[q] != '\\' && t[q] != '[') {
            int r = q;
            while (r < text && t[r] != '-') {
                r++;
            }
            while (r < text && t[r] == '-') {
                r++;
            }
            arm = r < text && (t[r] == '+' || t[r] == '`') ? r : q;   // `Y--+--x`: the node stands in the list its outcome opens
        }
        return new ArmLead(line.offsetByCodePoints(0, arm), line.offsetByCodePoints(0, text),
                marked || conditional(t, text, e), condition(t, q, e));
    }

    /** Whether {@code c} is an outcome's letter: Y, N, T, F, y, n, 是, 否. */
    static boolean outcomeLetter(int c) {
        return c == 'Y' || c == 'N' || c == 'T' || c == 'F' || c == 'y' || c == 'n' || c == '是' || c == '否';
    }

    /** Past the {@code |} stems (each followed by a blank or the line's end) and blanks at {@code p}. */
    static int pastStems(int[] t, int p, int e) {
        int q = p;
        while (q < e && (t[q] == '|' || t[q] == '\u2502') && (q + 1 == e || t[q + 1] == ' ' || t[q + 1] == '\t')) {
            q = LineScan.skipBlanks(t, q + 1, e);
        }
        return q;
    }

    /**
     * Where the text after the arm at {@code q} starts: past {@code +--}, {@code |--}, {@code `--},
     * {@code \--} (one dash or more), a {@code [?]} after it or alone, an outcome led arm ({@code Y--},
     * {@code N--+--}); {@link #NONE} when no arm leads, {@link #FOREIGN} for an arrow or a box's edge.
     */
    static int armEnd(int[] t, int q, int e) {
        if (condition(t, q, e)) {
            return LineScan.skipBlanks(t, q + 3, e);
        }
        int c = t[q];
        int r = q;
        if (c == '+' || c == '|' || c == '`' || c == '\\') {
            r = q + 1;
        } else {
            while (r < e && r - q < 5 && (Character.isLetter(t[r]))) {
                r++;
            }
            if (r == q || r == e || t[r] != '-' || !outcome(t, q, r)) {
                return NONE;
            }
        }
        int dashes = r;
        while (dashes < e && t[dashes] == '-') {
            dashes++;
        }
        if (dashes == r || c != '+' && c != '|' && c != '`' && c != '\\' && dashes - r < 2) {
            return NONE;   // `Y-x`, `N-1`: no outcome's arm
        }
        if (dashes == e || t[dashes] == '>' || t[dashes] == '|' || t[dashes] == '<') {
            return FOREIGN;   // `+-->`, `+----`, `---|`: an arrow or a box's edge
        }
        if (t[dashes] == '+' || t[dashes] == '`') {
            boolean outcomeLed = c != '+' && c != '|' && c != '`' && c != '\\';
            return outcomeLed ? armEnd(t, dashes, e) : FOREIGN;   // `Y--+--x`: the outcome opens a list; `+--+` is a box
        }
        if (condition(t, dashes, e)) {
            return LineScan.skipBlanks(t, dashes + 3, e);
        }
        int text = LineScan.skipBlanks(t, dashes, e);
        return text == e ? FOREIGN : text;
    }

    /** Whether the letters [q, r) are an outcome a branch is labelled with: Y, N, T, F, yes, no, true, false, 是, 否. */
    private static boolean outcome(int[] t, int q, int r) {
        int n = r - q;
        if (n == 1) {
            return outcomeLetter(t[q]);
        }
        return wordIs(t, q, r, "yes") || wordIs(t, q, r, "no") || wordIs(t, q, r, "true") || wordIs(t, q, r, "false");
    }

    /** Whether the letters [q, r) are the lower-case ASCII {@code word} in any case, compared in place. */
    private static boolean wordIs(int[] t, int q, int r, String word) {
        if (r - q != word.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            int c = t[q + k];
            if ((c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a {@code [?]} and a blank (or the line's end) stand at {@code q}: a condition's mark. */
    static boolean condition(int[] t, int q, int e) {
        return q + 2 < e && t[q] == '[' && t[q + 1] == '?' && t[q + 2] == ']' && (q + 3 == e || t[q + 3] == ' ' || t[q + 3] == '\t');
    }

    /**
     * Whether the node text at [p, e) is a condition, whose line below at its text column is what it does: a
     * {@code [?]}, a comparison ({@code x!=NULL}, {@code size > max}), or a condition's word first
     * ({@code if …}, {@code when …}, {@code 如果…}, {@code 若…}).
     */
    static boolean conditional(int[] t, int p, int e) {
        if (p >= e) {
            return false;   // an arm with no text (`+-[?]` at the line's end)
        }
        if (condition(t, p, e) || LineScan.startsWith(t, p, e, "if ") || LineScan.startsWith(t, p, e, "If ")
                || LineScan.startsWith(t, p, e, "when ") || LineScan.startsWith(t, p, e, "When ")
                || LineScan.startsWith(t, p, e, "如果") || LineScan.startsWith(t, p, e, "假如") || t[p] == '若') {
            return true;
        }
        for (int k = p + 1; k + 1 < e; k++) {
            int c = t[k];
            if ((c == '=' || c == '!' || c == '<' || c == '>') && t[k + 1] == '=' && t[k - 1] != '='
                    || (c == '<' || c == '>') && t[k - 1] == ' ' && t[k + 1] == ' ') {
                return true;
            }
        }
        return false;
    }
}
