package org.tracenotes.grammar;

/**
 * Call trees in a plain fence whose every step is led by two dashes, {@code -- name} or {@code --name},
 * the blanks before the dashes drawing the depth (two columns a level, sometimes four):
 * <pre>
 * -- foo_ssl_handshake
 *   -- h2 on &amp; foo_alpn() == h2 (协商成功)
 *   -- foo_v2_init
 *     -- rev-&gt;handler = foo_v2_read_handler 直到header处理完
 *         --foo_v2_state_done // 回到开头
 * </pre>
 * A bare root ({@code Main::run()}, no dashes) may stand at column 0 over the first tree, and a
 * dashed line in words at the root column may head a later tree. The dashes become a margin the lexer
 * skips; core puts each line at its dashes' column ({@code DashedNameTreeDepths}), so {@code -- f} and
 * {@code --f} at one column are siblings.
 *
 * <p>What tells it from other {@code --} lines (SQL's, Lua's or Haskell's comments, a list of options,
 * a changelog): every non-blank line but a bare first root is led by exactly two dashes and a name, a
 * call or words; the lines nest (one at least deeper than the line above it) and never go left of the
 * first dashed line; most of them are code (a name with {@code _}, {@code ::} or {@code ->}, or a call),
 * and one at least is a name with an {@code _} or a call; no line is an option ({@code --name=value}).
 * Only fences whose content decides ({@link FenceLanguages#infoAllows}) are read.
 */
final class DashedNameTrees {

    private static final int MIN_LINES = 3;

    private DashedNameTrees() {
    }

    /**
     * Whether the lines after fence line {@code open} up to {@code last} are such trees; when they are,
     * their dashes become margins and the block, trace block {@code blockId}, is marked
     * {@link BlockShape#DASHED_NAME_TREE}.
     */
    static boolean markTree(NoteLayout layout, int open, int last, int blockId) {
        int[] t = layout.codePoints();
        int lines = 0;
        int code = 0;
        int rootColumn = -1;
        int previous = -1;
        boolean nested = false;
        boolean named = false;
        boolean first = true;
        for (int j = open + 1; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            int text = textStart(t, p, e);
            if (text < 0) {
                if (!first || p != s || !LineScan.isIdentStart(t[p]) || !codeLine(t, p, e)) {
                    return false;   // a line with no dashes: SQL, a listing, words
                }
                first = false;
                continue;   // `Main::run()`: a bare root over the dashed steps
            }
            first = false;
            int column = p - s;
            if (rootColumn < 0) {
                rootColumn = column;
            } else if (column < rootColumn) {
                return false;
            }
            int n = LineScan.skipIdent(t, text, e);
            if (n < e && t[n] == '=' && n > text) {
                return false;   // `--name=value`: a command's option
            }
            nested |= previous >= 0 && column > previous;
            previous = column;
            lines++;
            boolean isCode = codeLine(t, text, e);
            code += isCode ? 1 : 0;
            named |= LineScan.isIdentStart(t[text]) && NameShapes.codeName(t, text, e);
        }
        if (lines < MIN_LINES || !nested || !named || 2 * code <= lines) {
            return false;
        }
        for (int j = open + 1; j <= last; j++) {
            if (!layout.blank(j)) {
                int s = layout.start(j);
                int e = layout.contentEnd(j);
                int text = textStart(t, LineScan.stripStart(t, s, e), e);
                if (text >= 0) {
                    layout.margins().setEnd(j, text - s);
                }
            }
        }
        layout.mark(BlockShape.DASHED_NAME_TREE, blockId);
        return true;
    }

    /**
     * Where the text after a line's two leading dashes at {@code p} starts: right after them
     * ({@code --f}) or after one blank ({@code -- f}); -1 when the line is not led by exactly two
     * dashes and a name, a call or words (a rule {@code ---}, an arrow {@code -->}, a bullet {@code - f}).
     */
    static int textStart(int[] t, int p, int e) {
        if (p + 2 >= e || t[p] != '-' || t[p + 1] != '-') {
            return -1;
        }
        int q = p + 2;
        if (t[q] == ' ' && q + 1 < e) {
            int c = t[q + 1];
            return c != ' ' && c != '\t' && c != '-' && c != '>' && c != '<' ? q + 1 : -1;   // `-- 11 个阶段`: words too
        }
        return LineScan.isIdentStart(t[q]) || LineScan.isCjk(t[q]) ? q : -1;
    }

    /** Whether the text at {@code p} is code: it opens with a name holding {@code _}, {@code ::} or {@code ->}, or a call. */
    private static boolean codeLine(int[] t, int p, int e) {
        if (!LineScan.isIdentStart(t[p])) {
            return false;
        }
        if (NameShapes.codeName(t, p, e)) {
            return true;
        }
        int q = LineScan.skipIdent(t, p, e);
        return q + 2 < e && (t[q] == ':' && t[q + 1] == ':' || t[q] == '-' && t[q + 1] == '>') && LineScan.isIdentStart(t[q + 2]);
    }
}
