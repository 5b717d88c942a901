package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * A line one column off the author's grid. An author who indents nearly every step by an even number
 * of columns (or nearly every one by an odd number) and writes an arrowless line halfway between an
 * arrow and the arrow one grid step deeper right below it meant the deeper column: the line is read
 * there, beside the arrow below it, both under the arrow above. A block whose steps use both parities
 * freely (a three-column step, say) has no such grid and is left as it is.
 * <pre>
 *       --> ops->read
 *        (real_read)        # column 7 among even columns: read at column 8, beside what follows
 *         --> do_read       # column 8
 * </pre>
 */
final class OffGridLines {

    /** Steps a block needs before its parity is taken as the author's grid. */
    private static final int MIN_STEPS = 8;

    private OffGridLines() {
    }

    /** The block's lines with off-grid steps snapped to the grid column beside them. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        int even = 0;
        int odd = 0;
        for (TraceLine l : lines) {
            if (l.reading() != null) {
                if ((l.indent() & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int off = Math.min(even, odd);
        if (off == 0 || even + odd < MIN_STEPS || off * 4 > even + odd) {
            return lines;   // no grid, or nothing off it: the usual case
        }
        int parity = even > odd ? 0 : 1;
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null || (l.indent() & 1) == parity) {
                continue;
            }
            TraceLine next = step(lines, i, 1);
            TraceLine prev = step(lines, i, -1);
            if (l.arrow() != Arrow.NONE || next == null || prev == null || next.arrow() == Arrow.NONE
                    || prev.arrow() == Arrow.NONE || l.indent() != prev.indent() + 1 || next.indent() != prev.indent() + 2) {
                continue;   // only an arrowless line halfway between two arrows a grid step apart
            }
            int to = next.indent();
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            int d = to - l.indent();
            out.set(i, new TraceLine(l.line(), to, l.textIndent() + d, l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    private static TraceLine step(List<TraceLine> lines, int i, int dir) {
        for (int k = i + dir; k >= 0 && k < lines.size(); k += dir) {
            if (lines.get(k).reading() != null) {
                return lines.get(k);
            }
        }
        return null;
    }
}
