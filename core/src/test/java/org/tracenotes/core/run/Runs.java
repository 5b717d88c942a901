package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/** Helpers for interpreter tests: the samples, the model, one-line runs. */
final class Runs {

    static final ReferenceTraces MODEL = ReferenceTraces.softOffline66();

    private Runs() {
    }

    static Note sample(String name) {
        try {
            String text = Files.readString(Golden.repositoryRoot().resolve("samples").resolve(name), StandardCharsets.UTF_8);
            return new NoteParser().parse("samples/" + name, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Note seed() {
        return sample("soft-offline.md");
    }

    static Note note(String text) {
        return new NoteParser().parse("test.md", text);
    }

    /** {@code given} is comma-separated, as on the command line. */
    static List<String> given(String given) {
        return given.isBlank() ? List.of() : Arrays.stream(given.split(",")).map(String::strip).toList();
    }

    static TraceRunner.Runs runs(Note note, TraceRunner.Request request) {
        return assertInstanceOf(TraceRunner.Runs.class, TraceRunner.run(note, List.of(), MODEL, request));
    }

    static RunResult run(Note note, String given) {
        return runs(note, TraceRunner.Request.of(null, null, given(given))).results().get(0);
    }

    static RunResult reference(String given) {
        return runs(seed(), new TraceRunner.Request(null, null, given(given), Map.of(), true, RunOptions.defaults()))
                .results().get(0);
    }

    /** The model's reference trace of {@code function} from the given keys, as {@code run --reference --trace}. */
    static RunResult reference(String function, String given) {
        return runs(MODEL.note(), new TraceRunner.Request(function, null, given(given), Map.of(), true,
                RunOptions.defaults())).results().get(0);
    }

    static RunResult forced(Note note, String given, Map<Integer, Force> forces) {
        return runs(note, new TraceRunner.Request(null, null, given(given), forces, false, RunOptions.defaults()))
                .results().get(0);
    }

    static String invalid(Note note, TraceRunner.Request request) {
        return assertInstanceOf(TraceRunner.Invalid.class, TraceRunner.run(note, List.of(), MODEL, request)).message();
    }
}
