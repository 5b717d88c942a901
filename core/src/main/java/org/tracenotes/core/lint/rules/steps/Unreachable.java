package org.tracenotes.core.lint.rules.steps;

import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/** {@value #ID}: a step after a return, goto, break or continue of its level, before any label. */
public final class Unreachable extends DefinedRule {

    public static final String ID = "unreachable";

    public Unreachable() {
        super(ID, Severity.WARNING, "a step after a return or goto at the same level",
                "```\nf()\n=> return 1\n=> g()\n```\n",
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (TraceBlock b : context.note().traceBlocks()) {
            for (Root r : b.roots()) {
                unreachable(r.body(), out);
            }
        }
    }

    private static void unreachable(List<Step> steps, List<Diagnostic> out) {
        boolean dead = false;
        Step exit = null;
        for (Step s : steps) {
            if (s.kind() == StepKind.LABEL) {
                dead = false;
            } else if (dead && s.kind() != StepKind.BRACE && s.kind() != StepKind.PROSE && s.kind() != StepKind.CASE) {
                out.add(new Diagnostic(ID, Severity.WARNING, "`" + s.text() + "` can never run: line "
                        + exit.range().line() + " `" + exit.text() + "` leaves this level before it", s.range()));
                dead = false;
            }
            if (s.kind() == StepKind.RETURN || s.kind() == StepKind.GOTO || s.kind() == StepKind.BREAK
                    || s.kind() == StepKind.CONTINUE) {
                dead = true;
                exit = s;
            }
            unreachable(s.children(), out);
            for (Step alt : s.alternatives()) {
                unreachable(alt.children(), out);
            }
        }
    }
}
