package org.tracenotes.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import org.tracenotes.core.explore.PageKinds;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
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

    private static final Map<PageModel.EnvKey, List<String>> VALUES = new EnumMap<>(PageModel.EnvKey.class);

    static {
        VALUES.put(PageModel.EnvKey.FILTER, List.of("!filter", "filter"));
        VALUES.put(PageModel.EnvKey.ISOLATE, List.of("isolate=ok", "isolate=fail"));
        VALUES.put(PageModel.EnvKey.MIGRATE, List.of("migrate=ok", "migrate=fail", "migrate=enomem"));
        VALUES.put(PageModel.EnvKey.SPLIT, List.of("split=ok", "split=fail"));
        VALUES.put(PageModel.EnvKey.TAKE_OFF, List.of("take_off=ok", "take_off=fail"));
        VALUES.put(PageModel.EnvKey.DISSOLVE, List.of("dissolve=ok", "dissolve=ebusy", "dissolve=enomem"));
    }

    static int handWrittenStates() {
        int[] states = {0};
        for (Map.Entry<String, List<String>> kind : PageKinds.ALL.entrySet()) {
            for (boolean pin : new boolean[] {false, true}) {
                if (pin && !PageKinds.pinnable(kind.getKey())) {
                    continue;
                }
                List<String> base = new ArrayList<>(kind.getValue());
                if (pin) {
                    base.add("flags=MF_COUNT_INCREASED");
                }
                fork(base, new EnumMap<>(PageModel.EnvKey.class), states);
            }
        }
        return states[0];
    }

    private static void fork(List<String> base, Map<PageModel.EnvKey, String> fixed, int[] states) {
        List<String> given = new ArrayList<>(base);
        fixed.values().forEach(given::add);
        PageState state = ((Given.Applied) Given.apply(PageState.initial(), given)).state();
        PageModel m = new PageModel(state);
        HandWrittenSoftOffline.softOfflinePage(m, state.callerFlags());
        for (PageModel.EnvKey key : PageModel.EnvKey.values()) {
            if ((m.envRead() & (1 << key.ordinal())) != 0 && !fixed.containsKey(key)) {
                for (String v : VALUES.get(key)) {
                    Map<PageModel.EnvKey, String> next = new EnumMap<>(fixed);
                    next.put(key, v);
                    fork(base, next, states);
                }
                return;
            }
        }
        states[0]++;
    }
}
