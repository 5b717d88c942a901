package org.tracenotes.core.parse;

import org.tracenotes.grammar.NameShapes;

/**
 * A call tree's arms drawn with typographic dashes: an editor or an input method turns {@code --} into an
 * em dash or an en dash, and authors type them on purpose too, so the arms come out {@code |—— f()},
 * {@code |— f()}, {@code +–– f()}, {@code ├—— f()}, {@code └— f()}. They are the arms the tree's readers know
 * ({@code |--}, {@code ├──}) drawn with other characters: each dash of an arm becomes the arm's own
 * character, {@code -} after an ASCII stem, {@code ─} after a box-drawing one, so that every offset,
 * line and column of the note stays where it was (as {@link QuotedBlocks} keeps them).
 * <p>Only a run of dashes right after a line's stems ({@code |}, {@code +}, {@code `}, {@code │},
 * {@code ├}, {@code └} …, blanks between) is an arm, and only when text follows it and the line does not
 * end with a {@code |} (a table's row). So is one dash that leads its line and ends in {@code >} with a name of
 * code after it, {@code —> tcp_fast_path_check}: an arrow, read as {@code ->} even where no other line repeats
 * it; before words ({@code —> it is faster}) it stays prose. A dash in prose,
 * after a word or at a line's start without an arrowhead, stays.
 * The cheap test first: a note without an em or en dash is returned as it is, nothing is allocated.
 */
final class DashedArms {

    private static final char EM_DASH = '\u2014';
    private static final char EN_DASH = '\u2013';

    private DashedArms() {
    }

    /** {@code text} with its dashed arms drawn as plain arms, or {@code text} itself when it has none. */
    static String plain(String text) {
        if (text.indexOf(EM_DASH) < 0 && text.indexOf(EN_DASH) < 0) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        int p = 0;
        while (p < n) {
            int e = text.indexOf('\n', p);
            e = e < 0 ? n : e;
            int q = p;
            while (q < e && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || stem(text.charAt(q)))) {
                q++;
            }
            int r = q;
            while (r < e && dash(text.charAt(r))) {
                r++;
            }
            boolean armed = r > q && q > p && stem(text.charAt(q - 1)) && r < e && !blankToEnd(text, r, e) && !endsWithBar(text, r, e);
            boolean arrow = !armed && r == q + 1 && r < e && text.charAt(r) == '>' && namesCode(text, r + 1, e);   // one dash: `—> f` leading its line (a run, `——> f`, is a marker RepeatedMarkers learns)
            if (armed || arrow) {
                if (out == null) {
                    out = text.toCharArray();
                }
                char arm = armed && text.charAt(q - 1) >= '\u2500' ? '\u2500' : '-';
                for (int k = q; k < r; k++) {
                    out[k] = arm;
                }
            }
            p = e + 1;
        }
        return out == null ? text : new String(out);
    }

    /** Whether {@code c} draws a tree's stem or the corner an arm leaves from. */
    private static boolean stem(char c) {
        return c == '|' || c == '+' || c == '`' || c == '\\' || c == '│' || c == '├' || c == '└' || c == '┃'
                || c == '┣' || c == '┗' || c == '╠' || c == '╚';
    }

    /**
     * Whether the text after an arrow's head, blanks skipped, starts with a name of code
     * ({@link NameShapes#codeOrMember}: {@code tcp_fast_path_check}, {@code init()}, {@code ops.open},
     * {@code Pump::park}). Words ({@code —> it is faster}) are prose.
     */
    private static boolean namesCode(String text, int from, int e) {
        int p = from;
        while (p < e && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p < e && NameShapes.codeOrMember(text.subSequence(p, e));
    }

    private static boolean dash(char c) {
        return c == EM_DASH || c == EN_DASH;
    }

    private static boolean blankToEnd(String text, int r, int e) {
        while (r < e && Character.isWhitespace(text.charAt(r))) {
            r++;
        }
        return r == e;
    }

    /** Whether the line [.., e) ends with a {@code |}, blanks after it skipped: a table's row. */
    private static boolean endsWithBar(String text, int r, int e) {
        int k = e;
        while (k > r && Character.isWhitespace(text.charAt(k - 1))) {
            k--;
        }
        return k > r && text.charAt(k - 1) == '|';
    }
}
