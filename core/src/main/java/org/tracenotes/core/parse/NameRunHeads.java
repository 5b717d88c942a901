package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A block that opens with two bare names or more at its margin, the last over a bare {@code {} holding its body
 * (pseudo-C written flush left, the grammar's {@code NamedSwitchBodies}): the names are the first steps of a
 * caller the block leaves implied, in order, not roots, and the brace is the last name's body.
 * <pre>
 * send_data //BC_SEND      # a top-level step
 * wait_reply               # a top-level step, its body below
 * {
 *     talk_to_driver()
 * }
 * </pre>
 * One name over the brace stays the block's root.
 */
final class NameRunHeads {

    private NameRunHeads() {
    }

    /** Whether line {@code index} of {@code lines}, at {@code baseIndent}, is one of such a run of two names or more over a bare brace. */
    static boolean inRun(List<TraceLine> lines, int index, int baseIndent) {
        if (!name(lines.get(index), baseIndent)) {
            return false;
        }
        int first = index;
        while (first > 0 && name(lines.get(first - 1), baseIndent)) {
            first--;
        }
        int k = index;
        while (k < lines.size() && name(lines.get(k), baseIndent)) {
            k++;
        }
        if (first > 0 || k - first < 2 || k >= lines.size()) {
            return false;   // the block's first lines only
        }
        StepReader.Reading r = lines.get(k).reading();
        return r != null && r.text().equals("{") && lines.get(k).indent() == baseIndent;
    }

    /** Whether the line is a bare name at {@code baseIndent}, no arrow leading it. */
    private static boolean name(TraceLine l, int baseIndent) {
        StepReader.Reading r = l.reading();
        return l.arrow() == Arrow.NONE && l.indent() == baseIndent && r != null
                && (r.kind() == StepKind.CALL || r.kind() == StepKind.EXPRESSION) && r.expression() instanceof Expr.Name;
    }
}
