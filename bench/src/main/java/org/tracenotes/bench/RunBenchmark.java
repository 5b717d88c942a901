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
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.Interpreter;
import org.tracenotes.core.run.Program;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;

/**
 * Runs per second of the seed note's in-use-LRU scenario ({@code lru, anon, mapped, refcount=1}):
 * the interpreter running the user's note (which calls into the model's reference traces for
 * soft_offline_in_use_page and page_handle_poison), the interpreter running the kernel reference
 * trace, and the same logic written by hand in plain Java over the same page model — the baseline.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RunBenchmark {

    /** The seed parsed, its program built and its root found, once. */
    @State(Scope.Benchmark)
    public static class Input {
        Program seed;
        Root seedRoot;
        Program reference;
        Root referenceRoot;
        PageState inUseLru;

        @Setup(Level.Trial)
        public void make() throws IOException {
            Path file = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md"));
            Note note = new NoteParser().parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            ReferenceTraces model = ReferenceTraces.softOffline66();
            seed = Program.of(note, List.of(), model);
            seedRoot = note.traceBlocks().get(0).roots().get(0);
            reference = Program.ofReference(model);
            referenceRoot = model.function("soft_offline_page").orElseThrow();
            inUseLru = ((Given.Applied) Given.apply(PageState.initial(), List.of("lru", "anon", "mapped", "refcount=1")))
                    .state();
            RunResult a = Interpreter.run(seed, seedRoot, "in-use-lru", inUseLru, RunOptions.defaults());
            PageModel m = new PageModel(inUseLru);
            long b = HandWrittenSoftOffline.softOfflinePage(m, inUseLru.callerFlags());
            if (a.result() != b || !a.state().equals(m.state())) {
                throw new IllegalStateException("the baseline disagrees with the interpreter: " + a.result() + " " + a.state()
                        + " vs " + b + " " + m.state());
            }
            System.out.println("in-use-lru: the note and the hand-written baseline both return " + b + ", " + a.path().size()
                    + " note lines run");
        }
    }

    /** The interpreter running the user's note. */
    @Benchmark
    public RunResult interpretSeed(Input in) {
        return Interpreter.run(in.seed, in.seedRoot, "in-use-lru", in.inUseLru, RunOptions.defaults());
    }

    /** The interpreter running the model's kernel reference trace of soft_offline_page. */
    @Benchmark
    public RunResult interpretReference(Input in) {
        return Interpreter.run(in.reference, in.referenceRoot, "in-use-lru", in.inUseLru, RunOptions.defaults());
    }

    /** The baseline: the same logic in plain Java over the same page model. */
    @Benchmark
    public PageState handWritten(Input in) {
        PageModel m = new PageModel(in.inUseLru);
        HandWrittenSoftOffline.softOfflinePage(m, in.inUseLru.callerFlags());
        return m.state();
    }
}
