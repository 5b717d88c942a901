package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.StepKind;

/**
 * Chains written where indentation cannot show them: a line marked a link is the callee of the step
 * line before it though it stands at that line's column ({@link LastChildChains}, {@link FlatChains},
 * {@link DownArrowLines}). Each link is moved one column deeper than the step before it (as moved), so
 * the tree builder reads it as that step's body; what hangs deeper than a link moves with it. A step
 * that calls nothing (an assignment with no call in it, {@code f->op = my_ops}) has no callee: the link
 * after it stands beside it, the callee of the call above both.
 */
final class ChainLinks {

    private ChainLinks() {
    }

    /** {@code lines} with each line whose {@code links} entry is set moved under the step line before it. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean[] links) {
        int[] callers = new int[lines.size()];
        for (int i = 0; i < callers.length; i++) {
            callers[i] = links[i] ? PREVIOUS : NONE;
        }
        return apply(lines, callers);
    }

    /** A {@code callers} entry: the line is no link. */
    static final int NONE = -1;
    /** A {@code callers} entry: the line is the callee of the step line before it. */
    static final int PREVIOUS = -2;

    /**
     * {@code lines} with each link moved under its caller: {@code callers[i]} is the index of line
     * {@code i}'s caller (an earlier step line), {@link #PREVIOUS} for the step line before it, or
     * {@link #NONE} when line {@code i} is no link.
     */
    static List<TraceLine> apply(List<TraceLine> lines, int[] callers) {
        List<TraceLine> out = new ArrayList<>(lines.size());
        int previous = -1;     // index in out of the last step line
        int tailColumn = -1;   // the last link's own column, and how far it moved
        int tailDelta = 0;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            int d = 0;
            if (l.isBlank()) {
                out.add(l);
                continue;
            }
            boolean step = !l.isCommentOnly() && l.reading() != null;
            if (step && callers[i] != NONE && previous >= 0) {
                TraceLine above = out.get(callers[i] == PREVIOUS ? previous : callers[i]);
                int target = callers[i] == PREVIOUS && callsNothing(above) ? above.indent() : above.indent() + 1;
                d = target - l.indent();
                tailColumn = l.indent();
                tailDelta = d;
            } else if (tailColumn >= 0 && (l.indent() > tailColumn || !step && l.indent() == tailColumn)) {
                d = tailDelta;   // hangs below the last link, or a comment at its column: moves with it
            } else if (step) {
                tailColumn = -1;
            }
            out.add(d == 0 ? l : new TraceLine(l.line(), l.indent() + d, l.textIndent() + d, l.arrow(), l.reading(),
                    l.range(), l.comments()));
            if (step) {
                previous = out.size() - 1;
            }
        }
        return out;
    }

    /** Whether a step calls nothing: an assignment with no call in it. */
    private static boolean callsNothing(TraceLine l) {
        return l.reading().kind() == StepKind.ASSIGN && l.reading().text().indexOf('(') < 0;
    }

    /** Whether any entry is set. */
    static boolean any(boolean[] links) {
        for (boolean b : links) {
            if (b) {
                return true;
            }
        }
        return false;
    }
}
