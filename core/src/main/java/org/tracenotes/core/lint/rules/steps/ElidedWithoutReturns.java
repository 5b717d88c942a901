package org.tracenotes.core.lint.rules.steps;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** {@value #ID}: an arm marked as skipped with nothing saying what it does to the run. */
public final class ElidedWithoutReturns implements Rule {

    public static final String ID = "elided-without-returns";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.INFO;
    }

    @Override
    public String description() {
        return "an elided arm with no `@returns`: runs pass through it without its effect";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("```\nf()\n=> if a:\n   ## 先略\n=> return 0\n```\n");
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
