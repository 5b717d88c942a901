package org.tracenotes.core.lint.rules.source;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.source.NoteTrace;
import org.tracenotes.core.source.SourceBody;

/**
 * {@value #ID} ({@code lint --source}): two calls of one body noted in an order the source never runs them
 * (the second's last call site comes before the first's first). Bodies that loop or jump back, and calls
 * inside a loop, can run in any order and are not checked; calls the source does not make are
 * {@link CallNotInBody}'s.
 */
public final class CallOrder extends DefinedRule {

    public static final String ID = "call-order";

    public CallOrder() {
        super(ID, Severity.INFO, "with --source: two calls of one body noted in an order the source never runs them",
                null,
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (SourceComparison.Traced t : context.checkable()) {
            List<NoteTrace.NamedCall> made = new ArrayList<>();
            for (Step s : t.body().steps()) {
                for (NoteTrace.NamedCall c : NoteTrace.calls(s)) {
                    if (context.source().makes(t.source(), c.name())) {
                        made.add(c);
                    }
                }
            }
            callOrder(t.body().function(), t.source(), made, out);
        }
    }

    private static void callOrder(String function, SourceBody src, List<NoteTrace.NamedCall> noted, List<Diagnostic> out) {
        if (src.loopsBack()) {
            return;   // a loop or a goto back can run the calls in any order
        }
        for (int i = 1; i < noted.size(); i++) {
            String before = noted.get(i - 1).name();
            String after = noted.get(i).name();
            if (before.equals(after) || src.inLoop(before) || src.inLoop(after)) {
                continue;
            }
            int firstBefore = src.firstLine(before);
            int lastAfter = src.lastLine(after);
            if (firstBefore > 0 && lastAfter > 0 && lastAfter < firstBefore) {
                out.add(new Diagnostic(ID, Severity.INFO, "the note has `" + function + "` call `"
                        + before + "` before `" + after + "`; the source calls `" + after + "` first (line " + lastAfter
                        + ", `" + before + "` on line " + firstBefore + ")", noted.get(i).range()));
            }
        }
    }

}
