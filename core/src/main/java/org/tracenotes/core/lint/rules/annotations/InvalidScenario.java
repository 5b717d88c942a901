package org.tracenotes.core.lint.rules.annotations;

import java.util.List;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.Scenario;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.run.NoteAnnotations;

/** {@value #ID}: an {@code @scenario} that does not read, or sets a key or value the page model lacks. */
public final class InvalidScenario extends DefinedRule {

    public static final String ID = "invalid-scenario";

    public InvalidScenario() {
        super(ID, Severity.ERROR, "an `@scenario` that is malformed or sets an unknown key or value",
                "```\n## @scenario a: lru, colour\nf(page)\n=> g()\n=> return 0\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (NoteAnnotations.Placed p : context.annotations().all()) {
            Annotation a = p.annotation();
            if (!a.word().equals("scenario")) {
                continue;
            }
            Scenario s = Scenario.parse(a.text());
            if (s == null) {
                out.add(new Diagnostic(ID, Severity.ERROR, "`@scenario " + a.text()
                        + "` is not `@scenario NAME: key, key=value, !key` (a name without spaces)", a.range()));
            } else if (s.state() instanceof Given.Invalid bad) {
                out.add(new Diagnostic(ID, Severity.ERROR, "scenario " + s.name() + ": "
                        + bad.message(), a.range()));
            }
        }
    }
}
