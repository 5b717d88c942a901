package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracenotes.core.model.Note;

/**
 * samples/memory-failure.md and samples/unpoison.md: every scenario runs and every expectation passes,
 * and each scenario ends as the model's reference trace does on the same keys (the notes elide nothing
 * that changes a result).
 */
class HardOfflineSamplesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"memory-failure.md, memory_failure, 15", "unpoison.md, unpoison_memory, 10"})
    void everyScenarioPassesAndEndsAsTheKernelDoes(String sample, String function, int scenarios) {
        Note note = Runs.sample(sample);
        List<RunResult> results = Runs.runs(note, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()))
                .results();
        assertEquals(scenarios, results.size());
        NoteAnnotations a = new NoteAnnotations(note);
        for (RunResult r : results) {
            assertEquals(RunOutcome.RETURNED, r.outcome(), () -> r.scenario() + ": " + r.message());
            assertTrue(r.passed(), () -> r.scenario() + ": " + r.expectations());
            assertTrue(!r.expectations().isEmpty(), () -> r.scenario() + " checks something");
            String keys = String.join(", ", a.scenarios().stream().filter(d -> d.scenario().name().equals(r.scenario()))
                    .findFirst().orElseThrow().scenario().assignments());
            RunResult kernel = Runs.reference(function, keys);
            assertEquals(kernel.result(), r.result(), () -> r.scenario() + ": the kernel returns " + kernel.result());
            assertEquals(kernel.state().asGiven(), r.state().asGiven(), () -> r.scenario() + ": the end state");
        }
    }
}
