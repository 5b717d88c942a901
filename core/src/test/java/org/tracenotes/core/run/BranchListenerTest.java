package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tracenotes.core.explore.StartingState;
import org.tracenotes.core.explore.StateSpace;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A {@link BranchListener} hears, as plain values, exactly the branch decisions a listener hears as
 * events (none from an expectation's side trip), on every state an exploration of the samples visits;
 * and a run's path equals, with the same hash, the list of its lines.
 */
class BranchListenerTest {

    @ParameterizedTest
    @ValueSource(strings = {"soft-offline.md", "soft-offline.annotated.md", "memory-failure.md"})
    void aBranchListenerHearsTheDecisionsTheEventsReport(String sample) {
        Note note = Runs.sample(sample);
        Program program = Program.of(note, List.of(), Runs.MODEL);
        Root root = note.traceBlocks().get(0).roots().get(0);
        int[] states = {0};
        StateSpace.forEach(start -> compare(program, root, start), m -> m.envRead(), (s, m) -> states[0]++);
        assertNotEquals(0, states[0]);
    }

    private static PageModel compare(Program program, Root root, StartingState start) {
        List<String> events = new ArrayList<>();
        RunListener listener = e -> {
            if (e instanceof RunEvent.BranchDecided b) {
                events.add(b.source() + ":" + b.line() + ":" + b.taken());
            }
        };
        RunResult heard = Interpreter.run(program, root, "explore", start.model(), RunOptions.defaults().withListener(listener));
        List<String> decided = new ArrayList<>();
        BranchListener branches = (source, line, taken) -> decided.add(source + ":" + line + ":" + taken);
        PageModel model = start.model();
        RunResult quiet = Interpreter.run(program, root, "explore", model, RunOptions.defaults().withListener(branches));
        assertEquals(events, decided, start.describe());
        assertEquals(heard.path(), quiet.path(), start.describe());
        assertEquals(heard.expectations(), quiet.expectations(), start.describe());
        assertFalse(root.name().isEmpty());
        return model;
    }

    @Test
    void anExpectationsSideTripDecidesNothingABranchListenerHears() {
        Note note = Runs.note(String.join("\n", "```", "f()", "=> x = 1  ## @expect h(1) == 1", "=> if x:", "   => x = 2",
                "=> return x", "", "h(q)", "=> if q:", "   => return 1", "=> return 0", "```", ""));
        Program program = Program.of(note, List.of(), Runs.MODEL);
        Root f = note.traceBlocks().get(0).roots().get(0);
        List<String> decided = new ArrayList<>();
        BranchListener branches = (source, line, taken) -> decided.add(line + ":" + taken);
        RunResult r = Interpreter.run(program, f, "test", new PageModel(org.tracenotes.core.kernel.PageState.initial()),
                RunOptions.defaults().withListener(branches));
        assertEquals(2L, r.result(), r.message());
        assertTrue(r.expectations().get(0).passed(), "the expectation ran h, whose branch is its own");
        assertEquals(List.of("4:true"), decided);
    }

    @ParameterizedTest
    @ValueSource(strings = {"lru, anon, mapped, refcount=1", "buddy", "hugetlb, hugetlb_freed"})
    void aRunsPathEqualsTheListOfItsLinesWithTheSameHash(String given) {
        List<Integer> path = Runs.run(Runs.seed(), given).path();
        List<Integer> copy = new ArrayList<>(path);
        assertEquals(copy, path);
        assertEquals(path, copy);
        assertEquals(copy.hashCode(), path.hashCode());
        assertEquals(path, Runs.run(Runs.seed(), given).path(), "two runs of one state take one path");
        copy.set(copy.size() - 1, copy.get(copy.size() - 1) + 1);
        assertNotEquals(path, copy);
        assertNotEquals(copy, path);
    }
}
