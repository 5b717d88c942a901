package org.tracenotes.core.lint.rules;

import java.util.List;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * A rule the parser checks while it reads a note (it has to: the finding is about how the text was read).
 * Its check passes on the findings of its id that reading the note reported, in their order.
 */
public abstract class ParserFinding extends DefinedRule {

    protected ParserFinding(String id, Severity severity, String description, String example, String fixLabel) {
        super(id, severity, description, example, fixLabel);
    }

    @Override
    public final void check(LintContext context, List<Diagnostic> out) {
        for (Diagnostic d : context.note().diagnostics()) {
            if (d.ruleId().equals(id())) {
                out.add(d);
            }
        }
    }
}
