package org.tracenotes.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/**
 * A note read as claims about functions, for comparing with a {@link SourceIndex}: each place the note
 * traces a function's body (a root, or a call expanded inline) with the steps that belong to that body,
 * in note order, and for each step the calls it makes by name. A loop macro written as a step with a
 * body ({@code => list_for_each_entry(p, head, lru)}) keeps its body in the function around it.
 */
public final class NoteTrace {

    /**
     * One traced body.
     *
     * @param function the function traced
     * @param anchor   the root line or the step that expands it
     * @param steps    its steps, nested branch bodies included, expanded calls' bodies not; in note order
     * @param skipped  whether the note says it leaves something of this body out (先略, skip, ...)
     */
    public record Body(String function, SourceRange anchor, List<Step> steps, boolean skipped) { }

    /** A call by name in a step: {@code f(x)}, {@code r = f(x)}, {@code if f(x)}, a bare {@code f} step. */
    public record NamedCall(String name, Step step, SourceRange range) { }

    private NoteTrace() {
    }

    /** Every traced body of {@code note}, roots first, in note order. */
    public static List<Body> bodies(Note note) {
        List<Body> out = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                if (!r.definesFunction()) {
                    continue;
                }
                List<Step> steps = new ArrayList<>();
                boolean[] skipped = {r.comments().stream().anyMatch(Comment::saysSkipped)};
                List<Body> inner = new ArrayList<>();
                walk(r.body(), steps, skipped, inner);
                out.add(new Body(r.name(), r.range(), steps, skipped[0]));
                out.addAll(inner);
            }
        }
        return out;
    }

    private static void walk(List<Step> list, List<Step> steps, boolean[] skipped, List<Body> inner) {
        for (Step s : list) {
            steps.add(s);
            if (s.elided() || s.kind() == StepKind.PROSE || s.comments().stream().anyMatch(Comment::saysSkipped)) {
                skipped[0] = true;
            }
            String expanded = s.expandedFunction().orElse(null);
            if (expanded != null && !isLoopMacro(expanded)) {
                List<Step> calleeSteps = new ArrayList<>();
                boolean[] calleeSkipped = {false};
                List<Body> deeper = new ArrayList<>();
                walk(s.children(), calleeSteps, calleeSkipped, deeper);
                inner.add(new Body(expanded, s.range(), calleeSteps, calleeSkipped[0]));
                inner.addAll(deeper);
            } else {
                walk(s.children(), steps, skipped, inner);
            }
            walk(s.alternatives(), steps, skipped, inner);
        }
    }

    /** Whether a name is a loop macro ({@code list_for_each_entry}, {@code xa_for_each}): its body is the caller's. */
    public static boolean isLoopMacro(String name) {
        return name.contains("for_each") || name.contains("foreach");
    }

    /** The calls by name a step makes, outermost first. */
    public static List<NamedCall> calls(Step s) {
        List<NamedCall> out = new ArrayList<>();
        if (s.expression() instanceof Expr.Name n && s.kind() == StepKind.CALL) {
            out.add(new NamedCall(n.name(), s, n.range()));
        }
        if (s.expression() != null) {
            calls(s.expression(), s, out);
        }
        if (s.inline() != null) {
            out.addAll(calls(s.inline()));
        }
        return out;
    }

    private static void calls(Expr e, Step s, List<NamedCall> out) {
        if (e instanceof Expr.Call c && c.callee() instanceof Expr.Name n) {
            out.add(new NamedCall(n.name(), s, c.range()));
        }
        for (Expr child : children(e)) {
            calls(child, s, out);
        }
    }

    private static List<Expr> children(Expr e) {
        List<Expr> out = new ArrayList<>();
        if (e instanceof Expr.Call c) {
            if (!(c.callee() instanceof Expr.Name)) {
                out.add(c.callee());
            }
            out.addAll(c.arguments());
        } else if (e instanceof Expr.Member m) {
            out.add(m.target());
        } else if (e instanceof Expr.Index i) {
            out.add(i.target());
            out.add(i.index());
        } else if (e instanceof Expr.Unary u) {
            out.add(u.operand());
        } else if (e instanceof Expr.Postfix p) {
            out.add(p.operand());
        } else if (e instanceof Expr.Binary b) {
            out.add(b.left());
            out.add(b.right());
        } else if (e instanceof Expr.Assign a) {
            out.add(a.target());
            out.add(a.value());
        } else if (e instanceof Expr.Conditional c) {
            out.add(c.condition());
            out.add(c.then());
            out.add(c.otherwise());
        } else if (e instanceof Expr.Cast c) {
            out.add(c.operand());
        } else if (e instanceof Expr.Sizeof z && z.operand() != null) {
            out.add(z.operand());
        } else if (e instanceof Expr.InitList l) {
            out.addAll(l.elements());
        }
        return out;
    }

    /** The condition of an if, else-if, while or switch step as written in the note, or null. */
    public static String condition(Note note, Step s) {
        Set<StepKind> kinds = Set.of(StepKind.IF, StepKind.ELSE_IF, StepKind.SWITCH, StepKind.LOOP);
        if (!kinds.contains(s.kind()) || s.expression() == null) {
            return null;
        }
        if (s.kind() == StepKind.LOOP && s.expression() instanceof Expr.Call c && c.callee() instanceof Expr.Name n
                && isLoopMacro(n.name())) {
            return null;   // a loop macro is checked as a call
        }
        SourceRange r = s.expression().range();
        if (r.offset() < 0 || r.endOffset() > note.text().length() || r.endOffset() <= r.offset()) {
            return null;
        }
        String text = note.text().substring(r.offset(), r.endOffset());
        if (text.contains("...") || text.contains("…") || !text.chars().allMatch(ch -> ch < 0x80)) {
            return null;   // an elided or worded condition says nothing checkable
        }
        return text.strip();
    }
}
