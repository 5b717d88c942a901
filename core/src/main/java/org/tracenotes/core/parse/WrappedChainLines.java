package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;

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
     * Whether {@code text}, past column {@code from} (its leading arrow), holds a chain arrow:
     * {@code ->}, {@code =>} or {@code -->} after a blank or a call's {@code )}, and a blank or a name
     * after it; {@code dev->ops->probe()} is a member's access, no chain arrow.
     */
    static boolean holdsChainArrow(String text, int from) {
        int p = Math.min(Math.max(from, leadingArrowEnd(text)), text.length());
        for (int at = text.indexOf('>', p); at >= 0; at = text.indexOf('>', at + 1)) {
            int head = at - 1;
            if (head < p || text.charAt(head) != '-' && text.charAt(head) != '=') {
                continue;
            }
            while (head > p && text.charAt(head - 1) == '-') {
                head--;
            }
            char before = head > 0 ? text.charAt(head - 1) : ' ';
            char after = at + 1 < text.length() ? text.charAt(at + 1) : ' ';
            if (head > p && (before == ' ' || before == ')') && (after == ' ' || Character.isJavaIdentifierStart(after))) {
                return true;
            }
        }
        return false;
    }

    /** Where the arrow leading {@code text} (blanks, then {@code -}/{@code =} runs and {@code >}) ends; 0 for none. */
    private static int leadingArrowEnd(String text) {
        int p = 0;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        int q = p;
        while (q < text.length() && (text.charAt(q) == '-' || text.charAt(q) == '=')) {
            q++;
        }
        return q > p && q < text.length() && text.charAt(q) == '>' ? q + 1 : 0;
    }
}
