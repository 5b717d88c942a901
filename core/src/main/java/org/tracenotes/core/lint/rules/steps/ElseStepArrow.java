package org.tracenotes.core.lint.rules.steps;

import java.util.List;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/** {@value #ID}: an else written with the step arrow in the seed dialect; the fix writes {@code ->}. */
public final class ElseStepArrow extends DefinedRule {

    public static final String ID = "else-step-arrow";

    public ElseStepArrow() {
        super(ID, Severity.WARNING, "an else / else-if written with the step arrow `=>` in the seed dialect, where `->` marks an alternative",
                "```\nf()\n=> if a:\n   => b()\n=> else\n   => c()\n```\n",
                "write the alternative with `->`");
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (Step s : context.note().steps()) {
            check(context.note(), s, out);
        }
    }

    /** The finding on step {@code s}, if it has one (fmt and the editors re-check one step). */
    public static void check(Note note, Step s, List<Diagnostic> out) {
        if ((s.kind() == StepKind.ELSE || s.kind() == StepKind.ELSE_IF) && s.role() == StepRole.ALTERNATIVE
                && s.arrow() == Arrow.STEP && dialectOf(note, s) == Dialect.SEED) {
            int at = s.range().offset();
            List<Fix> fix = note.text().startsWith("=>", at)
                    ? List.of(new Fix("Change `=>` to `->` (an alternative of the if above)", at, "=>", "->")) : List.of();
            out.add(new Diagnostic(ID, Severity.WARNING, "`=> " + s.text()
                    + "` is an alternative of the if above, written with the step arrow; write `-> " + s.text() + "`",
                    s.range(), fix));
        }
    }

    private static Dialect dialectOf(Note note, Step s) {
        for (Section section : note.sections()) {
            for (Block block : section.blocks()) {
                if (block instanceof TraceBlock b && b.range().line() <= s.range().line()
                        && s.range().line() <= b.range().endLine()) {
                    return b.dialect();
                }
            }
        }
        return Dialect.SEED;
    }
}
