package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * An arrow with nothing after it, standing between two steps at its own column, next to a C statement
 * ({@code -> ip_init();} / {@code ->} / {@code -> tcp_v4_init();}): the author copied a function's lines,
 * each behind an arrow, and its blank lines came out as bare arrows. Such an arrow is a gap, read as a
 * blank line, not a step in words. Between calls that are no statements ({@code -> os_init()} /
 * {@code ->} / {@code -> args_parse()}) a bare arrow stands for steps left out, and a bare arrow deeper
 * than the step above it ({@code => f()} / {@code    =>}) for that step's body left out: both stay the
 * steps in words they are.
 */
final class BareArrowGaps {

    private BareArrowGaps() {
    }

    /** The block's lines with each bare arrow between two steps at its column read as a blank line. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (!bare(l)) {
                continue;
            }
            TraceLine before = step(lines, i, -1);
            TraceLine after = step(lines, i, 1);
            if (before == null || after == null || before.indent() != l.indent() || after.indent() != l.indent()
                    || !statement(before, source) && !statement(after, source)) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(), List.of()));
        }
        return out == null ? lines : out;
    }

    /**
     * Whether the step's line is a C statement: it ends with {@code ;}, or a call's {@code );} ends its code
     * and a remark follows ({@code -> rc = part_register(&p, 1); registers p}). A {@code ;} inside a remark
     * ({@code -> os_init()  // sets up a; see b}) is none.
     */
    private static boolean statement(TraceLine l, SourceText source) {
        String line = source.line(l.line()).strip();
        return line.endsWith(";") || line.contains(");");
    }

    private static boolean bare(TraceLine l) {
        return l.arrow() != Arrow.NONE && l.reading() == null && l.comments().isEmpty();
    }

    /** The nearest line from {@code i} in direction {@code d} that is an arrowed step with words (comment lines skipped), or null. */
    private static TraceLine step(List<TraceLine> lines, int i, int d) {
        for (int k = i + d; k >= 0 && k < lines.size(); k += d) {
            TraceLine o = lines.get(k);
            if (o.isBlank() || o.isCommentOnly() || bare(o)) {
                continue;
            }
            return o.arrow() != Arrow.NONE && o.reading() != null ? o : null;
        }
        return null;
    }
}
