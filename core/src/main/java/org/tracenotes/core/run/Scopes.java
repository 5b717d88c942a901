package org.tracenotes.core.run;

import org.tracenotes.core.lint.rules.calls.OmittedArgument;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Step;

/**
 * Names: a frame's variables, then {@code $ret}, kernel constants, the reference trace's initialiser
 * of a local, the caller's variable, a function; recorded as leniency where a note relies on one.
 */
final class Scopes {

    private final RunState run;

    Scopes(RunState run) {
        this.run = run;
    }

    /** The value of a name ({@code e} a compiled {@link Node#NAME}). */
    Value read(Node e, Frame f, Step at) {
        Value[] slot = f.vars.get(e);
        if (slot != null) {
            return slot[0];
        }
        return readUnbound(e, f, at);
    }

    /** As {@link #read} for a name {@code f} has no variable of (its caller looked). */
    Value readUnbound(Node e, Frame f, Step at) {
        String name = e.name;
        Value[] slot;
        if (name.equals("$ret")) {
            if (run.dollarRet == null) {
                throw new Stop(RunOutcome.ERROR, "`$ret` has a value only on a return line and at the end of a run"
                        + " that returned one", RunState.line(at, null));
            }
            return run.dollarRet;
        }
        Value constant = e.value;
        if (constant != null) {
            return constant;
        }
        slot = slotUnbound(e, f, at);
        if (slot != null) {
            return slot[0];
        }
        if (e.flag) {
            return new Value.Obj(Value.ObjKind.FUNCTION, name);
        }
        if (run.strictNames) {
            throw new Stop(RunOutcome.ERROR, "`" + name + "` is not bound in " + f.function, 0);
        }
        int line = RunState.line(at, null);
        if (!run.lenientKnown(e.site.lenient, line, "unbound-name", 0, name, f.function, null)) {
            run.lenient(e.site.lenient, line, "unbound-name", 0, name, f.function, null, () -> "`" + name
                    + "` is read in " + f.function + " but never bound; kept as an opaque value");
        }
        return new Value.Obj(Value.ObjKind.SYMBOL, name);
    }

    /**
     * The slot of a variable the frame never bound ({@code e} a compiled {@link Node#NAME}): the
     * reference trace's initialiser of that local (a note skips {@code int pass = 0}), else the caller's
     * variable of that name (an expansion uses its caller's {@code page}). Each is recorded as leniency.
     * Null if neither has it.
     */
    Value[] slot(Node e, Frame f, Step at) {
        Value[] slot = f.vars.get(e);
        return slot != null ? slot : slotUnbound(e, f, at);
    }

    /** As {@link #slot} for a name {@code f} has no variable of (its caller looked). */
    private Value[] slotUnbound(Node e, Frame f, Step at) {
        String name = e.name;
        if (!f.reference) {
            NameSite.Initialiser init = e.site.initialiser(run.program, f.function, name);
            if (init.init() != null) {
                return initialised(e, init, f, at);
            }
        }
        for (Frame c = f.caller; c != null; c = c.caller) {
            Value[] s = c.vars.getInterned(name);
            if (s != null) {
                int line = RunState.line(at, null);
                if (!run.lenientKnown(e.site.lenient, line, "caller-variable", 0, name, f.function, c.function)) {
                    Frame from = c;
                    run.lenient(e.site.lenient, line, "caller-variable", 0, name, f.function, c.function,
                            () -> "`" + name + "` is not bound in " + f.function + "; read from its caller " + from.function);
                }
                return s;
            }
        }
        return null;
    }

    /** Binds {@code e}'s name in {@code f} to the reference trace's initialiser, evaluated now; recorded as leniency. */
    private Value[] initialised(Node e, NameSite.Initialiser init, Frame f, Step at) {
        String name = e.name;
        Value[] slot = new Value[] {Value.FALSE};
        f.vars.bindInterned(name, slot);
        String before = run.annotationText;
        run.annotationText = null;
        int savedSize = run.lenient.size();
        int line = RunState.line(at, null);
        if (!run.lenientKnown(e.site.lenient, line, "reference-initialiser", 0, name, f.function, null)) {
            run.lenient(e.site.lenient, line, "reference-initialiser", 0, name, f.function, null, () -> "`"
                    + name + "` is never assigned in " + f.function + "; it starts as the reference trace's initialiser `"
                    + initText(init, f) + "`");
        }
        try {
            slot[0] = evalInitialiser(init, f, at);
        } catch (Stop stop) {
            throw new Stop(stop.outcome, stop.getMessage() + " in the reference trace's initialiser of `" + name
                    + "`, `" + initText(init, f) + "`", stop.line);
        } finally {
            run.annotationText = before;
        }
        if (run.lenient.size() == savedSize) {
            Program.NotedLeniency start = e.site.startsAs(RunState.line(at, null), slot[0]);
            run.lenient.putIfAbsent(start.key(), start.leniency());
        }
        return slot;
    }

    /** The text of an initialiser from the reference traces, for messages. */
    private String initText(NameSite.Initialiser init, Frame f) {
        return run.text(init.init(), new Frame(f.function, null, run.program.reference().note(), null, true));
    }

    /**
     * An initialiser from the reference traces, evaluated in the note's frame: a view of it with the
     * reference's text (for messages) over the same variables, so what the initialiser binds is bound
     * in the note's frame, in the order bound.
     */
    private Value evalInitialiser(NameSite.Initialiser init, Frame f, Step at) {
        Frame view = new Frame(f.function, f.caller, run.program.reference().note(), init.code(), false, f.vars);
        return run.expressions.eval(init.node(), view, at);
    }

    /** An argument the note left out: the caller's variable of the parameter's name, if it has one. */
    Value omitted(LeniencyMemo memo, String function, String param, Frame f, int line) {
        Value[] slot = f.vars.get(param);
        if (slot != null) {
            if (!run.lenientKnown(memo, line, OmittedArgument.ID, 1, function, param, f.function)) {
                run.lenient(memo, line, OmittedArgument.ID, 1, function, param, f.function, () -> function
                        + "() is called without `" + param + "`; it takes " + f.function + "'s `" + param + "`");
            }
            return slot[0];
        }
        if (!run.lenientKnown(memo, line, OmittedArgument.ID, 2, function, param, f.function)) {
            run.lenient(memo, line, OmittedArgument.ID, 2, function, param, f.function, () -> function
                    + "() is called without `" + param + "`, and " + f.function + " has no `" + param + "` to take");
        }
        return null;
    }
}
