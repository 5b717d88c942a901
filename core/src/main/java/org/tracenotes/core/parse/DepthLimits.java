package org.tracenotes.core.parse;

import org.tracenotes.core.lint.rules.parse.ParserLimit;
import java.util.ArrayDeque;
import java.util.ArrayList;
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

    /** The error for the first step or expression (in source order) deeper than the limits, or null. */
    public static Diagnostic check(Note note) {
        ArrayDeque<Step> steps = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        for (Section section : note.sections()) {
            for (TraceBlock block : section.traceBlocks()) {
                for (Root root : block.roots()) {
                    pushAll(root.body(), 1, steps, depths);
                    while (!steps.isEmpty()) {
                        Step s = steps.pop();
                        int depth = depths.pop();
                        if (depth > MAX_STEP_DEPTH) {
                            return new Diagnostic(RULE, Severity.ERROR, "steps nest more than " + MAX_STEP_DEPTH
                                    + " levels deep here; the note is not read (split the trace)", start(s.range()));
                        }
                        Diagnostic deepExpression = checkExpression(s.expression());
                        if (deepExpression != null) {
                            return deepExpression;
                        }
                        // pushed last to first, so that they are visited in source order
                        pushAll(s.alternatives(), depth + 1, steps, depths);
                        pushAll(s.children(), depth + 1, steps, depths);
                        if (s.inline() != null) {
                            steps.push(s.inline());
                            depths.push(depth + 1);
                        }
                    }
                }
            }
        }
        return null;
    }

    private static void pushAll(List<Step> list, int depth, ArrayDeque<Step> steps, ArrayDeque<Integer> depths) {
        for (int i = list.size() - 1; i >= 0; i--) {
            steps.push(list.get(i));
            depths.push(depth);
        }
    }

    private static Diagnostic checkExpression(Expr top) {
        if (top == null || isLeaf(top)) {
            return null;
        }
        ArrayDeque<Expr> exprs = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        exprs.push(top);
        depths.push(1);
        while (!exprs.isEmpty()) {
            Expr e = exprs.pop();
            int depth = depths.pop();
            if (depth > MAX_EXPRESSION_DEPTH) {
                return new Diagnostic(RULE, Severity.ERROR, "expression nests more than " + MAX_EXPRESSION_DEPTH
                        + " operators deep here; the note is not read (split the expression)", start(e.range()));
            }
            List<Expr> children = Expr.children(e);
            for (int i = children.size() - 1; i >= 0; i--) {
                Expr c = children.get(i);
                if (c != null && (!isLeaf(c) || depth + 1 > MAX_EXPRESSION_DEPTH)) {
                    exprs.push(c);
                    depths.push(depth + 1);
                }
            }
        }
        return null;
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
