package org.tracenotes.core.run;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.TraceBlock;

/**
 * The steps of one loaded note compiled for a program, all at its first run and then shared by every
 * run of the program (every scenario, every explored state, from any thread).
 */
final class CompiledNote {

    private final Note note;
    private final NoteAnnotations annotations;
    private final ExprCompiler compiler;
    private volatile Map<Step, CompiledStep> steps;

    CompiledNote(Note note, NoteAnnotations annotations, ExprCompiler compiler) {
        this.note = note;
        this.annotations = annotations;
        this.compiler = compiler;
    }

    /** The compiled form of a step of this note. */
    CompiledStep step(Step s) {
        Map<Step, CompiledStep> m = steps;
        if (m == null) {
            m = compileAll();
        }
        CompiledStep c = m.get(s);
        return c != null ? c : new CompiledStep(s, annotations, compiler);
    }

    private synchronized Map<Step, CompiledStep> compileAll() {
        if (steps == null) {
            Map<Step, CompiledStep> m = new IdentityHashMap<>();
            for (TraceBlock b : note.traceBlocks()) {
                for (Root r : b.roots()) {
                    add(r.body(), m);
                }
            }
            steps = m;
        }
        return steps;
    }

    private void add(List<Step> list, Map<Step, CompiledStep> m) {
        for (Step s : list) {
            m.put(s, new CompiledStep(s, annotations, compiler));
            if (s.inline() != null) {
                add(List.of(s.inline()), m);
            }
            add(s.children(), m);
            add(s.alternatives(), m);
        }
    }
}
