package org.tracenotes.core.parse;

import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * Calls joined on one step line, which a note writes to say "this, then that": {@code a_check && b_setup},
 * {@code load(m) && init(m)} (each runs when the one before succeeds, as a shell joins commands), or a chain
 * written flat on a line with no leading arrow, {@code entry => handler => worker} (C has no {@code =>}; it is
 * no assignment). The step is a call. A test of values ({@code ready && !busy}, {@code n > 0 && f(n)}) stays
 * an expression; {@code x = a => b} keeps its assignment.
 */
final class JoinedCalls {

    private JoinedCalls() {
    }

    /** A call for a step of calls joined by {@code &&} or written as a flat {@code =>} chain; else {@code kind}. */
    static StepKind of(StepKind kind, StepReader.Reading r) {
        if (r == null) {
            return kind;
        }
        if (kind == StepKind.EXPRESSION && r.expression() instanceof Expr.Binary b && b.op().equals("&&")) {
            return joinedCallees(b) ? StepKind.CALL : kind;
        }
        if (kind == StepKind.ASSIGN && r.expression() instanceof Expr.Assign a && a.op().equals("=")
                && a.target() instanceof Expr.Name) {
            String t = r.text();
            int eq = t.indexOf('=');
            return eq > 0 && eq + 1 < t.length() && t.charAt(eq + 1) == '>' ? StepKind.CALL : kind;
        }
        return kind;
    }

    /**
     * Whether every operand of the {@code &&} chain {@code e} is something called: a call (through a member too)
     * or a function's name (with an {@code _} and a lower-case letter: {@code ready} or {@code HAS_IRQ} is a value).
     */
    private static boolean joinedCallees(Expr e) {
        if (e instanceof Expr.Binary b && b.op().equals("&&")) {
            return joinedCallees(b.left()) && joinedCallees(b.right());
        }
        return e instanceof Expr.Call || e instanceof Expr.Name n && n.name().indexOf('_') > 0
                && !n.name().equals(n.name().toUpperCase(java.util.Locale.ROOT));
    }
}
