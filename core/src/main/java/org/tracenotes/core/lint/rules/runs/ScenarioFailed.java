package org.tracenotes.core.lint.rules.runs;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;

/** {@value #ID}: a scenario run of a traced function that ends without returning, once per scenario and function. */
public final class ScenarioFailed extends DefinedRule {

    public static final String ID = "scenario-failed";

    public ScenarioFailed() {
        super(ID, Severity.ERROR, "a scenario whose run stops before returning (unknown function, budget, error)",
                "```\n## @scenario a: lru\nf(page)\nagain:\n=> x = 1\n=> goto again\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        if (context.annotations().scenarios().isEmpty()) {
            return;
        }
        Set<String> seen = new HashSet<>();
        for (RunResult res : context.runs()) {
            if (res.outcome() != RunOutcome.RETURNED && seen.add(res.scenario() + "\u0000" + res.trace())) {
                SourceRange at = context.annotations().scenarios().stream()
                        .filter(d -> d.scenario().name().equals(res.scenario()))
                        .map(d -> d.annotation().range()).findFirst().orElse(SourceRange.at(Math.max(1, res.line()), 1, -1));
                out.add(new Diagnostic(ID, Severity.ERROR, "scenario " + res.scenario() + " of "
                        + res.trace() + " ends " + res.outcome().id() + ": " + res.message(), at));
            }
        }
    }
}
