package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Expr;

/**
 * A call written as the test it stands in: {@code -> enabled && !setup(ops)} with lines under it that
 * are {@code setup}'s body. The author traces the call the condition makes, so the step is that call;
 * a condition with nothing under it ({@code => a && b}) stays an expression.
 */
final class ConditionCalls {

    private ConditionCalls() {
    }

    /**
     * Whether {@code e} is a logical test ({@code !}, {@code &&}, {@code ||}) whose last operand is a
     * call, negated or not: {@code a && !f(x)}, {@code !f(x)}, {@code a || f(x)}.
     */
    static boolean callsUnderTest(Expr e) {
        boolean logical = false;
        while (true) {
            if (e instanceof Expr.Binary b && (b.op().equals("&&") || b.op().equals("||"))) {
                e = b.right();
                logical = true;
            } else if (e instanceof Expr.Unary u && u.op().equals("!")) {
                e = u.operand();
                logical = true;
            } else {
                return logical && e instanceof Expr.Call;
            }
        }
    }

    /** Whether the next line that is neither blank nor a comment stands deeper than line {@code index}. */
    static boolean bodyFollowsPastComments(List<TraceLine> lines, int index) {
        int indent = lines.get(index).indent();
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (!l.isCommentOnly()) {
                return l.indent() > indent;
            }
            if (l.indent() <= indent) {
                return false;
            }
        }
        return false;
    }
}
