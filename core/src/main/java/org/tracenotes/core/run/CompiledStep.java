package org.tracenotes.core.run;

import java.util.List;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * A step compiled once per program: its line, the annotations on it and the skip comments above it,
 * the function it expands and its expression as a {@link Node}; what running it would otherwise look
 * up in maps or work out from strings at every step.
 */
final class CompiledStep {

    final Step step;
    final int line;
    /** The annotations on the step (none: an empty list). */
    final List<NoteAnnotations.Placed> annotations;
    /** The comments above it that say code was skipped. */
    final List<Comment> skips;
    /** The function the step expands inline; null if none. */
    final String expanded;
    /** The step's expression; null if it has none. */
    final Node expression;
    /** What the step evaluates as a statement: its expression, or a call for a bare name on a call step. */
    final Node statement;
    /** A loop that tests its condition ({@code while}); other loops run once. */
    final boolean isWhile;
    /** Prose that says code was skipped. */
    final boolean saysSkipped;

    CompiledStep(Step s, NoteAnnotations annotations, ExprCompiler compiler) {
        this.step = s;
        this.line = s.range().line();
        this.annotations = annotations.on(s);
        this.skips = annotations.skipsBefore(s);
        this.expanded = s.expandedFunction().orElse(null);
        this.expression = s.expression() == null ? null : compiler.compile(s.expression());
        this.statement = s.kind() == StepKind.CALL && s.expression() instanceof Expr.Name n ? compiler.bareCall(n) : expression;
        this.isWhile = s.text().startsWith("while") && s.expression() != null;
        this.saysSkipped = Comment.saysSkipped(s.text());
    }
}
