package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.BoxDrawnTree;
import org.tracenotes.grammar.FlatChainRuns;

/**
 * A column of last-child edges at one column: {@code └─} marks a last child, so a {@code └─} right
 * below another at the same column cannot be its sibling (the first was the last); each is the only
 * child of the line above, a chain.
 * <pre>
 * write()
 * └─ vfs_write()
 * └─ file-&gt;f_op-&gt;write()     # vfs_write's callee
 * └─ my_write()               # file-&gt;f_op-&gt;write's callee
 * </pre>
 * A {@code └─} line whose step line above (blank and comment lines between) has its {@code └─} at the
 * same column is a link of the chain ({@link ChainLinks}).
 * <p>An author who draws no {@code ├} at all and sets a {@code └} deeper right under another {@code └}
 * uses {@code └} as the only edge there is: its column gives the depth, and {@code └} lines at one column
 * are siblings, not a chain.
 * <pre>
 * read()
 *   └ vfs_read()
 *      └ rw_verify_area()
 *      └ new_sync_read()       # rw_verify_area's sibling
 * </pre>
 */
final class LastChildChains {

    private LastChildChains() {
    }

    /** The block's lines with each chained {@code └─} line moved under the one above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth) {
        if (lines.isEmpty() || !drawsCorners(lines, source) || cornersNestByColumn(lines, source, tabWidth)) {
            return lines;   // the usual case: no └ in the block at all
        }
        boolean[] links = null;
        int previousEdge = -1;   // the edge column of the last step line, -1 when it had no └─
        int run = 0;             // links in a row so far
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            int edge = -1;
            if (l.arrow() == Arrow.NONE) {
                edge = lastChildColumn(source.line(l.line()), tabWidth);
            }
            if (edge >= 0 && edge == previousEdge) {
                if (links == null) {
                    links = new boolean[lines.size()];
                }
                links[i] = true;
                run++;
            } else {
                unlinkLongRun(links, i, run);
                run = 0;
            }
            previousEdge = edge;
        }
        unlinkLongRun(links, lines.size(), run);
        return links == null ? lines : ChainLinks.apply(lines, links);
    }

    /** Takes back the links of a run of more than {@link FlatChainRuns#MAX_LINKS} ending before {@code end}: a list. */
    private static void unlinkLongRun(boolean[] links, int end, int run) {
        if (links == null || run <= FlatChainRuns.MAX_LINKS) {
            return;
        }
        for (int k = end - 1, left = run; k >= 0 && left > 0; k--) {
            if (links[k]) {
                links[k] = false;
                left--;
            }
        }
    }

    /**
     * Whether the block draws no {@code ├} and some {@code └} line stands deeper than the {@code └} step line
     * right above it: the author's {@code └} is a plain edge whose column is the depth.
     */
    private static boolean cornersNestByColumn(List<TraceLine> lines, SourceText source, int tabWidth) {
        boolean nested = false;
        int previousEdge = -1;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            String text = source.line(l.line());
            if (text.indexOf('\u251C') >= 0) {
                return false;   // a tee: the author tells last children from the others
            }
            int edge = l.arrow() == Arrow.NONE ? lastChildColumn(text, tabWidth) : -1;
            nested |= edge >= 0 && previousEdge >= 0 && edge > previousEdge;
            previousEdge = edge;
        }
        return nested;
    }

    /** Whether the block's text holds a {@code └} or {@code ╰}: one pass over its chars, no further. */
    private static boolean drawsCorners(List<TraceLine> lines, SourceText source) {
        String text = source.text();
        int from = source.lineStart(lines.get(0).line());
        int last = lines.get(lines.size() - 1).line();
        int to = last < source.lineCount() ? source.lineStart(last + 1) : text.length();
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '\u2514' || c == '\u2570') {
                return true;
            }
        }
        return false;
    }

    /** The column of a line's leading {@code └─}, tabs expanded; -1 when it leads with none. */
    private static int lastChildColumn(String text, int tabWidth) {
        if (!BoxDrawnTree.lastChildEdge(text)) {
            return -1;
        }
        return SourceText.columnOf(text, BoxDrawnTree.edgeColumnIndex(text), tabWidth);
    }
}
