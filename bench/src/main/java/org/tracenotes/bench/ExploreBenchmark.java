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
import org.tracenotes.core.explore.Exploration;
import org.tracenotes.core.explore.Explorer;
import org.tracenotes.core.explore.StateSpace;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.Program;

/**
 * Exploring the seed note — every page kind, with and without the caller's pin, forking on the
 * environment answers each path reads — against the same enumeration over the hand-written Java
 * logic of {@link RunBenchmark} ({@link HandWrittenSoftOffline}), in one run. One operation is one
 * whole exploration; the setup prints how many states it covers, so states per second is the score
 * times that.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExploreBenchmark {

    /** The seed's program and explorer, built once. */
    @State(Scope.Benchmark)
    public static class Input {
        Explorer explorer;

        @Setup(Level.Trial)
        public void make() throws IOException {
            Path file = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md"));
            Note note = new NoteParser().parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            Program program = Program.of(note, List.of(), ReferenceTraces.softOffline66());
            explorer = new Explorer(program, note.traceBlocks().get(0).roots().get(0), null);
            System.out.println("explore: " + explorer.explore(n -> { }).runs().size() + " states of the seed; hand-written: "
                    + handWrittenStates() + " states");
        }
    }

    /** The interpreter exploring the user's note. */
    @Benchmark
    public Exploration exploreSeed(Input in) {
        return in.explorer.explore(n -> { });
    }

    /** The baseline: the same enumeration over the hand-written kernel logic. */
    @Benchmark
    public int exploreHandWritten() {
        return handWrittenStates();
    }

    static int handWrittenStates() {
        int[] states = {0};
        StateSpace.forEach(start -> {
            PageModel m = start.model();
            HandWrittenSoftOffline.softOfflinePage(m, start.state().callerFlags());
            return m;
        }, PageModel::envRead, (start, m) -> states[0]++);
        return states[0];
    }
}
