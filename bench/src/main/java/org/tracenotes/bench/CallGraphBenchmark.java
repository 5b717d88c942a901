package org.tracenotes.bench;

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
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.graph.DotExporter;
import org.tracenotes.core.graph.JsonGraphExporter;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;

/**
 * The call graph of a synthetic note with 100,000 call sites: building it from the parsed note, and
 * building plus exporting it as DOT and as JSON. The baseline, measured in the same run, is parsing
 * the same note: the ratios say what the graph costs on top of reading the note.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CallGraphBenchmark {

    /** The note's text and the note parsed once. */
    @State(Scope.Benchmark)
    public static class Input {
        String text;
        Note note;
        NoteParser parser;

        @Setup(Level.Trial)
        public void make() {
            text = SyntheticNote.withCallSites(100_000);
            parser = new NoteParser();
            note = parser.parse("synthetic.md", text);
            System.out.println("synthetic note: " + text.length() + " chars, "
                    + CallGraph.of(List.of(note)).callSites().size() + " call sites");
        }
    }

    /** The baseline: parse the note into the model. */
    @Benchmark
    public Note parseNote(Input in) {
        return in.parser.parse("synthetic.md", in.text);
    }

    /** Build the graph from the parsed note. */
    @Benchmark
    public CallGraph buildGraph(Input in) {
        return CallGraph.of(List.of(in.note));
    }

    /** Build the graph and write it as DOT. */
    @Benchmark
    public String buildAndExportDot(Input in) {
        return new DotExporter().export(CallGraph.of(List.of(in.note)), List.of());
    }

    /** Build the graph and write it as JSON. */
    @Benchmark
    public String buildAndExportJson(Input in) {
        return new JsonGraphExporter().export(CallGraph.of(List.of(in.note)), List.of());
    }
}
