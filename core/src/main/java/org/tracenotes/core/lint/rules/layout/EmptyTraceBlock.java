package org.tracenotes.core.lint.rules.layout;

import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;

/** {@value #ID}: an empty code block, a placeholder for a function not traced yet (named when its section is). */
public final class EmptyTraceBlock extends DefinedRule {

    public static final String ID = "empty-trace-block";

    public EmptyTraceBlock() {
        super(ID, Severity.INFO, "an empty code block standing for a function not traced yet",
                "# folio_put\n```\n```\n",
                null);
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
