package org.tracenotes.core.lint.rules;

import java.util.List;
import java.util.Optional;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/**
 * One lint rule, all in one place: its stable id (scripts, configs, SARIF and suppressions rely on it), its
 * default severity, a one-line description, a short example note that shows it, what its fix does, and its
 * check. {@link org.tracenotes.core.lint.LintRule} lists every rule once, in the order every front end shows
 * them; {@link org.tracenotes.core.lint.Linter} only runs the rules and applies severities and suppressions.
 */
public interface Rule {

    /** The stable id, each rule class's {@code ID} constant. */
    String id();

    Severity defaultSeverity();

    String description();

    /**
     * A short note that shows one finding of the rule, for the docs and the rule's tests; empty when a
     * finding needs what a note alone cannot show (a source tree, NUL bytes, a note too large).
     */
    Optional<String> example();

    /** What the fix {@code fmt} and the editors apply does, in words; empty when the rule has no safe fix. */
    default Optional<String> fixLabel() {
        return Optional.empty();
    }

    /**
     * Adds the findings of this rule in {@code context}'s note to {@code out}, in the order the rule meets
     * them; each with its fix as data where it has one.
     */
    void check(LintContext context, List<Diagnostic> out);
}
