package org.tracenotes.grammar;

/**
 * Call chains written on one line as comments among a fence's code: the path by which the code below is
 * reached, told above it.
 * <pre>
 * // fs/widget.c
 * // open =&gt; __sys_open =&gt; do_widget_open =&gt; widget_lookup
 * int widget_lookup(struct widget *w)
 * {
 *     ...
 * }
 * </pre>
 * A comment line ({@code //}) whose whole text is a chain of names
 * ({@link OneLineChains#namedLinks}: each link a call or a name with an {@code _} or a member, the first
 * perhaps a plain word, joined by {@code =>}, {@code -->}, a spaced {@code ->}) of three links at least, or
 * of two when one of them is called ({@code f()}), is a trace of its own: a root whose links each call the
 * next ({@link OneLineChains}). The fence is then a trace block, and its other lines, the code and the other
 * comments, are remarks: the code stays code, no step. Names joined by arrows in words ({@code state: IDLE ->
 * BUSY}), a chain inside a longer comment, chains of capitals, the states of a state machine
 * ({@link StateSequences}) and the order locks nest in ({@link LockOrderLists}) stay comments. (A chain in a
 * {@code /* … *&#47;} on one line is left a comment: the lexer would read its closing marker as the last link's.)
 */
final class CommentChains {

    /** Links a chain of plain names has at least; a chain with a call needs {@link OneLineChains}'s two. */
    private static final int MIN_NAMED_LINKS = 3;

    private CommentChains() {
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} hold such a comment chain; when they do, each chain
     * line's comment marker becomes its margin and every other line with text a remark.
     */
    static boolean isFencedTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        boolean found = false;
        for (int j = first; j <= last && !found; j++) {
            found = chainStart(t, layout, j, first, last) >= 0;
        }
        if (!found) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int chain = chainStart(t, layout, j, first, last);
            if (chain >= 0) {
                layout.margins().setEnd(j, chain - layout.start(j));
            } else {
                layout.margins().setRemark(j);
            }
        }
        return true;
    }

    /** Where the chain of comment line {@code j} starts (a code point index), or -1 when the line is no comment chain. */
    private static int chainStart(int[] t, NoteLayout layout, int j, int first, int last) {
        int s = layout.start(j);
        int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
        int p = LineScan.stripStart(t, s, e);
        if (e - p < 8 || t[p] != '/' || t[p + 1] != '/' || LineScan.indexOf(t, p, e, ">") < 0) {
            return -1;   // the cheap test: a line comment with an arrow's head
        }
        int from = LineScan.skipBlanks(t, p + 2, e);
        int to = e;
        if (from >= to) {
            return -1;
        }
        String text = new String(t, from, to - from);
        int links = OneLineChains.namedLinks(text);
        boolean calls = links >= 2 && OneLineChains.links(text, false) >= 2;
        if (!calls && (links < MIN_NAMED_LINKS || StateSequences.isStateChain(text, layout, j, first, last))) {
            return -1;   // too short, or states a state machine goes through
        }
        return LockOrderLists.isLockChain(text) ? -1 : from;   // the order locks nest in: no calls
    }
}
