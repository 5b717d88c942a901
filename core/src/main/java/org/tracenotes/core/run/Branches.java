package org.tracenotes.core.run;

import org.tracenotes.core.lint.rules.steps.AssignmentInCondition;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * The statements that choose: {@code if} chains, loops and {@code switch}, forced branches
 * included, and the body of the branch taken.
 */
final class Branches {

    private final RunState run;

    Branches(RunState run) {
        this.run = run;
    }

    Signal execIf(CompiledStep s, Frame f) {
        int n = 1 + s.alternatives.length;
        boolean forceable = f.note == run.program.main();
        int takenIdx = -1;
        if (forceable && run.forcing) {
            for (int i = 0; i < n; i++) {
                if (run.options.forces().get(Branches.ifMember(s, i).line) == Force.TAKEN) {
                    takenIdx = i;
                    break;
                }
            }
        }
        CompiledStep chosen = null;
        for (int i = 0; i < n; i++) {
            CompiledStep c = Branches.ifMember(s, i);
            if (i > 0) {
                run.statements.reach(c, f);
                run.expectationChecks.expectAt(c, f, Comment.Placement.LEADING, null);
            }
            int line = c.line;
            if (takenIdx >= 0) {
                boolean taken = i == takenIdx;
                run.forced.addIfAbsent(line);
                branch(c.step, f, taken, null, true);
                if (taken) {
                    chosen = c;
                    break;
                }
                continue;
            }
            if (forceable && run.forcing && run.options.forces().get(line) == Force.NOT_TAKEN) {
                run.forced.addIfAbsent(line);
                branch(c.step, f, false, null, true);
                continue;
            }
            if (c.kind == StepKind.ELSE) {
                branch(c.step, f, true, null, false);
                chosen = c;
                break;
            }
            Value v = condition(c, f);
            boolean taken = Value.truthy(v);
            branch(c.step, f, taken, v, false);
            if (taken) {
                chosen = c;
                break;
            }
        }
        return chosen == null ? Signal.NORMAL : runBody(chosen, f);
    }

    static CompiledStep ifMember(CompiledStep ifStep, int i) {
        return i == 0 ? ifStep : ifStep.alternatives[i - 1];
    }

    void branch(Step c, Frame f, boolean taken, Value condition, boolean isForced) {
        if (run.listening) {
            run.emit(new RunEvent.BranchDecided(f.note.source(), c.range().line(), run.depth, taken, condition, isForced));
        } else if (run.branchListener != null && run.pureBelow < 0) {
            // not in a side trip (an expectation checked), which sets pureBelow and hears no events
            run.branchListener.decided(f.note.source(), c.range().line(), taken);
        }
    }

    Value condition(CompiledStep cs, Frame f) {
        Step c = cs.step;
        if (cs.expression == null) {
            run.lenient(c.range().line(), "not-modelled", "condition `" + c.text() + "` is not C; taken as false");
            return Value.FALSE;
        }
        if (cs.assigns) {
            run.lenient(c.range().line(), AssignmentInCondition.ID, 0, c.text(), null, null, () -> "`" + c.text()
                    + "` assigns, then tests the value (C semantics); `==` compares");
        }
        return run.expressions.eval(cs.expression, f, c);
    }

    /** The body of a taken branch or case: its inline statement, then its lines or its elision. */
    Signal runBody(CompiledStep c, Frame f) {
        if (c.inline != null) {
            Signal s = run.statements.execStep(c.inline, f, false);
            if (s != Signal.NORMAL) {
                return s;
            }
        }
        if (c.elided) {
            Value returned = run.elisions.crossElision(c, f);
            if (returned != null) {
                run.pendingReturn = returned;
                return Signal.RETURN;
            }
            return Signal.NORMAL;
        }
        return run.statements.execList(c.children, f);
    }

    Signal execLoop(CompiledStep cs, Frame f) {
        Step s = cs.step;
        boolean isWhile = cs.isWhile;
        if (!isWhile) {
            run.lenient(s.range().line(), "loop-once", 0, s.text(), null, null, () -> "`" + s.text()
                    + "`: the model runs a loop's body once");
            Signal sig = runBody(cs, f);
            return sig == Signal.BREAK || sig == Signal.CONTINUE ? Signal.NORMAL : sig;
        }
        while (true) {
            Value v = run.expressions.eval(cs.expression, f, s);
            branch(s, f, Value.truthy(v), v, false);
            if (!Value.truthy(v)) {
                return Signal.NORMAL;
            }
            Signal sig = runBody(cs, f);
            if (sig == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (sig != Signal.NORMAL && sig != Signal.CONTINUE) {
                return sig;
            }
            run.statements.reach(cs, f);
        }
    }

    Signal execSwitch(CompiledStep cs, Frame f) {
        Step s = cs.step;
        Value v = s.expression() == null ? Value.FALSE : run.expressions.eval(cs.expression, f, s);
        CompiledStep[] body = cs.children;
        int start = -1;
        boolean forceable = f.note == run.program.main();
        for (int i = 0; i < body.length && start < 0; i++) {
            Step c = body[i].step;
            if (c.kind() == StepKind.CASE && forceable && run.forcing
                    && run.options.forces().get(c.range().line()) == Force.TAKEN) {
                run.forced.addIfAbsent(c.range().line());
                start = i;
            }
        }
        for (int i = 0; i < body.length && start < 0; i++) {
            Step c = body[i].step;
            if (c.kind() == StepKind.CASE && c.expression() != null && !notTaken(c, forceable)
                    && Value.same(v, run.expressions.eval(body[i].expression, f, c))) {
                start = i;
            }
        }
        for (int i = 0; i < body.length && start < 0; i++) {
            Step c = body[i].step;
            if (c.kind() == StepKind.CASE && c.expression() == null && !notTaken(c, forceable)) {
                start = i;
            }
        }
        if (start < 0) {
            return Signal.NORMAL;
        }
        for (int i = start; i < body.length; i++) {
            Step c = body[i].step;
            Signal sig;
            if (c.kind() == StepKind.CASE) {
                run.statements.reach(body[i], f);
                branch(c, f, true, null, run.forced.contains(c.range().line()));
                sig = runBody(body[i], f);
            } else {
                sig = run.statements.execStep(body[i], f, true);
            }
            if (sig == Signal.BREAK) {
                return Signal.NORMAL;
            }
            if (sig != Signal.NORMAL) {
                return sig;
            }
        }
        return Signal.NORMAL;
    }

    boolean notTaken(Step c, boolean forceable) {
        if (forceable && run.forcing && run.options.forces().get(c.range().line()) == Force.NOT_TAKEN) {
            run.forced.addIfAbsent(c.range().line());
            return true;
        }
        return false;
    }
}
