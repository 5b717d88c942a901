package org.tracenotes.core.run;

import java.util.List;
import org.tracenotes.core.kernel.Primitives;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.run.RunEvent.Resolution;

/**
 * What a call of one name runs in a program, resolved once: a root of a loaded note, else the model's
 * reference trace, else a primitive, else nothing ({@link #resolution} null and no primitive). An
 * inline expansion is decided per step at run time and takes {@link #expansionParameters}.
 *
 * @param resolution          ROOT or REFERENCE; null for a primitive or an unknown function
 * @param body                the body run, for ROOT and REFERENCE
 * @param parameters          its parameter names, interned (an array: bound at every call)
 * @param note                the note the body comes from
 * @param primitive           the model's primitive, when neither a root nor a reference trace has the name
 * @param expansionParameters the parameters an inline expansion of the name binds (null: none known)
 * @param isFunction          whether a bare name of it reads as a function
 */
record CallTarget(Resolution resolution, List<Step> body, String[] parameters, Note note,
                  Primitives.Primitive primitive, String[] expansionParameters, boolean isFunction) {

    /** Resolves {@code name} in {@code program}. */
    static CallTarget of(Program program, String name) {
        String[] expansion = interned(program.signature(name).orElse(null));
        var root = program.root(name);
        if (root.isPresent()) {
            List<String> params = root.get().parameters().isEmpty() ? program.signature(name).orElse(List.of())
                    : root.get().parameters();
            return new CallTarget(Resolution.ROOT, root.get().body(), interned(params), program.noteOf(name), null, expansion, true);
        }
        var reference = program.referenceTrace(name);
        if (reference.isPresent()) {
            return new CallTarget(Resolution.REFERENCE, reference.get().body(), interned(reference.get().parameters()),
                    program.reference().note(), null, expansion, true);
        }
        Primitives.Primitive p = Primitives.find(name).orElse(null);
        return new CallTarget(null, null, null, null, p, expansion, p != null);
    }

    /** The names as the compiler's, so that a frame finds them by identity. */
    private static String[] interned(List<String> names) {
        return names == null ? null : names.stream().map(String::intern).toArray(String[]::new);
    }
}
