package org.tracenotes.core.lint.rules.annotations;

import java.util.List;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Annotation;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.run.NoteAnnotations;

/** {@value #ID}: an {@code @word} Tracenotes does not know (with the nearest it does), or an {@code @model} that is no model. */
public final class UnknownAnnotation extends DefinedRule {

    public static final String ID = "unknown-annotation";

    public UnknownAnnotation() {
        super(ID, Severity.WARNING, "an `@word` annotation Tracenotes does not know",
                "```\n## @scenarios x: lru\nf()\n=> g()\n=> return 1\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (NoteAnnotations.Placed p : context.annotations().all()) {
            Annotation a = p.annotation();
            if (!NoteAnnotations.WORDS.contains(a.word())) {
                List<String> near = Suggestions.nearest(a.word(), NoteAnnotations.WORDS, 1);
                out.add(new Diagnostic(ID, Severity.WARNING, "unknown annotation `@" + a.word()
                        + "`" + (near.isEmpty() ? "; annotations: @" + String.join(", @", NoteAnnotations.WORDS)
                        : "; did you mean `@" + near.get(0) + "`?"), a.range()));
            } else if (a.word().equals("model") && !NoteAnnotations.MODELS.contains(a.text().strip())) {
                out.add(new Diagnostic(ID, Severity.WARNING, "`@model " + a.text()
                        + "` is not a model; models: " + String.join(", ", NoteAnnotations.MODELS), a.range()));
            }
        }
    }
}
