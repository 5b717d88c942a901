package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** Many requests on one note, prepared once, answer as the same requests one by one. */
class RunAllTest {

    @Test
    void runningRequestsTogetherAnswersAsRunningThemOneByOne() {
        Note note = Runs.sample("soft-offline.annotated.md");
        List<TraceRunner.Request> requests = List.of(
                TraceRunner.Request.of(null, TraceRunner.ALL_SCENARIOS, List.of()),
                TraceRunner.Request.of("get_any_page", null, List.of("lru", "refcount=1")),
                TraceRunner.Request.of(null, "lru-anon", List.of()),
                TraceRunner.Request.of("no_such_function", null, List.of()));
        List<TraceRunner.Response> together = TraceRunner.runAll(note, List.of(), Runs.MODEL, requests);
        List<String> oneByOne = new ArrayList<>();
        for (TraceRunner.Request r : requests) {
            oneByOne.add(describe(TraceRunner.run(note, List.of(), Runs.MODEL, r)));
        }
        assertEquals(oneByOne, together.stream().map(RunAllTest::describe).toList());
        assertInstanceOf(TraceRunner.Invalid.class, together.get(3));
        assertEquals(15, ((TraceRunner.Runs) together.get(0)).runs().size());
    }

    private static String describe(TraceRunner.Response response) {
        if (response instanceof TraceRunner.Invalid bad) {
            return "invalid: " + bad.message();
        }
        StringBuilder out = new StringBuilder();
        for (TraceRunner.Run run : ((TraceRunner.Runs) response).runs()) {
            RunResult r = run.result();
            out.append(r.scenario()).append(' ').append(r.outcome()).append(' ').append(r.path().size())
                    .append(' ').append(r.lenient().size()).append(' ').append(run.events().size()).append('\n');
        }
        return out.toString();
    }
}
