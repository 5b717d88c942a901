package org.tracenotes.core.model;

import java.util.List;
import java.util.Optional;

/**
 * One step of a trace: a line led by an arrow (or an arrowless child), with its payload, its body
 * (the deeper lines below it) and, for an {@code if}, its else-if / else alternatives.
 *
 * @param kind        what the payload does
 * @param arrow       the leading arrow as written
 * @param role        what the arrow means in the block's dialect
 * @param text        the payload as written, comments and the trailing {@code ; : {} removed
 * @param expression  the main expression: a call or assignment; the condition of an if, else-if,
 *                    loop or switch; the value of a return or case; null for prose and else
 * @param inline      the statement written on the same line after a condition
 *                    ({@code if (x) foo()}), or null
 * @param label       the target of a goto or the name of a label, or null
 * @param declaredType the type of a declaration ({@code int n = …}), or null
 * @param indent      the column of the step's text after tabs are expanded, relative to the fence
 * @param snapped     whether the indentation matched no open level and was snapped to the nearest
 * @param range       the step's line (all joined continuation lines)
 * @param children    the body
 * @param alternatives for an if: the else-if / else steps of its chain, in order
 * @param comments    leading, trailing and body comments
 * @param annotations the comments that are annotations ({@code ## @expect …})
 * @param elided      whether the body holds only comments (“先略”)
 */
public record Step(
        StepKind kind,
        Arrow arrow,
        StepRole role,
        String text,
        Expr expression,
        Step inline,
        String label,
        String declaredType,
        int indent,
        boolean snapped,
        SourceRange range,
        List<Step> children,
        List<Step> alternatives,
        List<Comment> comments,
        List<Annotation> annotations,
        boolean elided) {

    public Step {
        children = List.copyOf(children);
        alternatives = List.copyOf(alternatives);
        comments = List.copyOf(comments);
        annotations = List.copyOf(annotations);
    }

    /**
     * The function this step expands inline: a direct call with a body below it. An indirect call
     * ({@code ops->handle(op)}, {@code static_call(x)(…)}) expands nothing itself; its resolved target
     * does.
     */
    public Optional<String> expandedFunction() {
        if (children.isEmpty() || expression == null || kind.isBranchHead()) {
            return Optional.empty();
        }
        Optional<String> called = calledFunction();
        if (called.isPresent()) {
            return called;
        }
        return callee() instanceof Expr.Name n && kind == StepKind.CALL ? Optional.of(n.name()) : Optional.empty();
    }

    /**
     * The function this step calls directly, with or without a body below it: {@code f(x)},
     * {@code r = f(x)}, {@code r = (T) f(x)}. Empty for anything else, a bare name included.
     */
    public Optional<String> calledFunction() {
        return callee() instanceof Expr.Call c && c.callee() instanceof Expr.Name n ? Optional.of(n.name()) : Optional.empty();
    }

    /** The step's expression with an assignment's target and any casts taken off. */
    private Expr callee() {
        Expr e = expression;
        if (e instanceof Expr.Assign a) {
            e = a.value();
        }
        while (e instanceof Expr.Cast c) {
            e = c.operand();
        }
        return e;
    }

    /** The comments at one placement. */
    public List<Comment> comments(Comment.Placement placement) {
        return comments.stream().filter(c -> c.placement() == placement).toList();
    }
}
