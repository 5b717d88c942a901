package org.tracenotes.core.graph;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/**
 * Finds every call site of a note, each with the function whose body holds it: a root's steps
 * belong to the root; the children of a call expanded inline belong to the expanded function.
 * Calls inside conditions and arguments count. Calls through a pointer or member
 * ({@code ops->handle(op)}) have no name to call; in the call dialect their {@code =>} resolved
 * target is an indirect call.
 */
public final class CallCollector {

    private final String source;
    private final List<CallSite> sites = new ArrayList<>();

    private CallCollector(String source) {
        this.source = source;
    }

    public static List<CallSite> of(Note note) {
        CallCollector c = new CallCollector(note.source());
        for (TraceBlock block : note.traceBlocks()) {
            for (Root root : block.roots()) {
                if (root.definesFunction()) {
                    c.steps(root.body(), root.name());
                }
            }
        }
        return c.sites;
    }

    /** A step to visit with the function whose body holds it. */
    private record StepAt(Step step, String function) { }

    /** {@code steps} and everything below them, in source order, from a stack on the heap. */
    private void steps(List<Step> steps, String function) {
        java.util.ArrayDeque<StepAt> todo = new java.util.ArrayDeque<>();
        push(todo, steps, function);
        while (!todo.isEmpty()) {
            StepAt at = todo.pop();
            Step s = at.step();
            step(s, at.function());
            push(todo, s.alternatives(), at.function());
            push(todo, s.children(), s.expandedFunction().orElse(at.function()));
        }
    }

    private static void push(java.util.ArrayDeque<StepAt> todo, List<Step> steps, String function) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            todo.push(new StepAt(steps.get(i), function));
        }
    }

    private void step(Step s, String function) {
        for (Step at = s; at != null; at = at.inline()) {
            CallSite.Kind kind = at.role() == StepRole.RESOLVED_TARGET ? CallSite.Kind.INDIRECT : CallSite.Kind.DIRECT;
            boolean condition = at.kind().isBranchHead() || at.kind() == StepKind.BREAK || at.kind() == StepKind.CONTINUE;
            if (at.expression() != null) {
                expression(at.expression(), function, condition ? CallSite.Context.CONDITION : CallSite.Context.STEP, kind,
                        at.kind() == StepKind.CALL);
            }
        }
    }

    /** A sub-expression still to search, with how a call found in it is counted. */
    private record ExprAt(Expr e, CallSite.Context context, CallSite.Kind kind, boolean nameIsCall) { }

    /**
     * Calls in {@code e}: the outermost ones in {@code context}, the ones inside their arguments as
     * {@link CallSite.Context#ARGUMENT}. A bare name is a call only when it is the whole step
     * ({@code +-> bar_alloc}). Searched from a stack on the heap, left to right.
     */
    private void expression(Expr top, String function, CallSite.Context context, CallSite.Kind kind, boolean nameIsCall) {
        java.util.ArrayDeque<ExprAt> todo = new java.util.ArrayDeque<>();
        todo.push(new ExprAt(top, context, kind, nameIsCall));
        while (!todo.isEmpty()) {
            ExprAt at = todo.pop();
            Expr e = at.e();
            if (at.nameIsCall() && e instanceof Expr.Name n) {
                sites.add(new CallSite(function, n.name(), source, n.range(), at.context(), at.kind()));
                continue;
            }
            if (e instanceof Expr.Call call) {
                for (int i = call.arguments().size() - 1; i >= 0; i--) {
                    todo.push(new ExprAt(call.arguments().get(i), CallSite.Context.ARGUMENT, CallSite.Kind.DIRECT, false));
                }
                if (call.callee() instanceof Expr.Name n) {
                    sites.add(new CallSite(function, n.name(), source, call.range(), at.context(), at.kind()));
                } else {
                    todo.push(new ExprAt(call.callee(), at.context(), CallSite.Kind.DIRECT, false));
                }
                continue;
            }
            List<Expr> children = Expr.children(e);
            for (int i = children.size() - 1; i >= 0; i--) {
                todo.push(new ExprAt(children.get(i), at.context(), at.kind(), false));
            }
        }
    }
}
