package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

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
        Map<Step, List<Step>> enclosing = new IdentityHashMap<>();
        List<Step> branches = new ArrayList<>();
        for (Root r : SEED.traceBlocks().get(0).roots()) {
            walk(r.body(), List.of(), enclosing, branches);
        }
        assertEquals(20, branches.size(), "if / else-if / else lines of the seed");
        return branches.stream().map(b -> DynamicTest.dynamicTest("force line " + b.range().line() + ": " + b.text(), () -> {
            Map<Integer, Force> forces = new LinkedHashMap<>();
            enclosing.get(b).forEach(e -> forces.put(e.range().line(),
                    e.kind() == StepKind.IF && !e.alternatives().contains(b) && e != b && !encloses(e, b)
                            ? Force.NOT_TAKEN : Force.TAKEN));
            forces.put(b.range().line(), Force.TAKEN);
            RunResult r = Runs.forced(SEED, IN_USE, forces);
            int line = b.range().line();
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

    /**
     * Records every branch line with the branch lines to force on the way to it: those enclosing it
     * (taken), and earlier ifs at any enclosing level whose body returns (not taken, so that the
     * path gets past them).
     */
    private static void walk(List<Step> steps, List<Step> outer, Map<Step, List<Step>> enclosing, List<Step> branches) {
        List<Step> before = new ArrayList<>(outer);
        for (Step s : steps) {
            if (s.kind() == StepKind.IF) {
                enclosing.put(s, before);
                branches.add(s);
                walk(s.children(), plus(before, s), enclosing, branches);
                for (Step alt : s.alternatives()) {
                    enclosing.put(alt, before);
                    branches.add(alt);
                    walk(alt.children(), plus(before, alt), enclosing, branches);
                }
                if (exits(s.children())) {
                    before = plus(before, s);
                }
            } else {
                walk(s.children(), before, enclosing, branches);
            }
        }
    }

    private static boolean exits(List<Step> steps) {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.RETURN || s.kind() == StepKind.GOTO);
    }

    private static boolean encloses(Step outer, Step inner) {
        for (Step c : outer.children()) {
            if (c == inner || encloses(c, inner)) {
                return true;
            }
            for (Step a : c.alternatives()) {
                if (a == inner || encloses(a, inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Step> plus(List<Step> list, Step s) {
        List<Step> out = new ArrayList<>(list);
        out.add(s);
        return out;
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
