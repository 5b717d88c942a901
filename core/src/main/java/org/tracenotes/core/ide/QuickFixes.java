package org.tracenotes.core.ide;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;

/**
 * The text edit that fixes a finding, where the fix is safe and local: the else arrow
 * ({@code => else} → {@code -> else}), {@code =} → {@code ==} in a condition, and a misspelt call
 * replaced by the name lint suggests. Everything else has no quick fix.
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

    private static final Pattern UNKNOWN = Pattern.compile("^unknown function `([A-Za-z_][A-Za-z0-9_]*)`");
    private static final Pattern DID_YOU_MEAN = Pattern.compile("did you mean `([A-Za-z_][A-Za-z0-9_]*)`");

    private QuickFixes() {
    }

    /** The fix of {@code finding} in {@code note}, if it has a safe one. */
    public static Optional<QuickFix> of(Note note, Diagnostic finding) {
        String text = note.text();
        int start = finding.range().offset();
        int end = Math.min(text.length(), finding.range().endOffset());
        if (start < 0 || start > end) {
            return Optional.empty();
        }
        if (finding.ruleId().equals(LintRule.ELSE_STEP_ARROW.id())) {
            // the finding's range is the step's; its text must still start with the arrow
            return step(note, finding)
                    .filter(s -> s.kind() == org.tracenotes.core.model.StepKind.ELSE
                            || s.kind() == org.tracenotes.core.model.StepKind.ELSE_IF)
                    .filter(s -> text.startsWith("=>", start))
                    .map(s -> new QuickFix("Change `=>` to `->` (an alternative of the if above)", start, 2, "->"));
        }
        if (finding.ruleId().equals(LintRule.ASSIGNMENT_IN_CONDITION.id())) {
            return step(note, finding).map(Step::expression)
                    .filter(e -> e instanceof Expr.Assign a && a.op().equals("="))
                    .map(e -> (Expr.Assign) e)
                    .flatMap(a -> {
                        int eq = text.indexOf('=', a.target().range().endOffset());
                        return eq >= 0 && eq < a.value().range().offset()
                                ? Optional.of(new QuickFix("Change `=` to `==` (compare)", eq, 1, "=="))
                                : Optional.empty();
                    });
        }
        if (finding.ruleId().equals(LintRule.UNKNOWN_FUNCTION.id())) {
            Matcher m = DID_YOU_MEAN.matcher(finding.message());
            Matcher name = UNKNOWN.matcher(finding.message());
            if (!m.find() || !name.find()) {
                return Optional.empty();
            }
            // the finding's range starts at the misspelt name; if the text moved since, there is no fix
            String misspelt = name.group(1);
            int after = start + misspelt.length();
            boolean there = text.startsWith(misspelt, start)
                    && (after == text.length() || !(Character.isLetterOrDigit(text.charAt(after)) || text.charAt(after) == '_'));
            return there ? Optional.of(new QuickFix("Change to `" + m.group(1) + "`", start, misspelt.length(), m.group(1)))
                    : Optional.empty();
        }
        return Optional.empty();
    }

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

    private static Optional<Step> step(Note note, Diagnostic finding) {
        return note.steps().stream().filter(s -> s.range().offset() == finding.range().offset()).findFirst();
    }
}
