package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;

/**
 * "Execute this branch": forcing any if / else-if / else line of the seed runs that branch's body
 * next, whatever its condition says, and the run says the condition was overridden. A branch the
 * starting state would not reach is reached by forcing the branches that enclose it too.
 */
class BranchForcingTest {

    private static final Note SEED = Runs.seed();
    private static final String IN_USE = "lru, anon, mapped, refcount=1";

    @TestFactory
    Stream<DynamicTest> forcingEachBranchOfTheSeedRunsItsBody() {
        List<Integer> branches = ForcePlan.branchLines(SEED);
        assertEquals(20, branches.size(), "if / else-if / else lines of the seed");
        return branches.stream().map(line -> DynamicTest.dynamicTest("force line " + line, () -> {
            Map<Integer, Force> forces = ForcePlan.toReach(SEED, line).orElseThrow();
            Step b = SEED.steps().stream().filter(s -> s.range().line() == line).findFirst().orElseThrow();
            RunResult r = Runs.forced(SEED, IN_USE, forces);
            assertTrue(r.forced().contains(line), () -> "forced lines " + r.forced());
            int at = r.path().lastIndexOf(line);
            assertTrue(at >= 0, () -> "line " + line + " ran: " + r.path());
            if (b.elided()) {
                assertTrue(r.elided().contains(line), () -> "elided arm crossed: " + r.elided());
            } else {
                int first = b.children().get(0).range().line();
                assertTrue(at + 1 < r.path().size() && r.path().get(at + 1) == first,
                        () -> "after line " + line + " runs its body's first line " + first + ": " + r.path());
            }
        }));
    }

    @Test
    void executingTheFinalElseForcesTheFilterPastAndTakesTheElse() {
        assertEquals(Map.of(82, Force.NOT_TAKEN, 91, Force.TAKEN), ForcePlan.toReach(SEED, 91).orElseThrow());
        assertTrue(ForcePlan.toReach(SEED, 93).isEmpty(), "line 93 is not a branch");
    }

    @Test
    void forcingTheFinalElseRunsPageHandlePoisonInsteadOfMigration() {
        RunResult r = Runs.forced(SEED, IN_USE, Map.of(91, Force.TAKEN));
        assertTrue(r.path().contains(93), r.path()::toString);
        assertFalse(r.path().contains(90), r.path()::toString);
        assertEquals(List.of(86, 91), r.forced());
    }

    @Test
    void forcingABranchNotTakenFallsToItsAlternative() {
        RunResult r = Runs.forced(SEED, IN_USE, Map.of(86, Force.NOT_TAKEN));
        assertTrue(r.path().contains(93), r.path()::toString);
        assertEquals(List.of(86), r.forced());
    }

    @Test
    void forcingALineThatIsNotABranchIsRefusedWithTheBranchLines() {
        String msg = Runs.invalid(SEED, new TraceRunner.Request(null, null, List.of(), Map.of(12, Force.TAKEN), false,
                RunOptions.defaults()));
        assertTrue(msg.contains("line 12") && msg.contains("14, 16, 18"), msg);
    }

    @Test
    void aForcedLineTheRunNeverReachesIsSaid() {
        RunResult r = Runs.forced(SEED, IN_USE, Map.of(44, Force.TAKEN));
        assertEquals(List.of(44), r.notReached());
        assertEquals(List.of(), r.forced());
    }
}
