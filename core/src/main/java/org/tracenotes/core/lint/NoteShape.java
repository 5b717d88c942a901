package org.tracenotes.core.lint;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/** How a note nests: every step's line, depth, kind and role — what a formatting fix must not change. */
final class NoteShape {

    private NoteShape() {
    }

    /** Every step's line, depth, kind and role: what a fix must not change. */
    static List<String> of(Note note) {
        List<String> out = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                out.add("root " + r.range().line() + " " + r.name());
                shape(r.body(), 1, out);
            }
        }
        return out;
    }

    private static void shape(List<Step> steps, int depth, List<String> out) {
        for (Step s : steps) {
            out.add(s.range().line() + " " + depth + " " + s.kind() + " " + (s.role() == StepRole.ALTERNATIVE));
            shape(s.children(), depth + 1, out);
            shape(s.alternatives(), depth, out);
        }
    }
}
