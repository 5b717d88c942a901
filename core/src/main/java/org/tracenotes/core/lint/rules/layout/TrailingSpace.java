package org.tracenotes.core.lint.rules.layout;

import java.util.BitSet;
import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.TraceBlock;

/**
 * {@value #ID}: blanks after the text of a line of a fenced trace block (not a blank line, not inside a block
 * comment), ranged over the blanks. The fix removes them.
 */
public final class TrailingSpace extends DefinedRule {

    public static final String ID = "trailing-space";

    public TrailingSpace() {
        super(ID, Severity.INFO, "spaces or tabs at the end of a trace line",
                "```\nf()\n=> a()  \n=> b()\n```\n",
                "remove the trailing blanks");
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        TraceLines lines = new TraceLines(context.note());
        for (TraceBlock b : context.note().traceBlocks()) {
            if (!b.fenced()) {
                continue;
            }
            int last = TraceLines.last(b);
            BitSet blockComments = lines.blockComments(b);
            for (int ln = TraceLines.first(b); ln <= last && ln - 1 < lines.lines.length; ln++) {
                String text = lines.text(ln);
                int end = text.length();
                while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
                    end--;
                }
                if (end < text.length() && end > 0 && !blockComments.get(ln)) {
                    out.add(new Diagnostic(ID, Severity.INFO, "trailing blanks at the end of the line",
                            new SourceRange(ln, end + 1, ln, text.length() + 1, lines.offsets[ln - 1] + end,
                                    lines.offsets[ln - 1] + text.length())));
                }
            }
        }
    }
}
