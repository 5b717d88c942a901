package org.tracenotes.core.lint.rules;

import java.util.List;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * One of the two call rules of {@code lint --source} ({@code call-not-in-body}, {@code not-in-source}): their
 * findings are made together ({@link org.tracenotes.core.lint.rules.source.SourceComparison#callFindings}),
 * because one verdict spans both (a tree of another version gets one note instead of a finding per call), and
 * each passes on its own, in their order. A finding needs a tree besides the note, so these rules have no
 * example.
 */
public abstract class SourceFinding extends DefinedRule {

    protected SourceFinding(String id, Severity severity, String description, String example, String fixLabel) {
        super(id, severity, description, example, fixLabel);
    }

    @Override
    public final void check(LintContext context, List<Diagnostic> out) {
        for (Diagnostic d : context.callFindings()) {
            if (d.ruleId().equals(id())) {
                out.add(d);
            }
        }
    }
}
