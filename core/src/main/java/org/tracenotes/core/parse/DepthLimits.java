package org.tracenotes.core.parse;

import org.tracenotes.core.lint.rules.parse.ParserLimit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * How deep a note's model may be: the bound that lets every command walk the model and its expressions
 * recursively. A parsed note whose steps nest deeper than {@link #MAX_STEP_DEPTH}, or with an expression
 * deeper than {@link #MAX_EXPRESSION_DEPTH}, keeps its text and front matter but loses its sections, and
 * gets one {@code parser-limit} error at the first line too deep: every command then refuses it as a note
 * that does not parse, and no walk sees more than the limits.
 *
 * <p>The check itself is iterative (a stack on the heap), so it holds for any depth. The limits are far
 * above any real note (the seed nests 12 levels, its longest expression has 9 operators) and far below
 * what a command's 1 GB stack carries: measured on a thread of a given stack, a step level costs the
 * deepest walk (the outline writers) under 700 bytes and an expression level under 200 (bench/README.md,
 * "depth and memory bounds"), so the limits use under 1% of a command's stack and of the 256 MB one a
 * parse or run gets.
 */
public final class DepthLimits {

    /**
     * Deepest nesting of steps (a body below a step, an alternative below its {@code if}, an inline
     * statement after its condition), a root's body being level 1.
     */
    public static final int MAX_STEP_DEPTH = 5_000;

    /**
     * Deepest expression: operators and calls nested in one step's expression. A line of 16,384
     * characters, the longest the parser reads as a step, nests at most this deep.
     */
    public static final int MAX_EXPRESSION_DEPTH = 20_000;

    /** The rule of the error: the one for notes too large or too deeply nested to parse. */
    static final String RULE = ParserLimit.ID;

    private DepthLimits() {
    }

    /** {@code note}, or when it nests deeper than the limits, its text with no sections and the error. */
    public static Note bound(Note note) {
        Diagnostic tooDeep = check(note);
        if (tooDeep == null) {
            return note;
        }
        List<Diagnostic> ds = new ArrayList<>(note.diagnostics());
        ds.add(tooDeep);
        return new Note(note.source(), note.text(), note.frontMatter(), List.of(), ds);
    }

    /**
     * Whether {@code note} was not read into a model: it nests deeper than the limits, or its parse failed
     * ({@code parser-limit}); a command that runs the model refuses such a note with these errors.
     */
    public static List<Diagnostic> unread(Note note) {
        return note.diagnostics().stream().filter(d -> d.ruleId().equals(RULE) && d.severity() == Severity.ERROR).toList();
    }

    /**
     * The error for the first step or expression (in source order) deeper than the limits, or null. One walk
     * of every step and expression, on stacks of arrays reused through the walk (a check runs after every
     * parse, and per piece of a long note: with a deque of boxed depths and a list of children per
     * expression it was 8% of a 20 MB note's parse, bench/README.md, "fifth session").
     */
    public static Diagnostic check(Note note) {
        Walk walk = new Walk();
        for (Section section : note.sections()) {
            for (TraceBlock block : section.traceBlocks()) {
                for (Root root : block.roots()) {
                    Diagnostic d = walk.steps(root.body());
                    if (d != null) {
                        return d;
                    }
                }
            }
        }
        return null;
    }

    /** The walk's two stacks (steps, then a step's expression), each an array of nodes and one of depths. */
    private static final class Walk {
        private Step[] steps = new Step[64];
        private int[] stepDepths = new int[64];
        private int stepTop;
        private Expr[] exprs = new Expr[64];
        private int[] exprDepths = new int[64];
        private int exprTop;

        /** The first step under {@code body} (level 1), or expression of one, too deep; or null. */
        Diagnostic steps(List<Step> body) {
            stepTop = 0;
            pushSteps(body, 1);
            while (stepTop > 0) {
                Step s = steps[--stepTop];
                int depth = stepDepths[stepTop];
                steps[stepTop] = null;
                if (depth > MAX_STEP_DEPTH) {
                    return new Diagnostic(RULE, Severity.ERROR, "steps nest more than " + MAX_STEP_DEPTH
                            + " levels deep here; the note is not read (split the trace)", start(s.range()));
                }
                Expr e = s.expression();
                if (e != null && !isLeaf(e)) {
                    Diagnostic deepExpression = expression(e);
                    if (deepExpression != null) {
                        return deepExpression;
                    }
                }
                // pushed last to first, so that they are visited in source order
                pushSteps(s.alternatives(), depth + 1);
                pushSteps(s.children(), depth + 1);
                if (s.inline() != null) {
                    pushStep(s.inline(), depth + 1);
                }
            }
            return null;
        }

        private void pushSteps(List<Step> list, int depth) {
            for (int i = list.size() - 1; i >= 0; i--) {
                pushStep(list.get(i), depth);
            }
        }

        private void pushStep(Step s, int depth) {
            if (stepTop == steps.length) {
                steps = Arrays.copyOf(steps, stepTop * 2);
                stepDepths = Arrays.copyOf(stepDepths, stepTop * 2);
            }
            steps[stepTop] = s;
            stepDepths[stepTop++] = depth;
        }

        /** The first node of {@code top} (not a leaf) deeper than the limit, in source order; or null. */
        private Diagnostic expression(Expr top) {
            exprTop = 0;
            pushExpr(top, 1);
            while (exprTop > 0) {
                Expr e = exprs[--exprTop];
                int depth = exprDepths[exprTop];
                exprs[exprTop] = null;
                if (depth > MAX_EXPRESSION_DEPTH) {
                    exprTop = 0;
                    return new Diagnostic(RULE, Severity.ERROR, "expression nests more than " + MAX_EXPRESSION_DEPTH
                            + " operators deep here; the note is not read (split the expression)", start(e.range()));
                }
                pushChildren(e, depth + 1);
            }
            return null;
        }

        /** {@code e}'s sub-expressions (those of {@code Expr.children}, in its order) pushed last to first. */
        private void pushChildren(Expr e, int depth) {
            if (e instanceof Expr.Call c) {
                List<Expr> args = c.arguments();
                for (int i = args.size() - 1; i >= 0; i--) {
                    pushChild(args.get(i), depth);
                }
                pushChild(c.callee(), depth);
            } else if (e instanceof Expr.Member m) {
                pushChild(m.target(), depth);
            } else if (e instanceof Expr.Index i) {
                pushChild(i.index(), depth);
                pushChild(i.target(), depth);
            } else if (e instanceof Expr.Unary u) {
                pushChild(u.operand(), depth);
            } else if (e instanceof Expr.Postfix p) {
                pushChild(p.operand(), depth);
            } else if (e instanceof Expr.Binary b) {
                pushChild(b.right(), depth);
                pushChild(b.left(), depth);
            } else if (e instanceof Expr.Assign a) {
                pushChild(a.value(), depth);
                pushChild(a.target(), depth);
            } else if (e instanceof Expr.Conditional c) {
                pushChild(c.otherwise(), depth);
                pushChild(c.then(), depth);
                pushChild(c.condition(), depth);
            } else if (e instanceof Expr.Cast c) {
                pushChild(c.operand(), depth);
            } else if (e instanceof Expr.Sizeof s) {
                pushChild(s.operand(), depth);
            } else if (e instanceof Expr.InitList l) {
                List<Expr> elements = l.elements();
                for (int i = elements.size() - 1; i >= 0; i--) {
                    pushChild(elements.get(i), depth);
                }
            }
        }

        /** A leaf is only visited when it is itself too deep (a node with children always is). */
        private void pushChild(Expr c, int depth) {
            if (c != null && (!isLeaf(c) || depth > MAX_EXPRESSION_DEPTH)) {
                pushExpr(c, depth);
            }
        }

        private void pushExpr(Expr e, int depth) {
            if (exprTop == exprs.length) {
                exprs = Arrays.copyOf(exprs, exprTop * 2);
                exprDepths = Arrays.copyOf(exprDepths, exprTop * 2);
            }
            exprs[exprTop] = e;
            exprDepths[exprTop++] = depth;
        }
    }

    /** Whether {@code e} has no sub-expressions (most nodes: visited without allocating). */
    private static boolean isLeaf(Expr e) {
        return e instanceof Expr.Name || e instanceof Expr.Literal || e instanceof Expr.Ellipsis
                || e instanceof Expr.Omitted || e instanceof Expr.TypeRef || e instanceof Expr.Param;
    }

    private static SourceRange start(SourceRange r) {
        return SourceRange.at(r.line(), r.column(), r.offset());
    }
}
