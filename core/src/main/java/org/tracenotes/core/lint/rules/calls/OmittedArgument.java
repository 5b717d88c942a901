package org.tracenotes.core.lint.rules.calls;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.kernel.Primitives;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;

/** {@value #ID}: a call with fewer arguments than its signature (the note's @sig, a root, the reference, a primitive). */
public final class OmittedArgument extends DefinedRule {

    public static final String ID = "omitted-argument";

    public OmittedArgument() {
        super(ID, Severity.INFO, "a call without an argument its signature has; runs take the caller's",
                "```\nf()\n=> g()\n\ng(page)\n=> return 0\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Step s : context.note().steps()) {
            check(context, context.signatures(), s, out);
        }
    }

    private static void check(LintContext context, Map<String, List<String>> sigs, Step s, List<Diagnostic> out) {
        if (s.expression() == null) {
            return;
        }
        List<Expr> todo = new ArrayList<>(List.of(s.expression()));
        while (!todo.isEmpty()) {
            Expr e = todo.remove(todo.size() - 1);
            todo.addAll(Expr.children(e));
            if (!(e instanceof Expr.Call c) || !(c.callee() instanceof Expr.Name n)) {
                continue;
            }
            List<String> params = sigs.get(n.name());
            if (params == null) {
                params = context.known().rootParameters(n.name());
            }
            if (params == null) {
                params = context.known().model().function(n.name()).map(Root::parameters).orElse(null);
            }
            if (params == null) {
                params = Primitives.find(n.name())
                        .filter(p -> p.kind() == Primitives.Kind.MODEL)
                        .map(Primitives.Primitive::parameters).orElse(null);
            }
            long given = c.arguments().stream().filter(a -> !(a instanceof Expr.Omitted)).count();
            if (params != null && given < params.size() && c.arguments().stream().noneMatch(a -> a instanceof Expr.Ellipsis)) {
                List<String> missing = params.subList((int) Math.min(given, params.size()), params.size());
                out.add(new Diagnostic(ID, Severity.INFO, "`" + n.name() + "()` is called without `"
                        + String.join("`, `", missing) + "`; runs take the caller's variable of that name", c.range()));
            }
        }
    }
}
