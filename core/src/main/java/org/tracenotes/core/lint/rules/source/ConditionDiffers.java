package org.tracenotes.core.lint.rules.source;

import java.util.List;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.lint.rules.DefinedRule;
import org.tracenotes.core.lint.rules.LintContext;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.source.ConditionText;
import org.tracenotes.core.source.NoteTrace;
import org.tracenotes.core.source.SourceBody;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceNode;

/**
 * {@value #ID} ({@code lint --source}): a condition the source does not have in that function, with the
 * closest one quoted (an info when none of its conditions is close). Conditions match the way notes write
 * them ({@link ConditionText}): the seed's {@code if folio = page_folio(page)} is a warning against
 * {@code if (folio == page_folio(page))}.
 */
public final class ConditionDiffers extends DefinedRule {

    public static final String ID = "condition-differs";

    public ConditionDiffers() {
        super(ID, Severity.WARNING, "with --source: an if, loop or switch condition that matches none of the function's in the source; the closest quoted",
                null,
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (SourceComparison.Traced t : context.checkable()) {
            for (Step s : t.body().steps()) {
                condition(context.note(), context.source().index(), t.body().function(), t.source(), s, out);
            }
        }
    }

    private static void condition(Note note, SourceIndex index, String function, SourceBody src, Step s, List<Diagnostic> out) {
        String written = NoteTrace.condition(note, s);
        if (written == null || src.conditions().isEmpty()) {
            return;
        }
        String norm = ConditionText.normalize(written);
        SourceNode.Branch closest = null;
        int best = Integer.MAX_VALUE;
        for (SourceNode.Branch b : src.conditions()) {
            if (ConditionText.matches(norm, b.normalized())) {
                return;
            }
            int d = Suggestions.distance(norm, b.normalized());
            if (d < best) {
                best = d;
                closest = b;
            }
        }
        boolean near = best <= Math.max(2, norm.length() / 4);
        String head = s.kind() == StepKind.LOOP ? "" : s.kind() == StepKind.SWITCH ? "switch " : "if ";
        out.add(new Diagnostic(ID, near ? Severity.WARNING : Severity.INFO, "`" + head
                + written + "` matches no condition of `" + function + "` in the source; closest: `"
                + asC(closest) + "` (" + src.where(closest, index.root()) + ")", s.range()));
    }

    /** A source condition as C: {@code if (folio == page_folio(page))}. */
    static String asC(SourceNode.Branch b) {
        String head = switch (b.kind()) {
            case WHILE, DO_WHILE -> "while";
            case FOR -> "for";
            case SWITCH -> "switch";
            case CASE -> "case";
            default -> "if";
        };
        return b.kind() == SourceNode.BranchKind.CASE ? "case " + b.condition() + ":" : head + " (" + b.condition() + ")";
    }

}
