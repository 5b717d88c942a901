package org.tracenotes.core.lint;

import java.util.Locale;
import java.util.Optional;
import org.tracenotes.core.lint.rules.Rule;
import org.tracenotes.core.lint.rules.annotations.InvalidScenario;
import org.tracenotes.core.lint.rules.annotations.UnknownAnnotation;
import org.tracenotes.core.lint.rules.calls.OmittedArgument;
import org.tracenotes.core.lint.rules.calls.UnknownFunction;
import org.tracenotes.core.lint.rules.layout.EmptyTraceBlock;
import org.tracenotes.core.lint.rules.layout.MixedIndentation;
import org.tracenotes.core.lint.rules.layout.TrailingSpace;
import org.tracenotes.core.lint.rules.parse.BinaryInput;
import org.tracenotes.core.lint.rules.parse.CrLineEnds;
import org.tracenotes.core.lint.rules.parse.ElseWithoutIf;
import org.tracenotes.core.lint.rules.parse.EmptyNote;
import org.tracenotes.core.lint.rules.parse.FrontMatter;
import org.tracenotes.core.lint.rules.parse.IndentSnapped;
import org.tracenotes.core.lint.rules.parse.InvalidUtf8;
import org.tracenotes.core.lint.rules.parse.LayoutAmbiguous;
import org.tracenotes.core.lint.rules.parse.LongLine;
import org.tracenotes.core.lint.rules.parse.NotATrace;
import org.tracenotes.core.lint.rules.parse.InternalParserError;
import org.tracenotes.core.lint.rules.parse.ParserLimit;
import org.tracenotes.core.lint.rules.parse.SyntaxError;
import org.tracenotes.core.lint.rules.parse.UnterminatedComment;
import org.tracenotes.core.lint.rules.parse.UnterminatedFence;
import org.tracenotes.core.lint.rules.runs.ExpectationFailed;
import org.tracenotes.core.lint.rules.runs.ScenarioFailed;
import org.tracenotes.core.lint.rules.runs.UnboundIdentifier;
import org.tracenotes.core.lint.rules.source.CallNotInBody;
import org.tracenotes.core.lint.rules.source.CallOrder;
import org.tracenotes.core.lint.rules.source.ConditionDiffers;
import org.tracenotes.core.lint.rules.source.NotInSource;
import org.tracenotes.core.lint.rules.source.UntracedBranch;
import org.tracenotes.core.lint.rules.steps.AssignmentInCondition;
import org.tracenotes.core.lint.rules.steps.ElidedWithoutReturns;
import org.tracenotes.core.lint.rules.steps.ElseStepArrow;
import org.tracenotes.core.lint.rules.steps.EndMarker;
import org.tracenotes.core.lint.rules.steps.Unreachable;
import org.tracenotes.core.model.Severity;

/**
 * Every lint rule, once, in the order every front end lists them (SARIF's rules, {@code lint --list-rules},
 * the README's rules table, editors). Each rule's id, severity, description, example, fix and check live in
 * its own class ({@link Rule}, under {@code lint/rules/}); this registry only names them, and answers for
 * them where a front end or a config needs a value of one type (a config's severities are keyed by it).
 * The parser's own findings are rules too, so that a config can turn them off.
 */
public enum LintRule {
    SYNTAX_ERROR(new SyntaxError()),
    PARSER_LIMIT(new ParserLimit()),
    INTERNAL_ERROR(new InternalParserError()),
    BINARY_INPUT(new BinaryInput()),
    INVALID_UTF8(new InvalidUtf8()),
    CR_LINE_ENDS(new CrLineEnds()),
    FRONT_MATTER(new FrontMatter()),
    UNTERMINATED_FENCE(new UnterminatedFence()),
    UNTERMINATED_COMMENT(new UnterminatedComment()),
    LONG_LINE(new LongLine()),
    EMPTY_NOTE(new EmptyNote()),
    NOT_A_TRACE(new NotATrace()),
    LAYOUT_AMBIGUOUS(new LayoutAmbiguous()),
    INDENT_SNAPPED(new IndentSnapped()),
    ELSE_WITHOUT_IF(new ElseWithoutIf()),
    ELSE_STEP_ARROW(new ElseStepArrow()),
    ASSIGNMENT_IN_CONDITION(new AssignmentInCondition()),
    UNKNOWN_FUNCTION(new UnknownFunction()),
    END_MARKER(new EndMarker()),
    ELIDED_WITHOUT_RETURNS(new ElidedWithoutReturns()),
    UNREACHABLE(new Unreachable()),
    MIXED_INDENTATION(new MixedIndentation()),
    TRAILING_SPACE(new TrailingSpace()),
    UNBOUND_IDENTIFIER(new UnboundIdentifier()),
    OMITTED_ARGUMENT(new OmittedArgument()),
    UNKNOWN_ANNOTATION(new UnknownAnnotation()),
    INVALID_SCENARIO(new InvalidScenario()),
    EXPECTATION_FAILED(new ExpectationFailed()),
    SCENARIO_FAILED(new ScenarioFailed()),
    EMPTY_TRACE_BLOCK(new EmptyTraceBlock()),
    NOT_IN_SOURCE(new NotInSource()),
    CALL_NOT_IN_BODY(new CallNotInBody()),
    CONDITION_DIFFERS(new ConditionDiffers()),
    CALL_ORDER(new CallOrder()),
    UNTRACED_BRANCH(new UntracedBranch());

    private final Rule rule;

    LintRule(Rule rule) {
        this.rule = rule;
    }

    /** The rule's class: its metadata and its check. */
    public Rule rule() {
        return rule;
    }

    public String id() {
        return rule.id();
    }

    public Severity defaultSeverity() {
        return rule.defaultSeverity();
    }

    public String description() {
        return rule.description();
    }

    /** Whether {@code tracenotes fmt} fixes it. */
    public boolean fixable() {
        return rule.fixLabel().isPresent();
    }

    /** What fmt's fix of it does, in words, for SARIF's {@code fixes} and editors' fix lists. */
    public String fixLabel() {
        return rule.fixLabel().orElse("fix " + id());
    }

    /**
     * The README the rules' help anchors are in ({@code #rule-ID} in its rules table); the system property
     * {@code tracenotes.docs} replaces it (a fork's or a mirror's README).
     */
    public static final String DOCS = "https://github.com/tracenotes/tracenotes/blob/main/README.md";

    /** Where the rule is documented: its row of the README's rules table. */
    public String helpUri() {
        return System.getProperty("tracenotes.docs", DOCS) + "#rule-" + id();
    }

    public static Optional<LintRule> byId(String id) {
        String want = id.strip().toLowerCase(Locale.ROOT);
        for (LintRule r : values()) {
            if (r.id().equals(want)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
