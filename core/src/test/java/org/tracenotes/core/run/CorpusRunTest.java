package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.tracenotes.core.CorpusFiles;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.TraceBlock;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * No input crashes the interpreter: every traced function of every corpus note runs to an outcome
 * (whatever it is) on a free and an in-use page, without an internal error.
 */
class CorpusRunTest {

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyCorpusTraceRunsToAnOutcomeWithoutAnInternalError() throws Exception {
        List<Path> files = CorpusFiles.all();
        NoteLoader loader = new NoteLoader(new NoteParser());
        Map<String, Integer> outcomes = new TreeMap<>();
        List<String> internal = new ArrayList<>();
        int runs = 0;
        for (Path f : files) {
            Note note = ((NoteLoader.Loaded) loader.load(f)).note();
            for (TraceBlock b : note.traceBlocks()) {
                for (Root r : b.roots()) {
                    if (!r.definesFunction() || r.body().isEmpty()) {
                        continue;
                    }
                    for (String given : List.of("buddy", "lru, anon, mapped, refcount=1")) {
                        TraceRunner.Response resp = TraceRunner.run(note, List.of(), Runs.MODEL,
                                new TraceRunner.Request(r.name(), null, Runs.given(given), Map.of(), false,
                                        RunOptions.defaults().withBudgets(20_000, 100)));
                        if (!(resp instanceof TraceRunner.Runs rs)) {
                            continue;
                        }
                        RunResult res = rs.results().get(0);
                        runs++;
                        outcomes.merge(res.outcome().id(), 1, Integer::sum);
                        if (res.outcome() == RunOutcome.ERROR || res.outcome() == RunOutcome.BUDGET_EXCEEDED) {
                            System.out.printf("  %s %s: %s%n", f.getFileName(), r.name(), res.message());
                        }
                        if (res.message() != null && res.message().startsWith("internal error")) {
                            internal.add(f.getFileName() + " " + r.name() + ": " + res.message());
                        }
                    }
                }
            }
        }
        System.out.printf("corpus runs: %d, outcomes %s%n", runs, outcomes);
        assertEquals(List.of(), internal);
    }
}
