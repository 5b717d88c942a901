package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/** The end of {@code run}: the summary line and the exit status's reason; {@code --trace} of a function traced inline. */
class RunSummaryTest {

    private static Note load(String sample) {
        Path p = Golden.repositoryRoot().resolve(sample);
        return ((NoteLoader.Loaded) new NoteLoader(new NoteParser()).load(p)).note();
    }

    @Test
    void allScenariosOfTheAnnotatedSampleEndWithASummaryAndExitZero() {
        TraceRunner.Runs runs = (TraceRunner.Runs) TraceRunner.run(load("samples/soft-offline.annotated.md"), List.of(),
                ReferenceTraces.softOffline66(), TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()));
        String v = TextRunReport.verdict(runs.results());
        int expectations = runs.results().stream().mapToInt(r -> r.expectations().size()).sum();
        assertEquals(runs.results().size() + " runs: " + runs.results().size() + " returned, 0 of " + expectations
                + " expectations failed\nexit 0: every run returned and every expectation passed\n", v);
    }

    @Test
    void failedExpectationsAreNamedWithTheirLines() {
        String text = "```\nf()\n## @scenario one: lru\n## @scenario two: buddy\n=> x = 1\n=> return x  ## @expect two: $ret == 2\n"
                + "```\n";
        Note note = new NoteParser().parse("t.md", text);
        TraceRunner.Runs runs = (TraceRunner.Runs) TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()));
        String v = TextRunReport.verdict(runs.results());
        assertEquals("2 runs: 2 returned, 1 of 1 expectation failed: line 6 (two: $ret == 2)\n"
                + "exit 1: 1 expectation failed\n", v);
    }

    @Test
    void aFunctionTracedInlineRunsAsTheTrace() {
        Note seed = load("samples/soft-offline.md");
        TraceRunner.Response r = TraceRunner.run(seed, List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of("get_any_page", null, List.of("lru", "anon", "mapped", "refcount=1")));
        TraceRunner.Runs runs = assertInstanceOf(TraceRunner.Runs.class, r);
        RunResult result = runs.results().get(0);
        assertEquals("get_any_page", result.trace());
        assertEquals(RunOutcome.RETURNED, result.outcome(), result.message());
        assertTrue(result.path().stream().allMatch(l -> l > 17), "only get_any_page's lines ran: " + result.path());
        TraceRunner.Invalid bad = assertInstanceOf(TraceRunner.Invalid.class, TraceRunner.run(seed, List.of(),
                ReferenceTraces.softOffline66(), TraceRunner.Request.of("get_any_pag", null, List.of())));
        assertTrue(bad.message().contains("did you mean `get_any_page`?") && bad.message().contains("__get_hwpoison_page"),
                bad.message());
    }
}
