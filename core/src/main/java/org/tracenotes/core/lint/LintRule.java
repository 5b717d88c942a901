package org.tracenotes.core.lint;

import java.util.Locale;
import java.util.Optional;
import org.tracenotes.core.model.Severity;

/**
 * The lint rules: stable ids (scripts, configs and SARIF rely on them), a default severity and a
 * one-line description. The parser's own findings are rules too, so that a config can turn them off.
 */
public enum LintRule {
    SYNTAX_ERROR("syntax-error", Severity.ERROR, "a line the grammar cannot read", false),
    PARSER_LIMIT("parser-limit", Severity.ERROR, "a note too large or too deeply nested to parse", false),
    BINARY_INPUT("binary-input", Severity.ERROR, "a file with NUL bytes, not a note", false),
    INVALID_UTF8("invalid-utf8", Severity.WARNING, "bytes that are not UTF-8 (read as U+FFFD)", false),
    CR_LINE_ENDS("cr-line-ends", Severity.WARNING, "a note whose lines end in CR alone, read as line breaks; fmt leaves it alone", false),
    FRONT_MATTER("front-matter", Severity.WARNING, "YAML front matter that is invalid or has unknown tracenotes keys", false),
    UNTERMINATED_FENCE("unterminated-fence", Severity.WARNING, "a code fence that is never closed", false),
    UNTERMINATED_COMMENT("unterminated-comment", Severity.WARNING, "a /* comment that is never closed", false),
    LONG_LINE("long-line", Severity.WARNING, "a line too long to read as a step", false),
    EMPTY_NOTE("empty-note", Severity.INFO, "a note with no text", false),
    NOT_A_TRACE("not-a-trace", Severity.INFO, "a block that looks like a trace but is a listing (gdb, ftrace, a diagram)", false),
    LAYOUT_AMBIGUOUS("layout-ambiguous", Severity.INFO,
            "a line whose layout fits two trees: the reading taken and the other one are named", false),
    INDENT_SNAPPED("indent-snapped", Severity.WARNING, "indentation that matched no open level and was snapped to the nearest", true),
    ELSE_WITHOUT_IF("else-without-if", Severity.WARNING, "a `->` alternative (or else) with no open if at its level", false),
    ELSE_STEP_ARROW("else-step-arrow", Severity.WARNING,
            "an else / else-if written with the step arrow `=>` in the seed dialect, where `->` marks an alternative", true),
    ASSIGNMENT_IN_CONDITION("assignment-in-condition", Severity.WARNING,
            "`if a = b` assigns and tests the value; `==` compares", true),
    UNKNOWN_FUNCTION("unknown-function", Severity.WARNING,
            "a call no loaded note traces, the page model does not know and the symbol index lacks", false),
    END_MARKER("end-marker", Severity.WARNING,
            "an end-marker comment (`## END: f`, `## f end`, `## IN f`) that names a function it neither closes nor re-enters", false),
    ELIDED_WITHOUT_RETURNS("elided-without-returns", Severity.INFO,
            "an elided arm with no `@returns`: runs pass through it without its effect", false),
    UNREACHABLE("unreachable", Severity.WARNING, "a step after a return or goto at the same level", false),
    MIXED_INDENTATION("mixed-indentation", Severity.WARNING, "a trace block indented with both tabs and spaces", true),
    TRAILING_SPACE("trailing-space", Severity.INFO, "spaces or tabs at the end of a trace line", true),
    UNBOUND_IDENTIFIER("unbound-identifier", Severity.INFO,
            "an identifier read but never bound in its function; runs take it from the caller or the reference trace", false),
    OMITTED_ARGUMENT("omitted-argument", Severity.INFO, "a call without an argument its signature has; runs take the caller's", false),
    UNKNOWN_ANNOTATION("unknown-annotation", Severity.WARNING, "an `@word` annotation Tracenotes does not know", false),
    INVALID_SCENARIO("invalid-scenario", Severity.ERROR, "an `@scenario` that is malformed or sets an unknown key or value", false),
    EXPECTATION_FAILED("expectation-failed", Severity.ERROR, "an `@expect` that does not hold when the note's scenarios run", false),
    SCENARIO_FAILED("scenario-failed", Severity.ERROR,
            "a scenario whose run stops before returning (unknown function, budget, error)", false),
    EMPTY_TRACE_BLOCK("empty-trace-block", Severity.INFO, "an empty code block standing for a function not traced yet", false),
    NOT_IN_SOURCE("not-in-source", Severity.WARNING,
            "with --source: a function the note calls that the source tree neither defines nor calls; did-you-mean from the tree", false),
    CALL_NOT_IN_BODY("call-not-in-body", Severity.WARNING,
            "with --source: the note says f calls g, and f's body in the source does not; the nearest callee of f suggested", false),
    CONDITION_DIFFERS("condition-differs", Severity.WARNING,
            "with --source: an if, loop or switch condition that matches none of the function's in the source; the closest quoted", false),
    CALL_ORDER("call-order", Severity.INFO, "with --source: two calls of one body noted in an order the source never runs them", false),
    UNTRACED_BRANCH("untraced-branch", Severity.INFO,
            "with --source: arms of a traced if or switch (else, error exits) the note leaves out without marking them skipped", false);

    private final String id;
    private final Severity severity;
    private final String description;
    private final boolean fixable;

    LintRule(String id, Severity severity, String description, boolean fixable) {
        this.id = id;
        this.severity = severity;
        this.description = description;
        this.fixable = fixable;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return severity;
    }

    public String description() {
        return description;
    }

    /** Whether {@code tracenotes fmt} fixes it. */
    public boolean fixable() {
        return fixable;
    }

    /** What fmt's fix of it does, in words, for SARIF's {@code fixes} and editors' fix lists. */
    public String fixLabel() {
        return switch (this) {
            case ELSE_STEP_ARROW -> "write the alternative with `->`";
            case ASSIGNMENT_IN_CONDITION -> "compare with `==`";
            case TRAILING_SPACE -> "remove the trailing blanks";
            case INDENT_SNAPPED -> "indent to the level the line is read at";
            case MIXED_INDENTATION -> "indent the block's lines with spaces";
            default -> "fix " + id;
        };
    }

    /**
     * The README the rules' help anchors are in ({@code #rule-ID} in its rules table); the system property
     * {@code tracenotes.docs} replaces it (a fork's or a mirror's README).
     */
    public static final String DOCS = "https://github.com/tracenotes/tracenotes/blob/main/README.md";

    /** Where the rule is documented: its row of the README's rules table. */
    public String helpUri() {
        return System.getProperty("tracenotes.docs", DOCS) + "#rule-" + id;
    }

    public static Optional<LintRule> byId(String id) {
        String want = id.strip().toLowerCase(Locale.ROOT);
        for (LintRule r : values()) {
            if (r.id.equals(want)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
