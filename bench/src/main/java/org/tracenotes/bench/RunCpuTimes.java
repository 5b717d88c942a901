package org.tracenotes.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.tracenotes.core.explore.Explorer;
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

/**
 * {@link RunBenchmark}'s and {@link ExploreBenchmark}'s pairs measured in thread CPU time, for a
 * machine too busy for JMH's wall-clock scores (the same reason as {@link ThreadCpuTimes}): each round
 * times a batch of the interpreter's operations and then a batch of the hand-written baseline's on one
 * thread, and the ratio of the two per-operation times is taken per round; the figures are medians
 * over the rounds after the warm-up rounds.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.tracenotes.bench.RunCpuTimes run [warmup rounds] [rounds]
 * java -cp bench/target/benchmarks.jar org.tracenotes.bench.RunCpuTimes explore [warmup rounds] [rounds]
 * </pre>
 */
public final class RunCpuTimes {

    private static Object sink;

    private RunCpuTimes() {
    }

    public static void main(String[] args) throws IOException {
        String what = args.length > 0 ? args[0] : "run";
        int warm = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 40;
        Path file = Path.of(System.getProperty("tracenotes.seed", "samples/soft-offline.md"));
        Note note = new NoteParser().parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        Program seed = Program.of(note, List.of(), ReferenceTraces.softOffline66());
        Root root = note.traceBlocks().get(0).roots().get(0);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        List<Double> mine = new ArrayList<>();
        List<Double> base = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        int n;
        int m;
        Runnable interpreted;
        Runnable handWritten;
        if (what.equals("run")) {
            PageState start = ((Given.Applied) Given.apply(PageState.initial(), List.of("lru", "anon", "mapped", "refcount=1")))
                    .state();
            n = 400;
            m = 8000;
            interpreted = () -> sink = Interpreter.run(seed, root, "in-use-lru", start, RunOptions.defaults());
            handWritten = () -> {
                PageModel model = new PageModel(start);
                HandWrittenSoftOffline.softOfflinePage(model, start.callerFlags());
                sink = model.state();
            };
        } else if (what.equals("explore")) {
            Explorer explorer = new Explorer(seed, root, null);
            n = 4;
            m = 40;
            interpreted = () -> sink = explorer.explore(x -> { });
            handWritten = () -> sink = ExploreBenchmark.handWrittenStates();
        } else {
            throw new IllegalArgumentException("run or explore, not " + what);
        }
        for (int r = -warm; r < rounds; r++) {
            long c0 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                interpreted.run();
            }
            long c1 = mx.getCurrentThreadCpuTime();
            for (int i = 0; i < m; i++) {
                handWritten.run();
            }
            long c2 = mx.getCurrentThreadCpuTime();
            if (r >= 0) {
                double a = (c1 - c0) / 1e3 / n;
                double b = (c2 - c1) / 1e3 / m;
                mine.add(a);
                base.add(b);
                ratio.add(b / a);
            }
        }
        System.out.printf("%s: thread CPU µs per operation, median of %d rounds: interpreter %.2f, hand-written %.3f;"
                + " hand-written / interpreter %.4f (quartiles %.4f–%.4f)%n", what, rounds, median(mine), median(base),
                median(ratio), quantile(ratio, 0.25), quantile(ratio, 0.75));
    }

    private static double median(List<Double> xs) {
        return quantile(xs, 0.5);
    }

    private static double quantile(List<Double> xs, double q) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get((int) Math.round(q * (s.size() - 1)));
    }
}
