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
 * {@value #ID}: a trace block whose code lines are indented with tabs and with spaces, once per block, at the
 * first line that makes it mixed; comment lines do not count. The fix turns the tabs into spaces.
 */
public final class MixedIndentation extends DefinedRule {

    public static final String ID = "mixed-indentation";

    public MixedIndentation() {
        super(ID, Severity.WARNING, "a trace block indented with both tabs and spaces",
                "```\nf()\n=> if a:\n   => b()\n=> if c:\n\t=> d()\n```\n",
                "indent the block's lines with spaces");
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        TraceLines lines = new TraceLines(context.note());
        for (TraceBlock b : context.note().traceBlocks()) {
            boolean tabs = false;
            boolean spaces = false;
            int firstTab = 0;
            int firstSpace = 0;
            int last = TraceLines.last(b);
            BitSet blockComments = lines.blockComments(b);
            for (int ln = TraceLines.first(b); ln <= last && ln - 1 < lines.lines.length; ln++) {
                String text = lines.text(ln);
                int i = 0;
                boolean lineTab = false;
                boolean lineSpace = false;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    lineTab |= text.charAt(i) == '\t';
                    lineSpace |= text.charAt(i) == ' ';
                    i++;
                }
                boolean commentLine = blockComments.get(ln) || i < text.length() && text.charAt(i) == '#'
                        || text.startsWith("//", i);
                boolean code = i > 0 && i < text.length() && !commentLine;
                if (code && lineTab && firstTab == 0) {
                    firstTab = ln;
                }
                if (code && lineSpace && firstSpace == 0) {
                    firstSpace = ln;
                }
                tabs |= code && lineTab;
                spaces |= code && lineSpace;
                if (tabs && spaces) {
                    int at = Math.max(firstTab, firstSpace);
                    out.add(new Diagnostic(ID, Severity.WARNING, "this trace block indents with "
                            + (at == firstTab ? "a tab here, spaces on line " + firstSpace : "spaces here, a tab on line " + firstTab)
                            + "; `tracenotes fmt` turns tabs into spaces", SourceRange.at(at, 1, lines.offsets[at - 1])));
                    break;
                }
            }
        }
    }
}
