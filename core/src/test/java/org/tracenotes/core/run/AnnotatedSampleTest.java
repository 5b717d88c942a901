package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** samples/soft-offline.annotated.md: every scenario runs and every expectation passes. */
class AnnotatedSampleTest {

    private static final Note NOTE = Runs.sample("soft-offline.annotated.md");

    @Test
    void everyScenarioReturnsAndEveryExpectationPasses() {
        List<RunResult> results = Runs.runs(NOTE, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()))
                .results();
        assertEquals(15, results.size());
        for (RunResult r : results) {
            assertEquals(RunOutcome.RETURNED, r.outcome(), () -> r.scenario() + ": " + r.message());
            assertTrue(r.passed(), () -> r.scenario() + ": " + r.expectations());
            assertTrue(!r.expectations().isEmpty(), () -> r.scenario() + " checks something");
        }
    }

    @Test
    void scenariosCoverTheDecisionTableRowsTheIssueNames() {
        // row → scenario; the scenario's result must be the reference trace's for the same keys
        Map<String, String> rows = Map.ofEntries(Map.entry("1", "invalid-pfn"), Map.entry("2", "offline"),
                Map.entry("4", "already-poisoned"), Map.entry("5", "free-buddy"), Map.entry("7", "in-use-lru"),
                Map.entry("8", "isolation-fails"), Map.entry("9", "migration-fails"), Map.entry("11", "free-hugetlb"),
                Map.entry("13", "hugetlb-in-use"), Map.entry("14", "hugetlb-no-target"), Map.entry("15", "hugetlb-busy"),
                Map.entry("16", "slab"), Map.entry("18", "movable"), Map.entry("19", "thp"));
        NoteAnnotations a = new NoteAnnotations(NOTE);
        for (Map.Entry<String, String> e : rows.entrySet()) {
            NoteAnnotations.Declared d = a.scenarios().stream().filter(s -> s.scenario().name().equals(e.getValue()))
                    .findFirst().orElseThrow(() -> new AssertionError("no scenario " + e.getValue()));
            RunResult note = Runs.runs(NOTE, TraceRunner.Request.of(null, e.getValue(), List.of())).results().get(0);
            RunResult kernel = Runs.reference(String.join(",", d.scenario().assignments()));
            assertEquals(kernel.result(), note.result(), "row " + e.getKey() + " (" + e.getValue() + ")");
            assertEquals(kernel.state().refs(), note.state().refs(), "row " + e.getKey() + " references");
        }
    }

    @Test
    void elidedArmsTakeTheirEffectFromReturns() {
        RunResult r = Runs.runs(NOTE, TraceRunner.Request.of(null, "slab", List.of())).results().get(0);
        assertEquals(-5L, r.result());
        assertTrue(r.elided().contains(98), r.elided()::toString);
    }
}
