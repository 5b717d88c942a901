package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageKinds;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/** A program is compiled once and then run many times, from several threads at once. */
class CompiledProgramTest {

    private static final Note SEED = Runs.seed();

    private static PageState state(List<String> given) {
        return ((Given.Applied) Given.apply(PageState.initial(), given)).state();
    }

    @Test
    void runsOfOneProgramFromSeveralThreadsAgreeWithRunsOfFreshPrograms() throws Exception {
        Root root = SEED.traceBlocks().get(0).roots().get(0);
        List<PageState> states = PageKinds.ALL.values().stream().map(CompiledProgramTest::state).toList();
        List<RunResult> alone = new ArrayList<>();
        for (PageState s : states) {
            alone.add(Interpreter.run(Program.of(SEED, List.of(), Runs.MODEL), root, "k", s, RunOptions.defaults()));
        }
        Program shared = Program.of(SEED, List.of(), Runs.MODEL);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<RunResult>>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                futures.add(pool.submit(() -> {
                    List<RunResult> out = new ArrayList<>();
                    for (int round = 0; round < 20; round++) {
                        out.clear();
                        for (PageState s : states) {
                            out.add(Interpreter.run(shared, root, "k", s, RunOptions.defaults()));
                        }
                    }
                    return out;
                }));
            }
            for (Future<List<RunResult>> f : futures) {
                assertEquals(alone, f.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leniencyRecordedOncePerProgramIsStillReportedInEveryRun() {
        Root root = SEED.traceBlocks().get(0).roots().get(0);
        Program program = Program.of(SEED, List.of(), Runs.MODEL);
        PageState s = state(List.of("lru", "anon", "mapped", "refcount=1"));
        RunResult first = Interpreter.run(program, root, "a", s, RunOptions.defaults());
        RunResult second = Interpreter.run(program, root, "a", s, RunOptions.defaults());
        assertEquals(first.lenient(), second.lenient());
        assertEquals(5, first.lenient().size(), () -> first.lenient().toString());
    }

    @Test
    void aFrameKeepsItsVariablesInTheOrderBoundAndRebindsInPlace() {
        Vars vars = new Vars();
        for (int i = 0; i < 20; i++) {
            vars.put("v" + i, new Value[] {new Value.Int(i)});
        }
        vars.put(new String("v3"), new Value[] {Value.TRUE});
        vars.putIfAbsent("v4", new Value[] {Value.TRUE});
        List<String> names = new ArrayList<>();
        vars.forEach((k, v) -> names.add(k + "=" + v[0]));
        assertEquals("v0=" + new Value.Int(0), names.get(0));
        assertEquals("v3=" + Value.TRUE, names.get(3));
        assertEquals("v4=" + new Value.Int(4), names.get(4));
        assertEquals(20, names.size());
        Vars copy = vars.copy();
        vars.clear();
        assertNull(vars.get("v1"));
        assertEquals(new Value.Int(1), copy.get(new String("v1"))[0]);
    }
}
