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
}
