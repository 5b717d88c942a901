package org.tracenotes.core.debug;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/** A session's end in words. */
class RunEndedTest {

    @Test
    void summaryNamesTheTraceAndScenarioThenOneLabelledLineForEachNote() {
        Note note = new NoteParser().parse("made-up.md", """
                ## do_thing

                ```sh
                do_thing(x)
                => a = 1
                => return a
                ```
                """);
        TraceRunner.Runs runs = (TraceRunner.Runs) TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, null, List.of()));
        RunResult r = runs.results().get(0);
        String text = new RunEnded(r, List.of(), List.of("line 9 was forced taken")).summary();
        assertTrue(text.startsWith("do_thing · scenario " + r.scenario() + "\n"), text);
        assertTrue(text.endsWith("note      line 9 was forced taken\n"), text);
    }
}
