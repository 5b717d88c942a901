package org.tracenotes.grammar;

/**
 * A rule drawn alone across a line: at least so many of one character, nothing else but blanks
 * ({@code -----}, {@code =====}, {@code +++++}, {@code ━━━━━━}). The one reader of such lines for the grammar
 * and core; which characters draw a rule depends on what the rule means, so each meaning has its set here:
 * <ul>
 *   <li>{@link #DIVIDER}: {@code + - = * _}, the ASCII rules an author draws between the parts of a fence
 *       (a tree, then the functions copied under it) or between the stages of a flow
 *       ({@link RuledSegments}, core's separator lines).</li>
 *   <li>{@link #LABEL_RULE}: {@code - = _} and the box rules {@code ─ ━}, the rules that set a label off
 *       inside a stem-arm tree ({@link RuleLabels}); not {@code +} or {@code *}, which lead that tree's arms
 *       ({@code +-- f()}) and bullets.</li>
 *   <li>{@link #UNDERLINE}: {@code = -}, Markdown's two underlines of the caption above ({@link FlowchartRuns}).</li>
 * </ul>
 * No allocation: the first character is tested before any scan.
 */
public final class RuleLines {

    /** The ASCII rules that divide a fence's parts or a flow's stages. */
    public static final String DIVIDER = "+-=*_";
    /** The rules that set a label off in a stem-arm tree. */
    static final String LABEL_RULE = "-=\u2500\u2501_";
    /** The characters that underline a caption. */
    static final String UNDERLINE = "=-";

    private RuleLines() {
    }

    /**
     * Whether code points {@code from}..{@code to} (a line's content) are a rule drawn alone: at least {@code min}
     * of one character of {@code chars}, nothing else but blanks.
     */
    static boolean isRuleLine(int[] t, int from, int to, String chars, int min) {
        int p = LineScan.stripStart(t, from, to);
        if (p == to || chars.indexOf(t[p]) < 0) {
            return false;
        }
        int e = LineScan.stripEnd(t, p, to);
        return e - p >= min && LineScan.allAre(t, p, e, t[p]);
    }

    /** As {@link #isRuleLine(int[], int, int, String, int)}, for the whole of {@code line}. */
    public static boolean isRuleLine(CharSequence line, String chars, int min) {
        int p = 0;
        int e = line.length();
        while (p < e && Character.isWhitespace(line.charAt(p))) {
            p++;
        }
        if (p == e || chars.indexOf(line.charAt(p)) < 0) {
            return false;
        }
        while (e > p && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e - p < min) {
            return false;
        }
        for (int k = p + 1; k < e; k++) {
            if (line.charAt(k) != line.charAt(p)) {
                return false;
            }
        }
        return true;
    }
}
