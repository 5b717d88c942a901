package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.model.Note;

/**
 * Where a note folds: each traced function from its root line to its last step, and each step with a
 * body (a call expanded inline, a branch) from its line to its body's last line. Lines are 1-based and
 * inclusive; only ranges of two lines or more fold.
 */
public final class Folds {

    /** A foldable line range. */
    public record Fold(int startLine, int endLine) { }

    private Folds() {
    }

    /** The folds of {@code note}, in the order their first lines appear. */
    public static List<Fold> of(Note note) {
        List<Fold> out = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                add(out, r.range().line(), lastLine(r.body(), r.range().endLine()));
                steps(r.body(), out);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Fold::startLine));
        return out;
    }

    private static void steps(List<Step> steps, List<Fold> out) {
        for (Step s : steps) {
            fold(s, out);
            s.alternatives().forEach(a -> fold(a, out));
        }
    }

    private static void fold(Step s, List<Fold> out) {
        add(out, s.range().line(), lastLine(s.children(), s.range().endLine()));
        steps(s.children(), out);
    }

    private static void add(List<Fold> out, int start, int end) {
        if (end > start) {
            out.add(new Fold(start, end));
        }
    }

    /** The last line of {@code steps} and everything below them, or {@code otherwise} if there are none. */
    static int lastLine(List<Step> steps, int otherwise) {
        int last = otherwise;
        for (Step s : steps) {
            last = Math.max(last, s.range().endLine());
            last = Math.max(last, lastLine(s.children(), last));
            last = Math.max(last, lastLine(s.alternatives(), last));
        }
        return last;
    }
}
