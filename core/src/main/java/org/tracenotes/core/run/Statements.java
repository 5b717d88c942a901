package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * Runs statement lists: each step reached (path, budget, events), its kind dispatched, gotos found
 * across nested lists, and the expansion a step's call runs.
 */
final class Statements {

    private final RunState run;

    Statements(RunState run) {
        this.run = run;
    }

    Signal execList(CompiledStep[] list, Frame f) {
        if (++run.nesting > RunState.MAX_NESTING) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "the run nests statements and calls more than " + RunState.MAX_NESTING
                    + " deep (calls " + run.depth + " deep): does a function call itself without end?", 0);
        }
        // not restored on a Stop: it ends the run, or the side trip it ends rewinds the count (RunState.rewind)
        Signal s = execListFrom(list, 0, f);
        run.nesting--;
        return s;
    }

    Signal execListFrom(CompiledStep[] list, int from, Frame f) {
        int i = from;
        while (i < list.length) {
            Signal s = execStep(list[i], f, true);
            if (s == Signal.GOTO) {
                int target = Statements.labelIndex(list, run.pendingLabel);
                if (target >= 0) {
                    i = target + 1;
                    continue;
                }
            }
            if (s != Signal.NORMAL) {
                return s;
            }
            i++;
        }
        return Signal.NORMAL;
    }

    /**
     * Runs a function's body. A goto whose label is not in the list it was reached from resumes at a
     * label nested anywhere in the body (C allows jumping into a block); a label the function does
     * not have ends the function, returning its {@code ret} — notes often leave out the cleanup
     * after {@code out:} — and is recorded as leniency.
     */
    Signal execBody(CompiledStep[] body, Frame f, int line) {
        Signal s = execList(body, f);
        int jumps = 0;
        while (s == Signal.GOTO) {
            List<Object[]> chain = new ArrayList<>();
            if (!Statements.findLabel(body, run.pendingLabel, chain) || ++jumps > run.options.stepBudget()) {
                run.lenient(run.pendingGotoLine > 0 ? run.pendingGotoLine : line, "not-modelled", "goto " + run.pendingLabel + ": "
                        + f.function + " has no label `"
                        + run.pendingLabel + "`; the model returns from it with its `ret`");
                Value[] ret = f.vars.getInterned("ret");
                run.pendingReturn = ret == null ? Value.VOID : ret[0];
                return Signal.RETURN;
            }
            s = resume(chain, chain.size() - 1, f);
        }
        return s;
    }

    /** The lists and indexes from {@code list} down to the label, outermost first. */
    static boolean findLabel(CompiledStep[] list, String label, List<Object[]> chain) {
        for (int i = 0; i < list.length; i++) {
            CompiledStep s = list[i];
            if (s.step.kind() == StepKind.LABEL && label.equals(s.step.label())) {
                chain.add(new Object[] {list, i});
                return true;
            }
            chain.add(new Object[] {list, i});
            if (Statements.findLabel(s.children, label, chain)) {
                return true;
            }
            for (CompiledStep alt : s.alternatives) {
                if (Statements.findLabel(alt.children, label, chain)) {
                    return true;
                }
            }
            chain.remove(chain.size() - 1);
        }
        return false;
    }

    /** Runs on from the label at {@code chain[k]}, then after each enclosing step, outwards. */
    Signal resume(List<Object[]> chain, int k, Frame f) {
        for (int level = k; level >= 0; level--) {
            CompiledStep[] list = (CompiledStep[]) chain.get(level)[0];
            int index = (Integer) chain.get(level)[1];
            Signal s = execListFrom(list, index + 1, f);
            if (s == Signal.GOTO) {
                int target = Statements.labelIndex(list, run.pendingLabel);
                if (target >= 0) {
                    s = execListFrom(list, target + 1, f);
                }
            }
            if (s != Signal.NORMAL) {
                return s;
            }
        }
        return Signal.NORMAL;
    }

    static int labelIndex(CompiledStep[] list, String label) {
        for (int i = 0; i < list.length; i++) {
            Step s = list[i].step;
            if (s.kind() == StepKind.LABEL && label.equals(s.label())) {
                return i;
            }
        }
        return -1;
    }

    void reach(CompiledStep s, Frame f) {
        int line = s.line;
        if (++run.steps > run.options.stepBudget()) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "step budget of " + run.options.stepBudget()
                    + " steps exceeded at line " + line + " (an endless loop or retry?)", line);
        }
        f.line = line;
        if (f.note == run.program.main()) {
            run.path.add(line);
            run.model.at(line);
        }
        if (run.listening) {
            run.emit(new RunEvent.StepReached(f.note.source(), line, run.depth));
        }
    }

    Signal execStep(CompiledStep s, Frame f, boolean counted) {
        if (run.inspector == null) {
            return runStep(s, f, counted);
        }
        try {
            return runStep(s, f, counted);
        } catch (Stop stop) {
            run.failing(stop);
            throw stop;
        }
    }

    Signal runStep(CompiledStep cs, Frame f, boolean counted) {
        Step s = cs.step;
        if (counted) {
            reach(cs, f);
            if (cs.hasSkips && f.note == run.program.main()) {
                for (Comment c : cs.skips) {
                    run.markElided(c.range().line());
                    if (run.listening) {
                        run.emit(new RunEvent.ElisionCrossed(f.note.source(), s.range().line(), run.depth,
                                "line " + c.range().line() + " says code was skipped"));
                    }
                }
            }
            run.expectationChecks.expectAt(cs, f, Comment.Placement.LEADING, null);
        }
        Signal sig;
        switch (cs.kind) {
            case LABEL, BRACE, DIRECTIVE -> sig = Signal.NORMAL;
            case IF -> sig = run.branches.execIf(cs, f);
            case ELSE_IF, ELSE -> {
                run.lenient(s.range().line(), "not-modelled", "`" + s.text() + "` follows no if; skipped");
                sig = Signal.NORMAL;
            }
            case SWITCH -> sig = run.branches.execSwitch(cs, f);
            case CASE -> sig = run.branches.runBody(cs, f);
            case LOOP -> sig = run.branches.execLoop(cs, f);
            case RETURN -> {
                Value v = cs.expression == null ? Value.VOID : evalStep(cs, f);
                if (cs.elided) {
                    run.elisions.crossElision(cs, f);
                }
                run.pendingReturn = v;
                if (run.listening) {
                    run.emit(new RunEvent.Returned(f.note.source(), s.range().line(), run.depth, v));
                }
                run.expectationChecks.expectAt(cs, f, Comment.Placement.TRAILING, v);
                return Signal.RETURN;
            }
            case GOTO -> {
                run.pendingLabel = s.label();
                run.pendingGotoLine = s.range().line();
                return Signal.GOTO;
            }
            case BREAK -> {
                return Signal.BREAK;
            }
            case CONTINUE -> {
                return Signal.CONTINUE;
            }
            case PROSE -> {
                if (cs.elided || cs.saysSkipped) {
                    Value returned = run.elisions.crossElision(cs, f);
                    if (returned != null) {
                        run.pendingReturn = returned;
                        return Signal.RETURN;
                    }
                }
                sig = cs.children.length == 0 ? Signal.NORMAL : execList(cs.children, f);
            }
            default -> sig = execStatement(cs, f);
        }
        if (sig == Signal.NORMAL) {
            run.expectationChecks.expectAt(cs, f, Comment.Placement.TRAILING, null);
        }
        return sig;
    }

    /** A call, assignment, declaration or expression statement, and the body indented under it. */
    Signal execStatement(CompiledStep cs, Frame f) {
        Step s = cs.step;
        if (cs.expression == null) {
            return cs.children.length == 0 ? Signal.NORMAL : execList(cs.children, f);
        }
        if (cs.elided) {
            Value effect = run.elisions.crossElision(cs, f);
            if (effect != null) {
                run.overriddenCall = Calls.mainCall(s.expression());
                run.overrideValue = effect;
            }
        }
        try {
            evalStep(cs, f);
        } finally {
            run.overriddenCall = null;
            run.overrideValue = null;
        }
        if (cs.expanded == null && cs.children.length > 0) {
            // lines indented under a step that expands nothing: a group, run in the same frame
            return execList(cs.children, f);
        }
        return Signal.NORMAL;
    }

    /** Evaluates a step's expression; a call of the function it expands runs the lines under it. */
    Value evalStep(CompiledStep cs, Frame f) {
        if (cs.expanded == null && run.expansion == null) {
            // nothing expanded here or around: the fields would be set to what they are and put back
            // (expansionUsed is read only while an expansion is pending, and a nested step restores it)
            return cs.statement != cs.expression ? run.calls.call(cs.statement, f, cs.step)
                    : run.expressions.eval(cs.expression, f, cs.step);
        }
        CompiledStep savedExpansion = run.expansion;
        String savedName = run.expansionName;
        boolean savedUsed = run.expansionUsed;
        run.expansion = cs.expanded != null ? cs : null;
        run.expansionName = cs.expanded;
        run.expansionUsed = false;
        try {
            if (cs.statement != cs.expression) {
                // `=> do_wp_page` written without parentheses: a call
                return run.calls.call(cs.statement, f, cs.step);
            }
            return run.expressions.eval(cs.expression, f, cs.step);
        } finally {
            run.expansion = savedExpansion;
            run.expansionName = savedName;
            run.expansionUsed = savedUsed;
        }
    }
}
