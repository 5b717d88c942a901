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
    /** Each root's body compiled, by the body's list. */
    private Map<List<Step>, CompiledStep[]> bodies;

    CompiledNote(Note note, NoteAnnotations annotations, ExprCompiler compiler) {
        this.note = note;
        this.annotations = annotations;
        this.compiler = compiler;
    }

    /** A root's end-of-run expectations, read once for the root last asked for. */
    private record EndExpectations(Root root, List<NoteAnnotations.Expectation> expectations) { }

    private volatile EndExpectations end;

    /** The {@code @expect}s checked at the end of {@code root}'s runs. */
    List<NoteAnnotations.Expectation> endExpectations(Root root) {
        EndExpectations e = end;
        if (e == null || e.root != root) {
            e = new EndExpectations(root, List.copyOf(annotations.endExpectations(root)));
            end = e;
        }
        return e.expectations;
    }

    /**
     * A root's parameter names, interned (as the compiler's names are), the places its frame starts
     * with ({@link FrameSizes}) and its body compiled; the root last asked for kept at hand.
     */
    private record Parameters(Root root, List<String> names, int frameSize, CompiledStep[] body) { }

    private volatile Parameters parameters;

    /** {@code root}'s parameter names as the compiler's interned strings. */
    List<String> parameters(Root root) {
        return rootParameters(root).names;
    }

    /** The places a frame running {@code root} starts with. */
    int frameSize(Root root) {
        return rootParameters(root).frameSize;
    }

    /** {@code root}'s body compiled, kept with its parameters: a run finds it without a lookup. */
    CompiledStep[] rootBody(Root root) {
        return rootParameters(root).body;
    }

    /** Every root's {@link Parameters} worked out so far, by identity (guarded by itself). */
    private final Map<Root, Parameters> rootsSeen = new IdentityHashMap<>();

    private Parameters rootParameters(Root root) {
        Parameters p = parameters;
        if (p == null || p.root != root) {
            synchronized (rootsSeen) {
                p = rootsSeen.get(root);
                if (p == null) {
                    List<String> names = root.parameters().stream().map(String::intern).toList();
                    CompiledStep[] body = body(root.body());
                    p = new Parameters(root, names, FrameSizes.of(names.toArray(String[]::new), body), body);
                    rootsSeen.put(root, p);
                }
            }
            parameters = p;
        }
        return p;
    }

    /** The compiled form of a step of this note. */
    CompiledStep step(Step s) {
        Map<Step, CompiledStep> m = steps;
        if (m == null) {
            m = compileAll();
        }
        CompiledStep c = m.get(s);
        return c != null ? c : CompiledStep.tree(List.of(s), annotations, compiler, null)[0];
    }

    /**
     * A body of this note compiled: a root's or a reference trace's found whole; another list (the
     * lines under a step, run as a root of their own) put together from its steps' compiled forms.
     */
    CompiledStep[] body(List<Step> body) {
        Map<Step, CompiledStep> m = steps;
        if (m == null) {
            m = compileAll();
        }
        CompiledStep[] c = bodies.get(body);
        if (c != null) {
            return c;
        }
        c = new CompiledStep[body.size()];
        for (int i = 0; i < c.length; i++) {
            CompiledStep s = m.get(body.get(i));
            c[i] = s != null ? s : CompiledStep.tree(List.of(body.get(i)), annotations, compiler, null)[0];
        }
        return c;
    }

    private synchronized Map<Step, CompiledStep> compileAll() {
        if (steps == null) {
            Map<Step, CompiledStep> m = new IdentityHashMap<>();
            Map<List<Step>, CompiledStep[]> b = new IdentityHashMap<>();
            for (TraceBlock block : note.traceBlocks()) {
                for (Root r : block.roots()) {
                    b.put(r.body(), CompiledStep.tree(r.body(), annotations, compiler, m));
                }
            }
            bodies = b;
            steps = m;
        }
        return steps;
    }
}
