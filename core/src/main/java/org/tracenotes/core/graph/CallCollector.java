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

    private void steps(List<Step> steps, String function) {
        for (Step s : steps) {
            step(s, function);
            steps(s.children(), s.expandedFunction().orElse(function));
            steps(s.alternatives(), function);
        }
    }

    private void step(Step s, String function) {
        CallSite.Kind kind = s.role() == StepRole.RESOLVED_TARGET ? CallSite.Kind.INDIRECT : CallSite.Kind.DIRECT;
        boolean condition = s.kind().isBranchHead() || s.kind() == StepKind.BREAK || s.kind() == StepKind.CONTINUE;
        if (s.expression() != null) {
            expression(s.expression(), function, condition ? CallSite.Context.CONDITION : CallSite.Context.STEP, kind,
                    s.kind() == StepKind.CALL);
        }
        if (s.inline() != null) {
            step(s.inline(), function);
        }
    }

    /**
     * Calls in {@code e}: the outermost ones in {@code context}, the ones inside their arguments as
     * {@link CallSite.Context#ARGUMENT}. A bare name is a call only when it is the whole step
     * ({@code +-> bar_alloc}).
     */
    private void expression(Expr e, String function, CallSite.Context context, CallSite.Kind kind, boolean nameIsCall) {
        if (nameIsCall && e instanceof Expr.Name n) {
            sites.add(new CallSite(function, n.name(), source, n.range(), context, kind));
            return;
        }
        if (e instanceof Expr.Call call) {
            if (call.callee() instanceof Expr.Name n) {
                sites.add(new CallSite(function, n.name(), source, call.range(), context, kind));
            } else {
                expression(call.callee(), function, context, CallSite.Kind.DIRECT, false);
            }
            for (Expr arg : call.arguments()) {
                expression(arg, function, CallSite.Context.ARGUMENT, CallSite.Kind.DIRECT, false);
            }
            return;
        }
        for (Expr child : Expr.children(e)) {
            expression(child, function, context, kind, false);
        }
    }
}
