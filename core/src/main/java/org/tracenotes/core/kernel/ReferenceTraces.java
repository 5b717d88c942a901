package org.tracenotes.core.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.parse.NoteParser;

/**
 * The model's reference traces: kernel functions written in the notation itself, shipped as a note
 * in the model's resources ({@code reference/soft-offline-6.6.md}), parsed by the same parser as any
 * note, and readable by users as "what the kernel does".
 */
public final class ReferenceTraces {

    /** The resource holding the kernel 6.6 soft-offline chain. */
    public static final String SOFT_OFFLINE_6_6 = "reference/soft-offline-6.6.md";

    private final Note note;
    private final Map<String, Root> roots = new LinkedHashMap<>();

    private ReferenceTraces(Note note) {
        this.note = note;
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                roots.putIfAbsent(r.name(), r);
            }
        }
    }

    /** The kernel 6.6 soft-offline reference traces (parsed once; immutable). */
    public static ReferenceTraces softOffline66() {
        return SoftOffline66.INSTANCE;
    }

    /** Whether the Linux 6.6 page model knows {@code function}: a reference trace or a primitive. */
    public static boolean modelled(String function) {
        return softOffline66().function(function).isPresent() || Primitives.find(function).isPresent();
    }

    private static final class SoftOffline66 {
        static final ReferenceTraces INSTANCE = load();
    }

    private static ReferenceTraces load() {
        try (InputStream in = ReferenceTraces.class.getResourceAsStream(SOFT_OFFLINE_6_6)) {
            if (in == null) {
                throw new IllegalStateException("the model's resource " + SOFT_OFFLINE_6_6 + " is missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ReferenceTraces(new NoteParser().parse(SOFT_OFFLINE_6_6, text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The reference traces as a note. */
    public Note note() {
        return note;
    }

    /** The traced function of that name, if the model has its reference trace. */
    public Optional<Root> function(String name) {
        return Optional.ofNullable(roots.get(name));
    }

    /** The names of every function traced, in order. */
    public java.util.Set<String> functions() {
        return java.util.Collections.unmodifiableSet(roots.keySet());
    }
}
