package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.ChainArrows;

/**
 * One call chain written across a line and wrapped onto the next lines, each continuation led by the
 * chain's arrow:
 * <pre>
 * widget_open() -&gt; widget_lookup()
 *  -&gt; widget_get() -&gt; widget_ref()
 *  -&gt; widget_hold()
 * </pre>
 * The author ran out of width, not out of chain: a continuation's first link is called by the last link
 * of the line above, so each continuation line is the callee of the line above it (the whole line a
 * step, read by its first call). What tells it from a tree whose arrows lead siblings: the block's first
 * line is itself a chain (an arrow between two links, not led by one), every line after it is led by an
 * arrow no more than two columns right of the first line's margin, and every line but the last
 * holds a chain arrow of its own: a tree's callee line rarely holds one, and never all of them.
 */
final class WrappedChainLines {

    /** Continuation lines, at least: one wrapped line is too little to tell a wrap from a callee. */
    private static final int MIN_CONTINUATIONS = 2;
    /** How far right of the first line a continuation's arrow may stand. */
    private static final int MAX_HANG = 2;

    private WrappedChainLines() {
    }

    /** The block's lines with each continuation of a wrapped chain moved under the line above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int first = -1;
        int continuations = 0;
        int lastStep = -1;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.reading() == null) {
                return lines;   // a comment or a bare arrow: no wrapped chain alone
            }
            if (first < 0) {
                if (l.arrow() != Arrow.NONE || !holdsChainArrow(source.line(l.line()), 0)) {
                    return lines;   // the usual case, decided at the first line
                }
                first = i;
                continue;
            }
            if (l.arrow() == Arrow.NONE || l.indent() > lines.get(first).indent() + MAX_HANG) {
                return lines;
            }
            if (lastStep > first && !holdsChainArrow(source.line(lines.get(lastStep).line()), 0)) {
                return lines;   // a line above without a chain of its own: a tree's callees
            }
            continuations++;
            lastStep = i;
        }
        if (continuations < MIN_CONTINUATIONS) {
            return lines;
        }
        boolean[] links = new boolean[lines.size()];
        for (int i = first + 1; i < lines.size(); i++) {
            links[i] = !lines.get(i).isBlank();
        }
        return ChainLinks.apply(lines, links);
    }

    /**
     * Whether {@code text}, past column {@code from} (and past its leading arrow), holds a chain arrow
     * ({@link ChainArrows}: {@code ->} after a blank or a call's {@code )}, {@code =>}, {@code -->}, {@code →})
     * with a link before it and a blank or a name after it; {@code dev->ops->probe()} is a member's access,
     * no chain arrow.
     */
    static boolean holdsChainArrow(String text, int from) {
        int n = text.length();
        int p = Math.min(Math.max(from, Math.max(0, ChainArrows.leadingEnd(text))), n);
        for (int k = p; k < n; k++) {
            int end = ChainArrows.endAt(text, k, n);
            if (end < 0) {
                continue;
            }
            if (k > p && (end == n || text.charAt(end) == ' ' || Character.isJavaIdentifierStart(text.charAt(end)))) {
                return true;
            }
            k = end - 1;
        }
        return false;
    }
}
