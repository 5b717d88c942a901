package org.tracenotes.core.lint.rules.source;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): a condition the source does not have in that function (info when none of its conditions is close). The note is checked against the tree once for every source
 * rule ({@code SourceChecks}, which knows how a note's calls map to a source body);
 * this rule passes on its findings of that check.
 */
public final class ConditionDiffers implements Rule {

    public static final String ID = "condition-differs";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public String description() {
        return "with --source: an if, loop or switch condition that matches none of the function's in the source; the closest quoted";
    }

    /** None: a finding needs a source tree besides the note. */
    @Override
    public Optional<String> example() {
        return Optional.empty();
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Diagnostic d : context.sourceFindings()) {
            if (d.ruleId().equals(ID)) {
                out.add(d);
            }
        }
    }
}
