package org.tracenotes.core.outline;

import java.util.HashSet;
import java.util.Set;
import org.tracenotes.core.lint.LintRule;

import java.util.List;
import org.tracenotes.core.model.Block;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Section;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/**
 * The note model as an indented tree, one element a line: {@code line:col}, then the element at its
 * depth. Steps show their kind and payload; {@code → f} marks a call expanded inline (its children are
 * f's body), {@code [elided]} a body of comments only, {@code [snapped]} a repaired indentation,
 * {@code [layout-ambiguous]} a line whose layout fits two trees (the diagnostic names both readings).
 * Trailing comments follow the step.
 */
public final class TextOutline {

    private TextOutline() {
    }

    public static String render(Note note) {
        Set<Integer> ambiguous = new HashSet<>();
        note.diagnostics().stream().filter(d -> d.ruleId().equals(LintRule.LAYOUT_AMBIGUOUS.id()))
                .forEach(d -> ambiguous.add(d.range().line()));
        StringBuilder out = new StringBuilder();
        out.append(note.source()).append('\n');
        for (Section s : note.sections()) {
            line(out, s.heading(), 1, s.level() == 0 ? "preamble" : "section " + "#".repeat(s.level()) + " " + s.title());
            for (Block b : s.blocks()) {
                if (b instanceof TraceBlock t) {
                    traceBlock(out, t, ambiguous);
                } else if (b instanceof CodeBlock c) {
                    line(out, c.range(), 2, "code " + (c.info().isEmpty() ? "(no info)" : c.info())
                            + (c.isPlaceholder() ? " placeholder" + (isFunctionTitle(s) ? " of " + s.title() : "") : ""));
                }
            }
        }
        return out.toString();
    }

    private static boolean isFunctionTitle(Section s) {
        return Note.isIdentifier(s.title());
    }

    private static void traceBlock(StringBuilder out, TraceBlock t, Set<Integer> ambiguous) {
        line(out, t.range(), 2, "trace-block " + (t.fenced() ? (t.info().isEmpty() ? "fenced" : t.info()) : "unfenced")
                + " dialect=" + t.dialect().id());
        for (Root r : t.roots()) {
            line(out, r.range(), 3, "root " + r.kind().id() + " " + r.signature() + trailing(r.comments()));
            steps(out, r.body(), 4, ambiguous);
        }
        if (!t.comments().isEmpty()) {
            line(out, t.comments().get(0).range(), 3, "comments " + t.comments().size());
        }
    }

    /** One step to print: as listed in a body (its alternatives follow it) or as an alternative. */
    private record Visit(Step step, int depth, boolean listed) { }

    /** Prints {@code steps} and everything below them, from a stack on the heap rather than by recursion. */
    private static void steps(StringBuilder out, List<Step> steps, int depth, Set<Integer> ambiguous) {
        java.util.ArrayDeque<Visit> todo = new java.util.ArrayDeque<>();
        push(todo, steps, depth, true);
        while (!todo.isEmpty()) {
            Visit v = todo.pop();
            step(out, v.step(), v.depth(), ambiguous);
            if (v.listed()) {
                push(todo, v.step().alternatives(), v.depth(), false);
            }
            push(todo, v.step().children(), v.depth() + 1, true);
        }
    }

    private static void push(java.util.ArrayDeque<Visit> todo, List<Step> steps, int depth, boolean listed) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            todo.push(new Visit(steps.get(i), depth, listed));
        }
    }

    private static void step(StringBuilder out, Step s, int depth, Set<Integer> ambiguous) {
        StringBuilder text = new StringBuilder();
        String keyword = s.kind().id().replace('-', ' ');
        boolean startsWithKeyword = s.text().startsWith(keyword) && (s.text().length() == keyword.length()
                || !Character.isJavaIdentifierPart(s.text().charAt(keyword.length())));
        if (!startsWithKeyword) {
            text.append(s.kind().id()).append(s.text().isEmpty() ? "" : " ");
        }
        text.append(s.text());
        if (s.role() == StepRole.RESOLVED_TARGET) {
            text.append(" [resolved-target]");
        }
        if (s.role() == StepRole.ALTERNATIVE && s.arrow().symbol().equals("=>")) {
            text.append(" [alternative written with =>]");
        }
        s.expandedFunction().ifPresent(f -> text.append(" → ").append(f));
        if (s.elided()) {
            text.append(" [elided]");
        }
        if (s.snapped()) {
            text.append(" [snapped]");
        }
        if (ambiguous.contains(s.range().line())) {
            text.append(" [layout-ambiguous]");
        }
        text.append(trailing(s.comments()));
        line(out, s.range(), depth, text.toString());
    }

    private static String trailing(List<Comment> comments) {
        StringBuilder sb = new StringBuilder();
        for (Comment c : comments) {
            if (c.placement() == Comment.Placement.TRAILING) {
                sb.append("  ").append(c.written());
            }
        }
        return sb.toString();
    }

    private static void line(StringBuilder out, SourceRange r, int depth, String text) {
        String at = r.line() + ":" + r.column();
        out.append(" ".repeat(Math.max(1, 8 - at.length()))).append(at).append("  ")
                .append("  ".repeat(depth - 1)).append(text).append('\n');
    }
}
