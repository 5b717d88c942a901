package org.tracenotes.core.run;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.kernel.ModelFault;
import org.tracenotes.core.kernel.Primitives;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.run.RunEvent.Resolution;

/**
 * Call resolution: a call runs its inline expansion, else a root of a loaded note, else the model's
 * reference trace, else a primitive.
 */
final class Calls {

    private final RunState run;

    Calls(RunState run) {
        this.run = run;
    }

    /** Runs a call ({@code c} a compiled {@link Node#CALL}). */
    Value call(Node c, Frame f, Step at) {
        CallTarget target = c.target;
        if (target == null) {
            throw indirect(c, f, at);
        }
        if (c.expr == run.overriddenCall) {
            run.overriddenCall = null;
            return run.overrideValue;
        }
        Value[] args = arguments(c.operands, f, at);
        if (run.expansion != null && at == run.expansion.step && !run.expansionUsed && c.name.equals(run.expansionName)) {
            run.expansionUsed = true;
            return enter(c.name, run.expansion.children, target.expansionParameters(), Resolution.EXPANSION, f.note, f.code, args,
                    c.omitted, f, at, run.expansion.expansionFrameSize(target.expansionParameters()));
        }
        if (target.resolution() != null) {
            Node.Callee callee = callee(c, target, f);
            return enter(c.name, callee.body(), target.parameters(), target.resolution(), target.note(), callee.code(), args,
                    c.omitted, f, at, callee.frameSize());
        }
        if (target.primitive() == null) {
            throw unknown(c.name, RunState.line(at, c.expr));
        }
        return callPrimitive(target.primitive(), args, c.omitted, f, at, RunState.line(at, c.expr));
    }

    /**
     * The compiled body a call of a root or reference trace runs, found once per call site: the note's
     * code is the caller's when the callee is in the caller's note, else the program's, the same either way.
     */
    private Node.Callee callee(Node c, CallTarget target, Frame f) {
        Node.Callee callee = c.callee;
        if (callee == null) {
            CompiledNote code = target.note() == f.note ? f.code : run.program.code(target.note());
            CompiledStep[] body = code.body(target.body());
            callee = new Node.Callee(body, code, FrameSizes.of(target.parameters(), body));
            c.callee = callee;
        }
        return callee;
    }

    /** The arguments' values in order; an omitted one null. */
    private Value[] arguments(Node[] argNodes, Frame f, Step at) {
        if (argNodes.length == 0) {
            return NO_ARGUMENTS;
        }
        Value[] args = new Value[argNodes.length];
        for (int i = 0; i < args.length; i++) {
            Node a = argNodes[i];
            args[i] = a == null ? null : run.expressions.eval(a, f, at);
        }
        return args;
    }

    private static final Value[] NO_ARGUMENTS = new Value[0];

    private Stop indirect(Node c, Frame f, Step at) {
        int line = RunState.line(at, c.expr);
        return new Stop(RunOutcome.UNKNOWN_FUNCTION, "indirect call `" + run.text(c.expr, f) + "` at line " + line
                + " has no body the model can run", line);
    }

    private Stop unknown(String name, int line) {
        List<String> near = nearest(name);
        return new Stop(RunOutcome.UNKNOWN_FUNCTION, "`" + name + "` (line " + line + ") has no body: not expanded"
                + " in the note, not a root of a loaded note, not in the " + NoteAnnotations.DEFAULT_MODEL
                + " model" + (near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?"), line);
    }

    /** Runs a body in a new frame with the parameters bound. */
    private Value enter(String name, CompiledStep[] body, String[] params, Resolution resolution, Note note,
                        CompiledNote code, Value[] args, LeniencyMemo memo, Frame f, Step at, int frameSize) {
        int line = RunState.line(at, null);
        Frame callee = new Frame(name, f, note, code,
                resolution == Resolution.REFERENCE || run.program.mainIsReference(), frameSize);
        callee.resolution = resolution;
        callee.line = line;
        if (params != null) {
            bind(name, params, args, memo, callee, f, line);
        }
        if (++run.depth > run.options.depthBudget()) {
            throw new Stop(RunOutcome.BUDGET_EXCEEDED, "call depth budget of " + run.options.depthBudget() + " exceeded at line "
                    + line + " calling " + name + " (does it call itself without end?)", line);
        }
        if (run.listening) {
            run.emit(new RunEvent.CallEntered(f.note.source(), line, run.depth, name, resolution));
        }
        String savedAnnotation = run.annotationText;
        run.annotationText = null;
        Frame savedTop = run.top;
        run.top = callee;
        Signal s;
        try {
            s = run.statements.execBody(body, callee, line);
        } finally {
            run.annotationText = savedAnnotation;
            run.top = savedTop;
        }
        Value result = s == Signal.RETURN ? run.pendingReturn : Value.VOID;
        run.pendingReturn = Value.VOID;
        run.depth--;
        if (run.listening) {
            run.emit(new RunEvent.CallLeft(f.note.source(), line, run.depth, name, resolution, result));
        }
        return result;
    }

    /** The parameters bound in the callee's frame, each to its argument or, left out, the caller's variable. */
    private void bind(String name, String[] params, Value[] args, LeniencyMemo memo, Frame callee, Frame f, int line) {
        for (int i = 0; i < params.length; i++) {
            Value v = i < args.length ? args[i] : null;
            if (v == null) {
                v = run.scopes.omitted(memo, name, params[i], f, line);
            }
            if (v != null) {
                if (boundBefore(params, i)) {
                    callee.vars.bindInterned(params[i], new Value[] {v});
                } else {
                    callee.vars.bindNew(params[i], new Value[] {v});
                }
            }
        }
    }

    /** Whether a parameter before {@code i} has {@code params[i]}'s name (interned: compared by identity). */
    private static boolean boundBefore(String[] params, int i) {
        for (int j = 0; j < i; j++) {
            if (params[j] == params[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Calls a primitive; a model primitive's omitted arguments (null, or missing at the end) are its
     * caller's variables of the parameters' names, and its argument list has at least one per parameter.
     */
    Value callPrimitive(Primitives.Primitive p, Value[] given, LeniencyMemo memo, Frame f, Step at, int line) {
        Value[] args = given;
        if (p.kind() == Primitives.Kind.MODEL) {
            int n = p.parameters().size();
            for (int i = 0; i < n; i++) {
                if (i >= args.length || args[i] == null) {
                    Value v = run.scopes.omitted(memo, p.name(), p.parameters().get(i), f, line);
                    if (i >= args.length) {
                        args = java.util.Arrays.copyOf(args, Math.max(n, given.length));
                    }
                    args[i] = v;
                }
            }
        }
        Value v;
        try {
            v = p.call(run.model, args); // read in place, not kept
        } catch (ModelFault fault) {
            throw new Stop(RunOutcome.ERROR, fault.getMessage() + " (line " + line + ")", line);
        }
        if (run.listening) {
            Resolution res = p.kind() == Primitives.Kind.NO_OP ? Resolution.NO_OP : Resolution.PRIMITIVE;
            run.emit(new RunEvent.CallEntered(f.note.source(), line, run.depth + 1, p.name(), res));
            run.emit(new RunEvent.CallLeft(f.note.source(), line, run.depth, p.name(), res, v));
        }
        return v;
    }

    /**
     * "Did you mean", per reference model and unknown name, measured once: the names measured against
     * ({@link #known}) do not change, and a lint runs every root of every note twice, meeting the same
     * unknown calls each time (measuring them was 40% of a folder's lint: bench/README.md, "Linting a folder").
     */
    private static final Map<Object, Map<String, List<String>>> NEAREST = Collections.synchronizedMap(new WeakHashMap<>());
    /** The key of the names measured against when there is no reference model. */
    private static final Object NO_REFERENCE = new Object();
    /** Names remembered per model, at most (then forgotten, to start again). */
    private static final int NEAREST_KEPT = 20_000;

    private List<String> nearest(String name) {
        Map<String, List<String>> memo = NEAREST.computeIfAbsent(
                run.program.reference() == null ? NO_REFERENCE : run.program.reference(), r -> new ConcurrentHashMap<>());
        if (memo.size() > NEAREST_KEPT) {
            memo.clear();
        }
        return memo.computeIfAbsent(name, n -> Suggestions.nearest(n, known(), 1));
    }

    Set<String> known() {
        Set<String> out = new LinkedHashSet<>(Primitives.names());
        if (run.program.reference() != null) {
            out.addAll(run.program.reference().functions());
        }
        return out;
    }

    static Expr.Call mainCall(Expr e) {
        Expr x = e instanceof Expr.Assign a ? a.value() : e;
        while (x instanceof Expr.Cast c) {
            x = c.operand();
        }
        return x instanceof Expr.Call c ? c : null;
    }
}
