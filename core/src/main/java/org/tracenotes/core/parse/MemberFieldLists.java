package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * Fields listed under a step, not calls: an author who notes what a function reads or writes of one
 * object lists its members one per line, with nothing under them ({@code args->stateid},
 * {@code args->offset}, {@code args->count} under {@code encode_write}). Alone, a bare member path in an
 * arrowless tree reads as a call through that member ({@code ops->write_iter}); three or more siblings in a
 * row that name members of one and the same object, none called with arguments, none with a body, are the
 * object's fields: expressions — unless another step among them calls a member of that object or has a
 * body under one ({@code ops->prepare}, {@code ops->start} with its body, {@code ops->kick}: an ops table's
 * calls, read alike). Only arrowless steps are re-read (an arrow says the author means a step taken).
 */
final class MemberFieldLists {

    /** The fewest members of one object in a row that make a list of fields. */
    private static final int LIST = 3;

    private MemberFieldLists() {
    }

    /** Re-reads such runs in {@code steps} and in every body below them. */
    static void settle(List<StepNode> steps) {
        int n = steps.size();
        int i = 0;
        while (i < n) {
            String base = fieldBase(steps.get(i));
            int j = i + 1;
            while (base != null && j < n && base.equals(fieldBase(steps.get(j)))) {
                j++;
            }
            if (base != null && j - i >= LIST && !calledAmong(steps, base)) {
                for (int k = i; k < j; k++) {
                    steps.get(k).kind = StepKind.EXPRESSION;
                }
            }
            i = base == null ? i + 1 : j;
        }
        for (StepNode s : steps) {
            if (!s.children.isEmpty()) {
                settle(s.children);
            }
            for (StepNode alt : s.alternatives) {
                if (!alt.children.isEmpty()) {
                    settle(alt.children);
                }
            }
        }
    }

    /** Whether a step of {@code steps} calls a member of {@code base} with arguments or has a body under one. */
    private static boolean calledAmong(List<StepNode> steps, String base) {
        for (StepNode s : steps) {
            if (s.line.reading() == null || s.line.arrow() != Arrow.NONE) {
                continue;
            }
            Expr e = s.line.reading().expression();
            boolean call = e instanceof Expr.Call c;
            if (call) {
                e = ((Expr.Call) e).callee();
            }
            if ((call || !s.children.isEmpty()) && e instanceof Expr.Member m && m.target() instanceof Expr.Name target
                    && base.equals(target.name() + (m.arrow() ? "->" : "."))) {
                return true;
            }
        }
        return false;
    }

    /** The object a bare arrowless member step reads ({@code args} of {@code args->offset}), or null. */
    private static String fieldBase(StepNode s) {
        if (s.kind != StepKind.CALL || !s.children.isEmpty() || s.line.arrow() != Arrow.NONE || s.line.reading() == null
                || !(s.line.reading().expression() instanceof Expr.Member m) || !(m.target() instanceof Expr.Name target)) {
            return null;
        }
        return target.name() + (m.arrow() ? "->" : ".");
    }
}
