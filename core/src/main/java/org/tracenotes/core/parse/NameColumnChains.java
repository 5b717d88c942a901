package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.NameColumns;

/**
 * A column of function names the layout found to be a call path ({@link NameColumns}), read as its author
 * means it: each row is called by the row above it, or, in a column drawn beside an upward arrow, by the
 * row below it.
 * <pre>
 *     pump_start()
 *     pump_prime()
 *     __pump_prime_valve()
 * </pre>
 * reads {@code pump_start()} as the root, {@code pump_prime()} its call, {@code __pump_prime_valve()} the
 * call of that. The tree builder reads callers above callees, so an upward column's rows are handed to it
 * bottom row first; each row is indented by its depth in the chain and keeps its source line.
 */
final class NameColumnChains {

    /** The columns one level of the rebuilt block takes. */
    private static final int LEVEL = 2;

    private NameColumnChains() {
    }

    /**
     * {@code lines} read as a chain when the block is a name column ({@code column}, or {@code upward} when it
     * is read from its bottom row up), else {@code lines} as they are.
     */
    static List<TraceLine> apply(List<TraceLine> lines, boolean column, boolean upward) {
        if (!column && !upward) {
            return lines;
        }
        int n = lines.size();
        List<TraceLine> out = new ArrayList<>(n);
        int depth = -1;
        for (int k = 0; k < n; k++) {
            TraceLine l = lines.get(upward ? n - 1 - k : k);
            boolean step = !l.isBlank() && !l.isCommentOnly() && l.reading() != null;
            if (step) {
                depth++;
            }
            int indent = Math.max(depth, 0) * LEVEL;
            int shift = indent - l.indent();
            out.add(shift == 0 ? l : new TraceLine(l.line(), indent, Math.max(indent, l.textIndent() + shift), l.arrow(),
                    l.reading(), l.range(), l.comments()));
        }
        return out;
    }
}
