package org.tracenotes.core.run;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.model.Note;

/** The run reports of the samples match their golden files (the CLI prints the same bytes). */
class RunReportTest {

    @Test
    void textReportOfTheSeedOnAnInUseLruPage() throws Exception {
        Note seed = Runs.seed();
        TraceRunner.Runs rs = Runs.runs(seed, TraceRunner.Request.of(null, null, Runs.given("lru, anon, mapped, refcount=1")));
        TraceRunner.Run run = rs.runs().get(0);
        Golden.assertMatches("soft-offline.run.in-use-lru.txt", TextRunReport.render(seed, run.result(), run.events()));
    }

    @Test
    void textReportOfTheSeedOnAFreePageShowsTheElidedArm() throws Exception {
        Note seed = Runs.seed();
        TraceRunner.Run run = Runs.runs(seed, TraceRunner.Request.of(null, null, Runs.given("buddy"))).runs().get(0);
        Golden.assertMatches("soft-offline.run.free-buddy.txt", TextRunReport.render(seed, run.result(), run.events()));
    }

    @Test
    void jsonReportOfEveryScenarioOfTheAnnotatedSample() throws Exception {
        Note note = Runs.sample("soft-offline.annotated.md");
        List<RunResult> rs = Runs.runs(note, TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of())).results();
        Golden.assertMatches("soft-offline.annotated.run.json", JsonRunReport.render(rs));
    }

    @Test
    void aLongPathPrintsItsEndsAndCountsTheRestAndALoopsLeniencyIsSaidOnce() {
        Note note = Runs.note("```\nloop()\n=> again:\n=> x = y\n=> goto again\n```\n");
        TraceRunner.Request request = new TraceRunner.Request(null, null, List.of(), java.util.Map.of(), false,
                RunOptions.defaults().withBudgets(30_000, 100));
        TraceRunner.Run run = Runs.runs(note, request).runs().get(0);
        String text = TextRunReport.render(note, run.result(), run.events());
        long pathLines = text.lines().takeWhile(l -> !l.isEmpty()).count();
        org.junit.jupiter.api.Assertions.assertTrue(pathLines < TextRunReport.MAX_PATH_ROWS + 5, "path lines: " + pathLines);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("more lines of the path not shown; the lines run most: line 4"),
                text.substring(0, 300));
        org.junit.jupiter.api.Assertions.assertEquals(1, text.lines().filter(l -> l.startsWith("lenient") && l.contains("`y`")).count(),
                "the loop reads `y` leniently thousands of times; the report says it once");
    }
}
