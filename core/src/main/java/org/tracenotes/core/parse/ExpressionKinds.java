package org.tracenotes.core.parse;

import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * The kind of step an expression written as a whole step is ({@link #of}): a call (a name, a member
 * reached through a pointer or a field, callees joined by {@code /} too), an assignment, an elision
 * (prose), or another expression.
 */
final class ExpressionKinds {

    private ExpressionKinds() {
    }

    /** A call, an assignment, an elision (prose) or another expression. */
    static StepKind of(Expr e) {
        if (e instanceof Expr.Assign) {
            return StepKind.ASSIGN;
        }
        if (e instanceof Expr.Call || e instanceof Expr.Name || isCallee(e)) {
            return StepKind.CALL;
        }
        if (alternatives(e)) {
            return StepKind.CALL;   // `f()/g()`, `write_begin/end`, `a/b/c`: notes write "f or g", not a division
        }
        if (e instanceof Expr.Ellipsis) {
            return StepKind.PROSE;
        }
        return StepKind.EXPRESSION;
    }

    /** Whether an expression is callees joined by {@code /}, not all of them fields: {@code f()/g()/h}. */
    private static boolean alternatives(Expr e) {
        return e instanceof Expr.Binary b && b.op().equals("/") && alternativeLeaves(e) && !onlyFields(e);
    }

    private static boolean alternativeLeaves(Expr e) {
        return e instanceof Expr.Binary b && b.op().equals("/") ? alternativeLeaves(b.left()) && isCallee(b.right()) : isCallee(e);
    }

    /** Whether all alternatives are fields ({@code s->a/s->b/s->c}): what is read is their values, nothing called. */
    private static boolean onlyFields(Expr e) {
        return e instanceof Expr.Binary b && b.op().equals("/") ? onlyFields(b.left()) && onlyFields(b.right())
                : e instanceof Expr.Member;
    }

    /**
     * Whether an expression standing as a whole step names something called: a call, a name, or a
     * member reached through a pointer or a field ({@code irq->handler}, {@code sb->s_op->dirty_inode}),
     * also of a table's entry ({@code hp_states[STEP_UP].startup.single}, {@code ops[i]->probe}), which a
     * step line means as a call through it. A table's entry alone ({@code slots[i]}) is no callee.
     */
    static boolean isCallee(Expr e) {
        return e instanceof Expr.Call || e instanceof Expr.Name
                || e instanceof Expr.Member m && (m.target() instanceof Expr.Name || isCallee(m.target())
                        || m.target() instanceof Expr.Index i && (i.target() instanceof Expr.Name || isCallee(i.target())));
    }

    /**
     * Whether a call's first argument is a constant ({@code NULL}, a number or a string): an iterator's
     * ({@code kexec_iomem_for_each_line(NULL, cb, data)}) is a function visiting a callback, as a loop
     * macro's first argument is the cursor it assigns; a constant first under a switch is a case.
     */
    static boolean constantFirst(Expr.Call c) {
        return !c.arguments().isEmpty() && (c.arguments().get(0) instanceof Expr.Literal
                || c.arguments().get(0) instanceof Expr.Name n && n.name().equals("NULL"));
    }
}
