package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;

/** A run keeps the events of its first and last steps and counts the rest, however long it runs. */
class RunRecordingTest {

    @Test
    void keepsTheEventsOfTheFirstAndLastStepsAndCountsTheOnesBetweenByLine() {
        RunRecording r = new RunRecording(3, 2);
        List<RunEvent> all = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            int line = 10 + i % 2;
            all.add(new RunEvent.StepReached("a.md", line, 0));
            all.add(new RunEvent.Assigned("a.md", line, 0, "x", new Value.Int(i)));
        }
        all.forEach(r::on);
        List<RunEvent> kept = new ArrayList<>(all.subList(0, 6));
        kept.addAll(all.subList(16, 20));
        assertEquals(kept, new ArrayList<>(r));
        assertEquals(kept.get(7), r.get(7));
        assertEquals(6, r.headSize());
        assertEquals(5, r.droppedSteps());
        assertEquals(Map.of(10, 2, 11, 3), r.droppedSteps("a.md"));
    }

    @Test
    void aRunOfHalfAMillionStepsHoldsABoundedRecordingAndItsReportCountsEveryStep() {
        Note note = Runs.note("```\nloop()\n=> again:\n=> x = 1\n=> goto again\n```\n");
        TraceRunner.Request request = new TraceRunner.Request(null, null, List.of(), Map.of(), false,
                RunOptions.defaults().withBudgets(500_000, 100));
        TraceRunner.Run run = Runs.runs(note, request).runs().get(0);
        RunRecording events = assertInstanceOf(RunRecording.class, run.events());
        int steps = run.result().path().size();
        assertTrue(steps >= 499_000, "steps: " + steps);
        assertTrue(events.droppedSteps() >= steps - RunRecording.HEAD_STEPS - RunRecording.TAIL_STEPS - 2,
                "dropped " + events.droppedSteps());
        assertTrue(events.size() < 3 * (RunRecording.HEAD_STEPS + RunRecording.TAIL_STEPS), "kept " + events.size());
        String text = TextRunReport.render(note, run.result(), run.events());
        int shown = TextRunReport.PATH_HEAD_ROWS + TextRunReport.PATH_TAIL_ROWS;
        assertTrue(text.contains("… " + String.format("%,d", steps - shown) + " more lines of the path not shown"),
                text.lines().skip(TextRunReport.PATH_HEAD_ROWS).findFirst().orElse(""));
        // the last row printed is the last line the run reached
        List<String> pathRows = text.lines().takeWhile(l -> !l.isEmpty()).toList();
        int last = run.result().path().get(steps - 1);
        assertTrue(pathRows.get(pathRows.size() - 1).strip().startsWith(last + "  "), pathRows.get(pathRows.size() - 1));
        assertEquals(shown + 2, pathRows.size());
    }
}
