package org.tracenotes.core.lint.rules;

import java.util.List;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * A rule of {@code lint --source}: the note is checked against the source tree once for every source rule
 * ({@code SourceChecks}, which knows how a note's calls map to a source body; {@link LintContext#sourceFindings}),
 * and each source rule passes on its findings of that check, in their order. A finding needs a tree besides
 * the note, so these rules have no example.
 */
public abstract class SourceFinding extends DefinedRule {

    protected SourceFinding(String id, Severity severity, String description, String example, String fixLabel) {
        super(id, severity, description, example, fixLabel);
    }

    @Override
    public final void check(LintContext context, List<Diagnostic> out) {
        for (Diagnostic d : context.sourceFindings()) {
            if (d.ruleId().equals(id())) {
                out.add(d);
            }
        }
    }
}
