package org.tracenotes.core.explore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.kernel.Given;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.Interpreter;
import org.tracenotes.core.run.Program;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;

/** What an exploration does per state: one run per state, its own result, branch lines as a plain set. */
class ExploreBookkeepingTest {

    @Test
    void everyStateIsRunOnceAndGetsItsOwnRunsResult() throws Exception {
        Note note = ExploreTest.seed();
        Program program = Program.of(note, List.of(), ReferenceTraces.softOffline66());
        Root root = note.traceBlocks().get(0).roots().get(0);
        List<StartingState> ran = new ArrayList<>();
        List<StartingState> leaves = new ArrayList<>();
        StateSpace.forEach(start -> {
            ran.add(start);
            PageModel m = start.model();
            return new Object[] {Interpreter.run(program, root, "explore", m, RunOptions.defaults()), m};
        }, r -> ((PageModel) r[1]).envRead(), (start, r) -> {
            leaves.add(start);
            RunResult again = Interpreter.run(program, root, "explore", start.model(), RunOptions.defaults());
            RunResult given = (RunResult) r[0];
            assertEquals(again.path(), given.path(), start.describe());
            assertEquals(again.outcome(), given.outcome(), start.describe());
            assertEquals(again.result(), given.result(), start.describe());
            assertEquals(again.state(), given.state(), start.describe());
        });
        assertEquals(166, leaves.size(), "the seed's states");
        assertEquals(ran, leaves, "a fork on an answer's default is the state already run, not run again");
        assertEquals(leaves.size(), new HashSet<>(leaves).size(), "every state once");
    }

    @Test
    void aStateGivenAnEarlierRunsOutcomeGetsWhatItsOwnRunWouldGive() throws Exception {
        for (String sample : List.of("samples/soft-offline.md", "samples/soft-offline.annotated.md", "samples/memory-failure.md",
                "samples/unpoison.md")) {
            Note note = new org.tracenotes.core.parse.NoteParser().parse(sample, java.nio.file.Files.readString(
                    org.tracenotes.core.Golden.repositoryRoot().resolve(sample), java.nio.charset.StandardCharsets.UTF_8));
            Program program = Program.of(note, List.of(), ReferenceTraces.softOffline66());
            Root root = note.traceBlocks().get(0).roots().get(0);
            Explorer explorer = new Explorer(program, root, null);
            Exploration x = explorer.explore(n -> { });
            for (ExploredRun r : x.runs()) {
                PageModel m = r.start().model();
                RunResult own = Interpreter.run(program, root, "explore", m, RunOptions.defaults().withBudgets(20_000, 100));
                String where = sample + ": " + r.start().describe();
                assertEquals(own.path(), r.result().path(), where);
                assertEquals(own.outcome(), r.result().outcome(), where);
                assertEquals(own.result(), r.result().result(), where);
                assertEquals(own.message(), r.result().message(), where);
                assertEquals(own.initial(), r.result().initial(), where);
                assertEquals(own.state(), r.result().state(), where);
                assertEquals(own.gets(), r.result().gets(), where);
                assertEquals(own.puts(), r.result().puts(), where);
                assertEquals(own.expectations(), r.result().expectations(), where);
                assertEquals(own.lenient(), r.result().lenient(), where);
                assertEquals(own.elided(), r.result().elided(), where);
                assertEquals(own.forced(), r.result().forced(), where);
                assertEquals(m.moved(), r.moved(), where);
                if (explorer.checksInvariants()) {
                    assertEquals(Invariants.check(own, m), r.violations(), where);
                }
            }
        }
    }

    @Test
    void aRecordingNotesWhatARunReadsAndWritesOnItsOwnThreadOnly() throws Exception {
        PageState s = ((Given.Applied) Given.apply(PageState.initial(), List.of("lru", "refcount=1"))).state();
        org.tracenotes.core.kernel.StateReads reads = org.tracenotes.core.kernel.StateReads.open();
        org.tracenotes.core.kernel.StateReads other;
        try {
            s.has(org.tracenotes.core.kernel.PageFlag.LRU);
            s.with(org.tracenotes.core.kernel.PageFlag.DIRTY, false);
            s.refcount();
            org.tracenotes.core.kernel.StateReads[] seen = new org.tracenotes.core.kernel.StateReads[1];
            Thread t = new Thread(() -> {
                seen[0] = org.tracenotes.core.kernel.StateReads.open();
                s.has(org.tracenotes.core.kernel.PageFlag.ANON);
                s.callerFlags();
                seen[0].close();
            });
            t.start();
            t.join();
            other = seen[0];
        } finally {
            reads.close();
        }
        s.has(org.tracenotes.core.kernel.PageFlag.BUDDY);
        assertEquals(PageState.initial().with(org.tracenotes.core.kernel.PageFlag.LRU, true).flags(), reads.flagsRead(), "ANON on another thread, BUDDY after");
        assertEquals(PageState.initial().with(org.tracenotes.core.kernel.PageFlag.DIRTY, true).flags(), reads.flagsWritten(), "written even if unchanged");
        assertTrue(reads.read(org.tracenotes.core.kernel.StateReads.Field.REFS));
        assertFalse(reads.read(org.tracenotes.core.kernel.StateReads.Field.CALLER_FLAGS));
        assertTrue(reads.recording());
        assertFalse(other.recording(), "one recording at a time");
        assertEquals(0, other.flagsRead());
    }

    @Test
    void everyStatesPageStateIsTheOneItsGivenItemsMake() {
        List<StartingState> states = new ArrayList<>();
        StateSpace.forEach(start -> {
            states.add(start);
            return start.model();
        }, m -> -1, (start, m) -> { });
        assertTrue(states.size() > 100, "every answer forked: " + states.size());
        Set<String> items = new HashSet<>();
        for (StartingState s : states) {
            items.addAll(s.given());
            PageState made = ((Given.Applied) Given.apply(PageState.initial(), s.given())).state();
            assertEquals(made, s.state(), s.describe());
        }
        for (List<String> values : StateSpace.VALUES.values()) {
            for (String v : values.subList(1, values.size())) {
                assertTrue(items.contains(v) || v.contains(" "), "a fork gives " + v);
            }
        }
    }

    @Test
    void branchLinesAreADistinctSortedSetEqualToAnyOtherSetOfThem() {
        Set<Integer> lines = LineSet.of(new int[] {40, 12, 40, 7, 12}, 5);
        assertEquals(List.of(7, 12, 40), new ArrayList<>(lines));
        assertEquals(Set.of(7, 12, 40), lines);
        assertEquals(lines, Set.of(7, 12, 40));
        assertEquals(Set.of(7, 12, 40).hashCode(), lines.hashCode());
        assertTrue(lines.contains(12));
        assertFalse(lines.contains(13));
        assertFalse(lines.contains("12"));
        assertEquals(Set.of(), LineSet.of(new int[4], 0));
        assertEquals(Set.of(3), LineSet.of(new int[] {3, 9}, 1), "only the first n");
    }

    @Test
    void anExploredRunKeepsItsBranchLinesAsGiven() {
        Set<Integer> taken = LineSet.of(new int[] {5, 3}, 2);
        ExploredRun r = new ExploredRun(null, null, List.of(), taken, Set.of(8), null, null, 0);
        assertEquals(List.of(3, 5), new ArrayList<>(r.taken()));
        assertEquals(Set.of(8), r.notTaken());
    }

    @Test
    void anExplorationsRecordingRecordsOnlyWhileARunGoesAndKeepsEachRunsReadsApart() {
        PageState s = ((Given.Applied) Given.apply(PageState.initial(), List.of("lru", "refcount=1"))).state();
        org.tracenotes.core.kernel.StateReads reads = org.tracenotes.core.kernel.StateReads.open();
        org.tracenotes.core.kernel.StateReads first;
        org.tracenotes.core.kernel.StateReads second;
        try {
            reads.pause();
            s.refcount();
            reads.restart();
            s.has(org.tracenotes.core.kernel.PageFlag.LRU);
            reads.pause();
            first = reads.copy();
            s.callerFlags();
            reads.restart();
            s.has(org.tracenotes.core.kernel.PageFlag.ANON);
            second = reads.copy();
        } finally {
            reads.close();
        }
        int lru = PageState.initial().with(org.tracenotes.core.kernel.PageFlag.LRU, true).flags();
        int anon = PageState.initial().with(org.tracenotes.core.kernel.PageFlag.ANON, true).flags();
        assertEquals(lru, first.flagsRead());
        assertFalse(first.read(org.tracenotes.core.kernel.StateReads.Field.REFS), "read while paused, before the run");
        assertFalse(first.read(org.tracenotes.core.kernel.StateReads.Field.CALLER_FLAGS), "read while paused, after it");
        assertEquals(anon, second.flagsRead(), "started over");
        assertEquals(lru, first.flagsRead(), "a copy does not change with the recording");
        assertTrue(first.recording() && second.recording());
        org.tracenotes.core.kernel.StateReads next = org.tracenotes.core.kernel.StateReads.open();
        assertTrue(next.recording(), "closed: the next recording records");
        next.close();
    }
}
