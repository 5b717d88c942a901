package org.tracenotes.core.ide;

import java.util.List;
import java.util.Optional;
import java.util.ArrayList;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.Linter;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Fix;
import org.tracenotes.core.model.Note;

/**
 * The text edit that fixes a finding in an editor: the fix its rule made as data ({@link Fix}) — the
 * else arrow ({@code => else} → {@code -> else}), {@code =} → {@code ==} in a condition, a misspelt call
 * replaced by the name lint suggests — or the edit {@code fmt} makes on its line. Nothing is derived
 * here, so an editor's fix is always fmt's.
 */
public final class QuickFixes {

    /**
     * A replacement of {@code length} UTF-16 units at {@code offset} by {@code replacement}.
     *
     * @param label what the editor offers ("Change to `->`")
     */
    public record QuickFix(String label, int offset, int length, String replacement) {

        /** {@code text} with the fix applied. */
        public String apply(String text) {
            return text.substring(0, offset) + replacement + text.substring(offset + length);
        }
    }

    private QuickFixes() {
    }

    /**
     * The fix of {@code finding} in {@code note}, if it has a safe one: the fix the rule made
     * ({@link Diagnostic#fixes}), when the text still holds what it replaces. A finding an editor kept
     * without its data (a marker, a client's copy) gets the fix its rule makes on the step it stands on.
     */
    public static Optional<QuickFix> of(Note note, Diagnostic finding) {
        String text = note.text();
        List<Fix> fixes = finding.fixes();
        if (fixes.isEmpty() && STEP_RULES.contains(finding.ruleId())) {
            List<Diagnostic> again = new ArrayList<>();
            note.steps().stream().filter(s -> s.range().offset() == finding.range().offset()).findFirst()
                    .ifPresent(s -> Linter.staticStepRules(note, s, again));
            fixes = again.stream().filter(d -> d.ruleId().equals(finding.ruleId())).flatMap(d -> d.fixes().stream()).toList();
        }
        return fixes.stream().filter(f -> f.appliesTo(text)).findFirst()
                .map(f -> new QuickFix(f.label(), f.offset(), f.original().length(), f.replacement()));
    }

    /** Rules whose fix a step's own text decides. */
    private static final List<String> STEP_RULES = List.of(LintRule.ELSE_STEP_ARROW.id(), LintRule.ASSIGNMENT_IN_CONDITION.id());

    /** Rules {@code tracenotes fmt} fixes by one edit on the finding's own line. */
    private static final List<String> FMT_LINE_RULES = List.of(LintRule.TRAILING_SPACE.id(), LintRule.INDENT_SNAPPED.id());

    /**
     * Every fix of {@code finding} in {@code note}: {@link #of}'s, or else the edit {@code tracenotes fmt}
     * makes on the finding's line for a rule it fixes line by line (trailing blanks, a snapped
     * indentation). {@code parser} is the one the note was read with ({@link EditorNotes#parser}); it
     * says how wide the block's tabs are.
     */
    public static List<QuickFix> all(Note note, Diagnostic finding, org.tracenotes.core.parse.NoteParser parser) {
        Optional<QuickFix> own = of(note, finding);
        if (own.isPresent()) {
            return List.of(own.get());
        }
        if (!FMT_LINE_RULES.contains(finding.ruleId())) {
            return List.of();
        }
        return org.tracenotes.core.lint.NoteFormatter.fixes(note, parser).stream()
                .filter(e -> e.ruleId().equals(finding.ruleId()) && e.line() == finding.range().line())
                .map(e -> new QuickFix(sentence(LintRule.byId(e.ruleId()).map(LintRule::fixLabel).orElse("fix")),
                        e.offset(), e.length(), e.replacement()))
                .toList();
    }

    private static String sentence(String label) {
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }

    /** Which rules have a quick fix. */
    public static List<String> rules() {
        return List.of(LintRule.ELSE_STEP_ARROW.id(), LintRule.ASSIGNMENT_IN_CONDITION.id(), LintRule.UNKNOWN_FUNCTION.id());
    }
}
