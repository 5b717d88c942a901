package org.tracenotes.core.lint.rules.runs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.run.ExpectationResult;
import org.tracenotes.core.run.RunResult;

/** {@value #ID}: an {@code @expect} that fails on one of the note's scenarios, once per line and scenario, at the annotation. */
public final class ExpectationFailed extends DefinedRule {

    public static final String ID = "expectation-failed";

    public ExpectationFailed() {
        super(ID, Severity.ERROR, "an `@expect` that does not hold when the note's scenarios run",
                "```\n## @scenario b: buddy\nf(page)\n=> x = page_count(page)\n=> return x  ## @expect b: $ret == 5\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        if (context.annotations().scenarios().isEmpty()) {
            return;
        }
        Map<Integer, SourceRange> expectRanges = new HashMap<>();
        context.annotations().all().stream().filter(p -> p.annotation().word().equals("expect"))
                .forEach(p -> expectRanges.put(p.annotation().range().line(), p.annotation().range()));
        Set<String> seen = new HashSet<>();
        for (RunResult res : context.runs()) {
            for (ExpectationResult e : res.expectations()) {
                if (!e.passed() && seen.add(e.line() + "\u0000" + res.scenario())) {
                    SourceRange at = expectRanges.getOrDefault(e.line(), SourceRange.at(e.line(), 1, -1));
                    out.add(new Diagnostic(ID, Severity.ERROR, "scenario " + res.scenario()
                            + ": `@expect " + e.expr() + "` fails: " + e.detail(), at));
                }
            }
        }
    }
}
