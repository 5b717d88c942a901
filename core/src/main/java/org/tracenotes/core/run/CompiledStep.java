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
    /** The step's kind, line and whether it is elided, read here rather than from the step on every run. */
    final StepKind kind;
    final int line;
    final boolean elided;
    /** The annotations on the step (none: an empty list). */
    final List<NoteAnnotations.Placed> annotations;
    /** The comments above it that say code was skipped. */
    final List<Comment> skips;
    /** Whether it has annotations, skip comments: read at every step, so a field rather than a list's {@code isEmpty}. */
    final boolean hasAnnotations;
    final boolean hasSkips;
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
    /** An expression that is a plain assignment ({@code if (a = b)}: leniency when it is a condition). */
    final boolean assigns;
    /** The lines indented under it, compiled; set once when the note's tree is compiled. */
    CompiledStep[] children = NONE;
    /** Its {@code else if} / {@code else} alternatives, compiled. */
    CompiledStep[] alternatives = NONE;
    /** The statement written on its line after a case or branch, compiled; null if none. */
    CompiledStep inline;

    static final CompiledStep[] NONE = new CompiledStep[0];

    /** The places the frame of this step's expansion starts with; 0 until counted (any thread may count it). */
    private int expansionFrameSize;

    /** The places the frame running this step's expansion, with {@code params}, starts with ({@link FrameSizes}). */
    int expansionFrameSize(String[] params) {
        int n = expansionFrameSize;
        if (n == 0) {
            n = FrameSizes.of(params, children);
            expansionFrameSize = n;
        }
        return n;
    }

    CompiledStep(Step s, NoteAnnotations annotations, ExprCompiler compiler) {
        this.step = s;
        this.kind = s.kind();
        this.line = s.range().line();
        this.elided = s.elided();
        this.annotations = annotations.on(s);
        this.skips = annotations.skipsBefore(s);
        this.hasAnnotations = !this.annotations.isEmpty();
        this.hasSkips = !this.skips.isEmpty();
        this.expanded = s.expandedFunction().orElse(null);
        this.expression = s.expression() == null ? null : compiler.compile(s.expression());
        this.statement = s.kind() == StepKind.CALL && s.expression() instanceof Expr.Name n ? compiler.bareCall(n) : expression;
        this.isWhile = s.text().startsWith("while") && s.expression() != null;
        this.saysSkipped = Comment.saysSkipped(s.text());
        this.assigns = s.expression() instanceof Expr.Assign a && a.op().equals("=");
    }

    /** {@code list} compiled with everything under it, each step also put in {@code into} when not null. */
    static CompiledStep[] tree(List<Step> list, NoteAnnotations annotations, ExprCompiler compiler,
                               java.util.Map<Step, CompiledStep> into) {
        if (list.isEmpty()) {
            return NONE;
        }
        CompiledStep[] out = new CompiledStep[list.size()];
        for (int i = 0; i < out.length; i++) {
            Step s = list.get(i);
            CompiledStep c = new CompiledStep(s, annotations, compiler);
            if (into != null) {
                into.put(s, c);
            }
            if (s.inline() != null) {
                c.inline = tree(List.of(s.inline()), annotations, compiler, into)[0];
            }
            c.children = tree(s.children(), annotations, compiler, into);
            c.alternatives = tree(s.alternatives(), annotations, compiler, into);
            out[i] = c;
        }
        return out;
    }
}
