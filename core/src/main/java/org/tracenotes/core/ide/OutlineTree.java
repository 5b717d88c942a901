package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/**
 * A note as an editor's outline: traced functions (roots, and calls traced inline), the calls in their
 * bodies, and the branches those calls sit under. Assignments, returns and prose are left out; their bodies are not.
 */
public final class OutlineTree {

    /** What an outline node stands for. */
    public enum Kind {
        /** A traced function: a root. */
        FUNCTION,
        /** A call traced inline: the called function's body is indented below it. */
        EXPANSION,
        /** A call with no body in the note. */
        CALL,
        /** An if / else-if / else / switch / case / loop line. */
        BRANCH
    }

    /**
     * One node.
     *
     * @param kind     what it is
     * @param label    what the outline shows: a function's signature, a call's name, a branch's condition
     * @param range    where it is in the note
     * @param children the nodes below it
     */
    public record Node(Kind kind, String label, SourceRange range, List<Node> children) {

        public Node {
            children = List.copyOf(children);
        }
    }

    private OutlineTree() {
    }

    /** One node per traced function (a root that names a function), in note order. */
    public static List<Node> of(Note note) {
        List<Node> out = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                if (r.definesFunction()) {
                    out.add(new Node(Kind.FUNCTION, r.signature(), r.range(), steps(r.body())));
                }
            }
        }
        return out;
    }

    private static List<Node> steps(List<Step> steps) {
        List<Node> out = new ArrayList<>();
        for (Step s : steps) {
            step(s, out);
            for (Step alt : s.alternatives()) {
                step(alt, out);
            }
        }
        return out;
    }

    private static void step(Step s, List<Node> out) {
        List<Node> below = steps(s.children());
        if (s.kind().isBranchHead()) {
            out.add(new Node(Kind.BRANCH, s.text().isEmpty() ? s.kind().id() : s.text(), s.range(), below));
            return;
        }
        java.util.Optional<String> expanded = s.expandedFunction();
        String called = s.calledFunction().orElse(null);
        if (expanded.isPresent()) {
            out.add(new Node(Kind.EXPANSION, expanded.get(), s.range(), below));
        } else if (called != null && (s.kind() == StepKind.CALL || s.kind() == StepKind.ASSIGN)) {
            out.add(new Node(Kind.CALL, called, s.range(), below));
        } else {
            out.addAll(below);
        }
    }
}
