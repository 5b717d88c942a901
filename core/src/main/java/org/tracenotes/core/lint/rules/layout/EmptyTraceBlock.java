package org.tracenotes.core.lint.rules.layout;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: an empty code block, a placeholder for a function not traced yet (named when its section is). */
public final class EmptyTraceBlock implements Rule {

    public static final String ID = "empty-trace-block";

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
        return "an empty code block standing for a function not traced yet";
    }

    @Override
    public Optional<String> example() {
        return Optional.of("# folio_put\n```\n```\n");
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Section s : context.note().sections()) {
            for (Block b : s.blocks()) {
                if (b instanceof CodeBlock c && c.isPlaceholder()) {
                    out.add(new Diagnostic(ID, Severity.INFO, "empty block"
                            + (Note.isIdentifier(s.title()) ? ": `" + s.title() + "` is named but not traced yet" : ""),
                            c.range()));
                }
            }
        }
    }
}
