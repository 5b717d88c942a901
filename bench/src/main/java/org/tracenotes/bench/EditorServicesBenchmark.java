package org.tracenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.tracenotes.core.ide.EditorDocument;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.ide.Folds;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.ide.OutlineTree;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * What the Eclipse editor does after a keystroke in the seed note (once the 400 ms pause has passed):
 * parse the text, then compute highlights, folds and the outline tree; and what a hover costs. The
 * baseline, measured in the same run, is the parse alone: the ratio says what the editor services add
 * on top of reading the note.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class EditorServicesBenchmark {

    /** The seed's text, parsed once for the hover. */
    @State(Scope.Benchmark)
    public static class Input {
        String text;
        NoteParser parser;
        Navigation navigation;
        int hoverAt;

        @Setup(Level.Trial)
        public void read() throws IOException {
            Path file = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md"));
            text = Files.readString(file, StandardCharsets.UTF_8);
            parser = new NoteParser();
            navigation = new Navigation(parser.parse("seed.md", text), List.of(), ReferenceTraces.softOffline66());
            hoverAt = text.indexOf("get_any_page(p, flags)");
        }
    }

    /** The baseline: parse the note. */
    @Benchmark
    public Note parse(Input in) {
        return in.parser.parse("seed.md", in.text);
    }

    /** A keystroke: parse, highlights, folds, outline tree. */
    @Benchmark
    public void parseAndEditorServices(Input in, Blackhole bh) {
        Note note = in.parser.parse("seed.md", in.text);
        bh.consume(Highlights.of(note));
        bh.consume(Folds.of(note));
        bh.consume(OutlineTree.of(note));
    }

    /** A hover over a function name: find it, say what it is. */
    @Benchmark
    public String hover(Input in) {
        return in.navigation.symbolAt(in.hoverAt).map(in.navigation::hover).orElseThrow();
    }
    /**
     * The 10,000-line {@link LongNote} in a folder of its own (so its {@code .tracenotes.yaml} lookup is
     * a real one), and the same note with an {@code x} typed after the {@code folio_put} nearest its
     * middle line.
     */
    @State(Scope.Benchmark)
    public static class LongInput {
        Path file;
        String text;
        String typed;
        EditorDocument document;
        boolean odd;

        @Setup(Level.Trial)
        public void write() throws IOException {
            text = LongNote.of(LongNote.seed(), 10_000);
            file = Files.createTempDirectory("tracenotes-editor").resolve("long-note.md");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            int middle = text.length() / 2;
            int before = text.lastIndexOf("=> folio_put(", middle);
            int after = text.indexOf("=> folio_put(", middle);
            int at = (after < 0 || (before >= 0 && middle - before < after - middle) ? before : after)
                    + "=> folio_put".length();
            typed = text.substring(0, at) + "x" + text.substring(at);
            document = new EditorDocument(file, file.toString());
            document.update(text);
            System.out.println("long note: " + text.lines().count() + " lines, " + text.length() + " chars");
        }
    }

    /** The baseline of the long note's rows: its whole parse, as the editor read it on every keystroke before. */
    @Benchmark
    public Note longNoteParse(LongInput in) {
        return EditorNotes.parse(in.file, in.file.toString(), in.text);
    }

    /**
     * A keystroke in the long note, as the editor handles it now: the new text parsed from the last
     * one's note ({@link EditorDocument}: the changed section), then the highlights. The {@code x} is
     * typed and taken away in turn.
     */
    @Benchmark
    public List<Highlights.Highlight> longNoteKeystroke(LongInput in) {
        in.odd = !in.odd;
        return Highlights.of(in.document.update(in.odd ? in.typed : in.text));
    }

    /** The long note's highlights alone, from its parsed note. */
    @Benchmark
    public List<Highlights.Highlight> longNoteHighlights(LongInput in) {
        return Highlights.of(in.document.note());
    }
}
