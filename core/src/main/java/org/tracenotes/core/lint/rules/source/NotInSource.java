package org.tracenotes.core.lint.rules.source;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * {@value #ID} ({@code lint --source}): a function the note calls that the source tree neither defines nor calls (info when the tree has no name near it). The note is checked against the tree once for every source
 * rule ({@code SourceChecks}, which knows how a note's calls map to a source body);
 * this rule passes on its findings of that check.
 */
public final class NotInSource implements Rule {

    public static final String ID = "not-in-source";

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
        return "with --source: a function the note calls that the source tree neither defines nor calls; did-you-mean from the tree";
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
