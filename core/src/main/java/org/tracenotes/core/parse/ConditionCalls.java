package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * A call written as the test it stands in: {@code -> enabled && !setup(ops)} with lines under it that
 * are {@code setup}'s body. The author traces the call the condition makes, so the step is that call,
 * but only where the lines below show they are the callee's code: the first of them names the callee's
 * file ({@code // drivers/x.c:}, {@code drivers/x.c}) or opens its body with a brace. Any other test with
 * a body ({@code -> !list_empty(&q->list)} over {@code -> process_one(q)}) is a condition over what it
 * guards, and one with nothing under it, or with an {@code else} after its body, stays an expression. Likewise a call, a spaced dash and words ({@code +-> release_ctx - collect_stats}), a
 * subtraction C never writes as a statement, is the call with a note.
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

    /**
     * Whether the next line that is neither blank nor a comment stands deeper than line {@code index},
     * and the first step back at its column or left of it is no {@code else}: a test with a body and an
     * else ({@code => ready && !busy(d)} … {@code => else}) is a condition written without its {@code if}.
     */
    static boolean bodyFollowsPastComments(List<TraceLine> lines, int index, Dialect dialect) {
        int indent = lines.get(index).indent();
        boolean body = false;
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() && (body || l.indent() > indent)) {
                continue;
            }
            if (l.indent() > indent && !l.isCommentOnly()) {
                body = true;
                continue;
            }
            if (!body) {
                return false;
            }
            StepKind k = l.reading() == null ? null : l.reading().kind();
            if (dialect == Dialect.SEED && l.arrow() == Arrow.DASH && k == StepKind.IF) {
                return false;   // the seed's `-> if (…)` is an else-if (StepKinds)
            }
            return k != StepKind.ELSE && k != StepKind.ELSE_IF;
        }
        return body;
    }

    /**
     * Whether the first line below line {@code index} that is not blank stands deeper and shows the
     * callee's code begins there: it names a source file ({@code // drivers/x.c:}, {@code mm/pool.c})
     * or is an opening brace.
     */
    static boolean calleeCodeBelow(List<TraceLine> lines, int index) {
        int indent = lines.get(index).indent();
        for (int i = index + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.indent() <= indent) {
                return false;
            }
            String text = l.reading() != null ? l.reading().text()
                    : l.comments().isEmpty() ? "" : l.comments().get(0).text();
            text = text.strip();
            return text.startsWith("{") || AuthorLayout.namesAFile(text);
        }
        return false;
    }

    /**
     * Whether a step is a call, a spaced dash and a note: {@code release_ctx - collect_stats},
     * {@code map_pages(vma) - unmap_rest}. The left side must look like a function (a call, or a name
     * with an underscore) and the right side must be no literal or short name: {@code len - hdr_len},
     * {@code end - start} and {@code seg_count - 1} are subtractions.
     */
    static boolean callWithDashNote(Expr e, String text) {
        return e instanceof Expr.Binary b && b.op().equals("-") && text.contains(" - ")
                && (b.left() instanceof Expr.Call || b.left() instanceof Expr.Name n && n.name().contains("_"))
                && noteLike(b.right());
    }

    /** Whether the right side of a spaced dash can be a note: no literal, no short name, no arithmetic. */
    private static boolean noteLike(Expr right) {
        if (right instanceof Expr.Name n) {
            return n.name().contains("_") || n.name().length() > 3;
        }
        return right instanceof Expr.Call || right instanceof Expr.Member;
    }
}
