package org.tracenotes.core.lint.rules.source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

/**
 * {@value #ID} ({@code lint --source}): arms of a traced if or switch (an else, an error exit, a default)
 * that the note leaves out without marking them skipped, one finding per function listing them. A body
 * the note marks skipped, or one that traces none of the source's conditions, claims no arms.
 */
public final class UntracedBranch extends DefinedRule {

    public static final String ID = "untraced-branch";
    /** What a note's {@code default:} traces, among the conditions it traces. */
    private static final String DEFAULT = "\u0000default";

    public UntracedBranch() {
        super(ID, Severity.INFO, "with --source: arms of a traced if or switch (else, error exits) the note leaves out without marking them skipped",
                null,
                null);
    }

    @Override
    public void check(LintContext context, List<Diagnostic> out) {
        for (SourceComparison.Traced t : context.checkable()) {
            if (!t.body().skipped()) {
                untracedBranches(context.note(), t.body(), t.source(), out);
            }
        }
    }

    private static void untracedBranches(Note note, NoteTrace.Body b, SourceBody src, List<Diagnostic> out) {
        Set<String> conditions = new HashSet<>();
        Set<String> elseOf = new HashSet<>();
        for (Step s : b.steps()) {
            String c = NoteTrace.condition(note, s);
            if (c != null) {
                conditions.add(ConditionText.normalize(c));
            }
            if (s.kind() == StepKind.IF && c != null && s.alternatives().stream().anyMatch(a -> a.kind() == StepKind.ELSE)) {
                elseOf.add(ConditionText.normalize(c));
            }
            if (s.kind() == StepKind.CASE) {
                // `=> case X:` traces the case X, `=> default:` the default
                conditions.add("default".equals(s.label()) || s.expression() == null ? DEFAULT
                        : ConditionText.normalize(note.text().substring(s.expression().range().offset(),
                        s.expression().range().endOffset())));
            }
        }
        if (conditions.isEmpty()) {
            return;   // a note that traces no condition of the body does not claim its branches
        }
        Map<String, Integer> left = new LinkedHashMap<>();
        for (SourceBody.Arm arm : src.arms()) {
            boolean traced = switch (arm.kind()) {
                case ELSE -> elseOf.stream().anyMatch(c -> ConditionText.matches(c, arm.head()));
                case DEFAULT -> conditions.contains(DEFAULT);
                default -> conditions.stream().anyMatch(c -> ConditionText.matches(c, arm.branch().normalized()));
            };
            boolean headTraced = conditions.stream().anyMatch(c -> ConditionText.matches(c, arm.head()));
            if (!traced && headTraced && arm.doesSomething()) {
                left.putIfAbsent(arm.describe(), arm.branch().line());
            }
        }
        if (left.isEmpty()) {
            return;
        }
        List<String> listed = new ArrayList<>();
        left.forEach((text, line) -> listed.add(text + " (line " + line + ")"));
        out.add(new Diagnostic(ID, Severity.INFO, "`" + b.function() + "` in the source has "
                + (left.size() == 1 ? "an arm" : left.size() + " arms") + " the note leaves out without saying so: "
                + String.join(", ", listed) + "; trace it or mark it skipped (## 先略, ## skip)", b.anchor()));
    }
}
