package org.tracenotes.core.lint.rules.steps;

import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** {@value #ID}: an arm marked as skipped with nothing saying what it does to the run. */
public final class ElidedWithoutReturns extends DefinedRule {

    public static final String ID = "elided-without-returns";

    public ElidedWithoutReturns() {
        super(ID, Severity.INFO, "an elided arm with no `@returns`: runs pass through it without its effect",
                "```\nf()\n=> if a:\n   ## 先略\n=> return 0\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Step s : context.note().steps()) {
            boolean arm = s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.ELSE
                    || s.kind() == StepKind.CASE;
            if (!arm || !s.elided()) {
                continue;
            }
            boolean effect = context.annotations().on(s).stream().anyMatch(p -> p.annotation().word().equals("returns")
                    || p.annotation().word().equals("assume"));
            if (!effect) {
                out.add(new Diagnostic(ID, Severity.INFO, "`" + s.text()
                        + "` is elided; runs pass through it without its effect (add `## @returns EXPR` or `## @assume EXPR`)",
                        s.range()));
            }
        }
    }
}
