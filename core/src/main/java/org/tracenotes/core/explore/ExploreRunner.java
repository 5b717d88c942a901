package org.tracenotes.core.explore;

import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.Program;
import org.tracenotes.core.run.TraceRunner;

/**
 * What {@code tracenotes explore} asks for, checked and carried out: which function, the note's or
 * the model's reference trace, and whether to compare with the reference. A bad request is a message,
 * never an exception; the exploration runs on a deep stack, as runs do.
 */
public final class ExploreRunner {

    /**
     * @param trace       the traced function; null for the note's first
     * @param reference   explore the model's reference trace of the function instead of the note
     * @param vsReference also run the reference trace on every state and compare
     */
    public record Request(String trace, boolean reference, boolean vsReference) { }

    /** The exploration, or why there is none. */
    public sealed interface Response permits Explored, Invalid { }

    /**
     * @param exploration what was found
     * @param note        the note whose lines the exploration reports (the reference traces with {@code --reference})
     * @param vsReference whether the runs were compared with the reference
     */
    public record Explored(Exploration exploration, Note note, boolean vsReference) implements Response {

        /** Every run returned, no invariant broke and, when compared, nothing diverged. */
        public boolean passed() {
            return exploration.violations().isEmpty() && exploration.stopped().isEmpty()
                    && !(vsReference && !exploration.divergencesByCause().isEmpty());
        }
    }

    /** The request cannot be carried out, and why. */
    public record Invalid(String message) implements Response { }

    private ExploreRunner() {
    }

    public static Response run(Note note, ReferenceTraces model, Request request, IntConsumer progress) {
        String name = request.trace();
        if (name == null) {
            List<Root> roots = TraceRunner.tracedRoots(note);
            if (roots.isEmpty()) {
                return new Invalid(note.source() + " has no traced function");
            }
            name = roots.get(0).name();
        }
        Program program = request.reference() ? Program.ofReference(model) : Program.of(note, List.of(), model);
        String traced = name;
        Optional<Root> root = request.reference() ? model.function(name)
                : program.root(name).or(() -> Optional.ofNullable(TraceRunner.inline(note, program, traced)));
        if (root.isEmpty()) {
            return new Invalid("no traced function `" + name + "`" + (request.reference() ? " in the model"
                    : " in " + note.source()));
        }
        Explorer explorer = new Explorer(program, root.get(), request.vsReference() ? Program.ofReference(model) : null);
        if (request.vsReference() && !explorer.comparable()) {
            return new Invalid("the model has no reference trace of `" + name + "` to compare with");
        }
        DeepStack.Outcome<Exploration> x = DeepStack.call("tracenotes-explore", () -> explorer.explore(progress));
        if (x.value() == null) {
            return new Invalid("the exploration of " + name + " failed: " + x.failure());
        }
        return new Explored(x.value(), program.main(), request.vsReference());
    }
}
