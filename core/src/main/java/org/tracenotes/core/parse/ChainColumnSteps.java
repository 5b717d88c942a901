package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * The lines of a column of call hops ({@code org.tracenotes.grammar.ChainColumns}: {@code a() -> b()} one a
 * line, going on with bare calls and stages in words) as one flow: every line is a step of it, side by side
 * under the block's implied root, as if an arrow led it; none is a root of its own, none the callee of the
 * line above (a line that repeats the callee above as its caller is still a hop of its own).
 */
final class ChainColumnSteps {

    private ChainColumnSteps() {
    }

    /** The block's lines as one flow when it is such a column ({@code column}); any other block as it is. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean column) {
        if (!column) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines.size());
        for (TraceLine l : lines) {
            out.add(l.reading() == null || l.arrow() != Arrow.NONE ? l
                    : new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.STEP, l.reading(), l.range(), l.comments()));
        }
        return out;
    }
}
