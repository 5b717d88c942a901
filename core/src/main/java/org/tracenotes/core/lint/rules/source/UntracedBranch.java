package org.tracenotes.core.lint.rules.source;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): arms of a traced if or switch the note leaves out unmarked, one finding per function. The note is checked against the tree once for every source
 * rule ({@code SourceChecks}, which knows how a note's calls map to a source body);
 * this rule passes on its findings of that check.
 */
public final class UntracedBranch implements Rule {

    public static final String ID = "untraced-branch";

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
        return "with --source: arms of a traced if or switch (else, error exits) the note leaves out without marking them skipped";
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
