package org.tracenotes.grammar;

/**
 * The lines an author draws between two steps, one under the other, to say "and below it": one list of
 * their shapes, read at the strength each notation needs.
 * <ul>
 *   <li>a <em>strict</em> down arrow, {@code ||}, {@code \/}, {@code ↓}, {@code ⬇} or {@code ⇓}: it says
 *       "calls" alone, bare or in a comment ({@link DownArrowRuns}); a lone {@code |} or {@code v} is too
 *       common a mark (a stem, a bracket's close) to say it there;</li>
 *   <li>an <em>arrow head</em>, {@code v}, {@code V}, {@code ↓}, {@code ⬇} or {@code ⇓}: the end of a
 *       flowchart's connector ({@link FlowchartRuns}, {@link BulletedTrees});</li>
 *   <li>a <em>column connector</em>: between two names of a column every line is a connector
 *       ({@link VerticalChains}), so a strict arrow, an arrow head, a stem ({@code |}, {@code │}),
 *       {@code ▼}, {@code \|/}, {@code |v} or an arrow alone ({@code ->}, {@code -->}, {@code =>}) count;</li>
 *   <li>a <em>box tree's arrow head</em>, {@code ▼} or {@code ↓} alone: under a step of a tree drawn with
 *       box edges it only draws (core's {@code BoxTreeBodies}).</li>
 * </ul>
 */
public final class DownConnectors {

    private DownConnectors() {
    }

    /** Whether {@code c} is a down arrow of one character: {@code ↓}, {@code ⬇}, {@code ⇓}. */
    public static boolean isDownArrowChar(int c) {
        return c == 0x2193 || c == 0x2B07 || c == 0x21D3;
    }

    /** Whether {@code c} is a flowchart's arrow head: {@code v}, {@code V}, {@code ↓}, {@code ⬇}, {@code ⇓}. */
    public static boolean isArrowHead(int c) {
        return c == 'v' || c == 'V' || isDownArrowChar(c);
    }

    /** Whether a strict down arrow ({@link #isStrict}) may start with {@code c}: the cheap first test. */
    public static boolean mayStartStrict(int c) {
        return c == '|' || c == '\\' || isDownArrowChar(c);
    }

    /** Whether {@code stripped} (a line's text without its blanks around) is a strict down arrow: {@code ||}, {@code \/}, {@code ↓}, {@code ⬇}, {@code ⇓}. */
    public static boolean isStrict(String stripped) {
        return switch (stripped) {
            case "||", "\\/", "\u2193", "\u2B07", "\u21D3" -> true;
            default -> false;
        };
    }

    /** Whether code points [p, q) are a strict down arrow ({@link #isStrict(String)}), read without making their text. */
    static boolean isStrict(int[] t, int p, int q) {
        if (q - p == 1) {
            return isDownArrowChar(t[p]);
        }
        return q - p == 2 && twoCharArrow(t, p, q);
    }

    /** Whether code points from {@code k} (before {@code to}) start a strict down arrow: {@code ↓ ⬇ ⇓}, {@code ||} or {@code \/}. */
    static boolean startsStrict(int[] t, int k, int to) {
        return isDownArrowChar(t[k]) || twoCharArrow(t, k, to);
    }

    /** Whether code points from {@code k} (before {@code to}) start {@code ||} or {@code \/}. */
    private static boolean twoCharArrow(int[] t, int k, int to) {
        int c = t[k];
        return (c == '|' || c == '\\') && k + 1 < to && t[k + 1] == (c == '|' ? '|' : '/');
    }

    /** Whether a column connector ({@link #isColumnConnector}) may start with {@code c}: the cheap first test. */
    static boolean mayStartColumnConnector(int c) {
        return c == '|' || c == '\u2502' || c == '\u25BC' || c == '\\' || c == '-' || c == '=' || isArrowHead(c);
    }

    /** Whether {@code text} (a whole line) holds only a column connector: see the class comment. */
    public static boolean isColumnConnector(CharSequence text) {
        int p = 0;
        int n = text.length();
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        int q = n;
        while (q > p && (text.charAt(q - 1) == ' ' || text.charAt(q - 1) == '\t')) {
            q--;
        }
        if (q - p == 1) {
            char c = text.charAt(p);
            return c == '|' || c == '\u2502' || c == '\u25BC' || isArrowHead(c);
        }
        String s = text.subSequence(p, q).toString();
        return switch (s) {
            case "||", "\\/", "\\|/", "->", "-->", "--->", "=>", "==>", "|v", "| v" -> true;
            default -> false;
        };
    }

    /** Whether {@code words} (a step's text) are only a box tree's arrow head: {@code ▼} or {@code ↓}. */
    public static boolean isBoxTreeArrowHead(String words) {
        return words.length() == 1 && (words.charAt(0) == '\u25BC' || words.charAt(0) == '\u2193');
    }
}
