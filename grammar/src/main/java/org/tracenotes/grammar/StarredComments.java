package org.tracenotes.grammar;

/**
 * A trace kept in a C block comment whose inner lines are led by a {@code *}, as C's comments are written:
 * <pre>
 * /*
 *  * do_fault()
 *  *     check_vma()
 *  *     map_pages()
 *  *         map_page()
 *  *&#47;
 * </pre>
 * The {@code *} and the one blank after it are a margin, no part of a step: the lexer skips them, and a
 * line's depth is the column of its text after them. The comment is a trace when its lines past the
 * margins are one ({@link TraceLookAlikes#isTraceBlock}: arrows, or a call tree drawn by indentation); a
 * comment in words, a function's doc comment ({@code @arg: …}) or a list stays a comment. In a note's text
 * (a note kept as a {@code .c} file) the inner lines are the trace block; in a fence that holds the comment
 * alone the {@code /*} and closing lines are margins whole.
 */
final class StarredComments {

    private StarredComments() {
    }

    /** Marks the starred comments among the note's text lines that hold a trace; the blocks take ids from {@code blockId} on. */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !opens(t, layout, i)) {
                continue;   // the cheap test: the line starts with `/*`
            }
            int close = close(t, layout, i, n - 1, true);
            if (close < 0) {
                continue;
            }
            long tree = close > i + 2 ? tree(layout, i + 1, close - 1, true) : -1;
            if (tree >= 0) {
                layout.markTrace((int) (tree >> 32), (int) tree, blockId);
                layout.mark(BlockShape.STARRED_COMMENT, blockId++);
            }
            i = close;
        }
        return blockId;
    }

    /**
     * Whether fence lines {@code first}..{@code last} are one starred comment (blank lines around it) holding a
     * trace; when they are, its lines' margins are set, and its lines in words around the trace are remarks.
     * {@code byIndent}: the fence's info string lets its content decide, so a call tree drawn by indentation is
     * a trace too.
     */
    static boolean isFencedTrace(NoteLayout layout, int first, int last, boolean byIndent) {
        int[] t = layout.codePoints();
        while (first <= last && layout.blank(first)) {
            first++;
        }
        while (last >= first && layout.blank(last)) {
            last--;
        }
        if (last - first < 3 || !opens(t, layout, first) || close(t, layout, first, last, false) != last) {
            return false;
        }
        long tree = tree(layout, first + 1, last - 1, byIndent);
        if (tree < 0) {
            return false;
        }
        layout.margins().setEnd(first, layout.contentEnd(first) - layout.start(first));   // `/*`: no step
        layout.margins().setEnd(last, layout.contentEnd(last) - layout.start(last));      // `*/`: no step
        for (int j = first + 1; j < last; j++) {
            if (j < (int) (tree >> 32) || j > (int) tree) {
                layout.margins().setRemark(j);   // a title or a closing remark in words: no step
            }
        }
        return true;
    }

    /** Whether text line {@code i} opens a block comment ({@code /*}, {@code /**}, perhaps a title after it) that it does not close. */
    private static boolean opens(int[] t, NoteLayout layout, int i) {
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i), e);
        return p + 1 < e && t[p] == '/' && t[p + 1] == '*' && LineScan.indexOf(t, p + 2, e, "*/") < 0;
    }

    /**
     * The line that closes the comment opened on line {@code open} (its text starts with {@code *}{@code /}),
     * every line between led by a starred margin; -1 when a line between is no such line or none closes it
     * by {@code last}. {@code text}: the lines must be the note's text lines.
     */
    private static int close(int[] t, NoteLayout layout, int open, int last, boolean text) {
        for (int j = open + 1; j <= last; j++) {
            if (text && layout.role(j) != NoteLayout.Role.TEXT) {
                return -1;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p + 1 < e && t[p] == '*' && t[p + 1] == '/') {
                return j;
            }
            if (marginEnd(t, s, e) < 0 || LineScan.indexOf(t, p, e, "*/") >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the starred margin of the line [s, e) ends, in code points from {@code s}: past blanks, a {@code *} and one blank; -1 for none. */
    private static int marginEnd(int[] t, int s, int e) {
        int p = LineScan.stripStart(t, s, e);
        if (p == e || t[p] != '*') {
            return -1;
        }
        if (p + 1 == e) {
            return p + 1 - s;
        }
        return t[p + 1] == ' ' || t[p + 1] == '\t' ? p + 2 - s : -1;
    }

    /**
     * The trace among the starred lines {@code first}..{@code last}, read past their margins, as its first line
     * (high 32 bits) and last line (low 32 bits); -1 for none. The lines in words that open or close the comment
     * (a title, a closing remark) are no part of it. A doc comment, which documents a function's parameters
     * ({@code @mm: the address space}), holds none. The margins stay set only when a trace is found.
     */
    private static long tree(NoteLayout layout, int first, int last, boolean byIndent) {
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            if (docTag(t, layout.start(j) + marginEnd(t, layout.start(j), layout.contentEnd(j)), layout.contentEnd(j))) {
                return -1;
            }
        }
        for (int j = first; j <= last; j++) {
            layout.margins().setEnd(j, marginEnd(t, layout.start(j), layout.contentEnd(j)));
        }
        int from = first;
        while (from < last && words(t, layout, from)) {
            from++;
        }
        int to = last;
        while (to > from && words(t, layout, to)) {
            to--;
        }
        if (to - from >= 2 && drawnTree(t, layout, from, to) && (TraceLookAlikes.isTraceBlock(layout, from, to, byIndent)
                || byIndent && (CodeShapedTraces.nestsCallBodies(layout, from, to) || BraceExpandedCallees.expandsCallees(layout, from, to)))) {
            return (long) from << 32 | to;
        }
        for (int j = first; j <= last; j++) {
            layout.margins().setEnd(j, 0);
        }
        return -1;
    }

    /**
     * Whether lines {@code from}..{@code to} past their margins are drawn as a tree, not written as a comment's
     * text: no line among them is words (a sentence between the steps, an item of a list in words), and the
     * lines go deeper twice at least (one name over a list of names is a list of an object's members).
     */
    private static boolean drawnTree(int[] t, NoteLayout layout, int from, int to) {
        int deeper = 0;
        int previous = -1;
        for (int j = from; j <= to; j++) {
            int s = layout.start(j) + layout.marginEnd(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            if (words(t, layout, j)) {
                return false;
            }
            int width = p - s;   // the blanks past the margin, a tab as four
            for (int k = s; k < p; k++) {
                width += t[k] == '\t' ? 3 : 0;
            }
            deeper += previous >= 0 && width > previous ? 1 : 0;
            previous = width;
        }
        return deeper >= 2;
    }

    /** Whether line {@code j}, past its margin, is empty or words: no step a trace would open or close with. */
    private static boolean words(int[] t, NoteLayout layout, int j) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j) + layout.marginEnd(j), e);
        if (p == e) {
            return true;
        }
        if (layout.arrowEnd(j) >= 0) {
            return false;
        }
        CallTreeLine.Kind kind = CallTreeLine.classify(t, p, LineScan.stripEnd(t, p, e));
        return kind == CallTreeLine.Kind.OTHER
                || kind == CallTreeLine.Kind.OPEN && CaptionLines.isTitle(layout.lineText(j).substring(layout.marginEnd(j)));   // `Call flow:`
    }

    /** Whether the text at [s, e) (past a margin) starts with a doc comment's parameter tag: {@code @name:}. */
    private static boolean docTag(int[] t, int s, int e) {
        int p = LineScan.stripStart(t, s, e);
        if (p + 2 >= e || t[p] != '@' || !LineScan.isIdentStart(t[p + 1])) {
            return false;
        }
        int q = LineScan.skipIdent(t, p + 1, e);
        return q < e && t[q] == ':';
    }
}
