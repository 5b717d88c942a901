package org.tracenotes.core.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.Golden;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/** Debugging a run: stops, frames, stepping both ways, evaluation, forcing a branch, exceptions. */
class TraceSessionTest {

    private final List<String> console = new ArrayList<>();
    private TraceSession session;

    @AfterEach
    void close() {
        if (session != null) {
            session.close();
        }
    }

    static Note sample(String name) throws IOException {
        String text = Files.readString(Golden.repositoryRoot().resolve("samples").resolve(name), StandardCharsets.UTF_8);
        return new NoteParser().parse("samples/" + name, text);
    }

    private TraceSession open(Note note, String scenario, List<String> given, Map<Integer, Force> forces) {
        TraceRunner.Request r = new TraceRunner.Request(null, scenario, given, forces, false, RunOptions.defaults());
        TraceSession.Opening o = TraceSession.open(note, List.of(), ReferenceTraces.softOffline66(), r,
                (category, text, source, line) -> console.add(category + ": " + text));
        session = assertInstanceOf(TraceSession.Opened.class, o, () -> ((TraceSession.Refused) o).message()).session();
        return session;
    }

    private static RunResult plainRun(Note note, String scenario, List<String> given) {
        TraceRunner.Runs runs = (TraceRunner.Runs) TraceRunner.run(note, List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, scenario, given));
        return runs.results().get(0);
    }

    private static DebugStop stop(Halt h) {
        return assertInstanceOf(DebugStop.class, h, () -> "expected a stop, the run ended: " + h);
    }

    private static String where(DebugStop s) {
        StringBuilder sb = new StringBuilder();
        for (DebugFrame f : s.frames()) {
            sb.append(sb.length() == 0 ? "" : " < ").append(f.function()).append(':').append(f.line());
        }
        return sb.toString();
    }

    private static String local(DebugFrame f, String name) {
        return f.locals().stream().filter(v -> v.name().equals(name)).map(DebugValue::value).findFirst().orElse(null);
    }

    @Test
    void breakpointOnLine17StopsInsideTheExpansionOfGetHwpoisonPage() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        List<BreakpointStatus> bps = s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(17)));
        assertTrue(bps.get(0).verified());
        DebugStop at = stop(s.start(false));
        assertEquals(DebugStop.Reason.BREAKPOINT, at.reason());
        assertEquals(List.of(bps.get(0).id()), at.breakpoints());
        assertEquals("get_hwpoison_page:17 < soft_offline_page:12", where(at));
        assertEquals("page", local(at.frames().get(1), "page"));
        DebugStop in = stop(s.resume(TraceSession.Motion.STEP_IN));
        assertEquals("get_any_page:18 < get_hwpoison_page:17 < soft_offline_page:12", where(in));
        assertEquals(DebugStop.Reason.STEP, in.reason());
    }

    @Test
    void breakpointsAreVerifiedOnlyWhereAStepStands() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        List<BreakpointStatus> bps = s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(10), Breakpoint.at(4),
                Breakpoint.at(95), new Breakpoint(86, "ret >", null, null), new Breakpoint(86, null, "~3", null)));
        assertFalse(bps.get(0).verified());
        assertEquals("line 10 holds no step that can run; the next that can is line 11", bps.get(0).message());
        assertFalse(bps.get(1).verified());
        assertTrue(bps.get(2).verified());
        assertFalse(bps.get(3).verified(), bps.get(3).toString());
        assertFalse(bps.get(4).verified(), bps.get(4).toString());
    }

    @Test
    void steppingInEverywhereFollowsTheRunsPath() throws IOException {
        Note seed = sample("soft-offline.md");
        RunResult plain = plainRun(seed, "lru-anon", List.of());
        TraceSession s = open(seed, "lru-anon", List.of(), Map.of());
        List<Integer> lines = new ArrayList<>();
        Halt h = s.start(true);
        while (h instanceof DebugStop st) {
            if (st.top().source().equals(s.mainSource())) {
                lines.add(st.top().line());
            }
            h = s.resume(TraceSession.Motion.STEP_IN);
        }
        assertEquals(plain.path(), lines);
        RunEnded end = assertInstanceOf(RunEnded.class, h);
        assertEquals(plain.result(), end.result().result());
        assertEquals(0, end.exitCode());
    }

    @Test
    void stepOverStaysInTheFrameAndStepOutReturnsToTheCallWithItsValue() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(17)));
        stop(s.start(false));
        DebugStop over = stop(s.resume(TraceSession.Motion.STEP_OVER));
        assertEquals("get_hwpoison_page:75 < soft_offline_page:12", where(over));
        assertEquals("1", local(over.top(), "ret"));
        DebugStop in = stop(s.resume(TraceSession.Motion.STEP_BACK));
        assertEquals("get_hwpoison_page:17 < soft_offline_page:12", where(in));
        stop(s.resume(TraceSession.Motion.STEP_IN));
        DebugStop out = stop(s.resume(TraceSession.Motion.STEP_OUT));
        assertEquals("get_hwpoison_page:17 < soft_offline_page:12", where(out));
        assertEquals("get_any_page() returned", out.top().locals().get(0).name());
        assertEquals("1", out.top().locals().get(0).value());
        DebugStop next = stop(s.resume(TraceSession.Motion.STEP_OVER));
        assertEquals("get_hwpoison_page:75 < soft_offline_page:12", where(next));
    }

    @Test
    void restartFrameRunsAgainFromTheFirstStepOfThatCall() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(17)));
        DebugStop at = stop(s.start(false));
        DebugStop in = stop(s.resume(TraceSession.Motion.STEP_IN));
        assertEquals("get_any_page:18 < get_hwpoison_page:17 < soft_offline_page:12", where(in));

        DebugStop inner = stop(s.restartFrame(0));
        assertEquals(DebugStop.Reason.RESTART, inner.reason());
        assertEquals("get_any_page:18 < get_hwpoison_page:17 < soft_offline_page:12", where(inner), "already at its first step");
        DebugStop caller = stop(s.restartFrame(1));
        assertEquals("get_hwpoison_page:14 < soft_offline_page:12", where(caller));
        assertTrue(caller.index() < at.index(), "the restart is before the breakpoint");
        DebugStop again = stop(s.resume(TraceSession.Motion.CONTINUE));
        assertEquals(at.index(), again.index(), "going on hits the breakpoint again, at the same event");
        DebugStop outer = stop(s.restartFrame(1));
        assertEquals("soft_offline_page:11", where(outer));
        assertEquals("restarted at line 11", outer.description());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> s.restartFrame(1));
        assertEquals("no frame 1: the run is stopped in 1 frames", e.getMessage());
    }

    @Test
    void stepBackRunsAgainToThePreviousStepAndForwardIsTheSameAgain() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        stop(s.start(true));
        List<String> forward = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            DebugStop st = stop(s.resume(TraceSession.Motion.STEP_IN));
            forward.add(where(st) + " " + st.index());
        }
        List<String> back = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            DebugStop st = stop(s.resume(TraceSession.Motion.STEP_BACK));
            back.add(0, where(st) + " " + st.index());
        }
        assertEquals(forward.subList(0, 7), back);
        DebugStop again = stop(s.resume(TraceSession.Motion.STEP_IN));
        assertEquals(forward.get(1), where(again) + " " + again.index());
    }

    @Test
    void evaluationReadsFramesAndThePageAndChangesNothing() throws IOException {
        Note seed = sample("soft-offline.md");
        TraceSession s = open(seed, "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(86)));
        DebugStop at = stop(s.start(false));
        assertEquals("soft_offline_page:86", where(at));
        assertEquals("1", s.evaluate("ret", 0).value().toString());
        assertEquals("1", s.evaluate("ret > 0 && PageLRU(page)", 0).value().toString());
        assertEquals("2", s.evaluate("page->refcount", 0).value().toString());
        LiveRun.Evaluation unbound = s.evaluate("nosuch + 1", 0);
        assertEquals("`nosuch` is not bound in soft_offline_page", unbound.error());
        LiveRun.Evaluation assign = s.evaluate("ret = 5", 0);
        assertFalse(assign.ok());
        assertTrue(assign.error().contains("must not change the run"), assign.error());
        assertEquals("1", s.evaluate("ret", 0).value().toString());
        // a call that changes the page, evaluated aside, leaves the run as it was
        assertEquals("0", s.evaluate("soft_offline_in_use_page(page)", 0).value().toString());
        RunEnded end = assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
        RunResult plain = plainRun(seed, "lru-anon", List.of());
        assertEquals(plain.path(), end.result().path());
        assertEquals(plain.state(), end.result().state());
        assertEquals(plain.lenient(), end.result().lenient());
    }

    @Test
    void conditionalBreakpointsHitCountsAndLogpoints() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        List<BreakpointStatus> bps = s.setBreakpoints(s.mainSource(), List.of(
                new Breakpoint(82, "ret < 0", null, null),
                new Breakpoint(86, null, null, "ret is {ret}, refcount {page->refcount}"),
                new Breakpoint(95, "ret == 0", "1", null)));
        assertTrue(bps.stream().allMatch(BreakpointStatus::verified));
        DebugStop at = stop(s.start(false));
        assertEquals("soft_offline_page:95", where(at));
        assertEquals(List.of(bps.get(2).id()), at.breakpoints());
        assertEquals(List.of("console: ret is 1, refcount 2"), console);
    }

    @Test
    void gotoForcesTheBranchFromThereAndTheRunTakesIt() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(14)));
        DebugStop at = stop(s.start(false));
        assertEquals("get_hwpoison_page:14 < soft_offline_page:12", where(at));
        assertTrue(s.branchLabel(14).isPresent());
        assertTrue(s.branchLabel(15).isEmpty());
        DebugStop forced = stop(s.forceBranch(14));
        assertEquals(DebugStop.Reason.GOTO, forced.reason());
        assertEquals("get_hwpoison_page:14 < soft_offline_page:12", where(forced));
        DebugStop in = stop(s.resume(TraceSession.Motion.STEP_IN));
        assertEquals("get_hwpoison_page:15 < soft_offline_page:12", where(in));
        assertEquals(Map.of(14, Force.TAKEN), s.forces());
        // forcing the else back: the if's force is dropped, the run goes the old way
        DebugStop back = stop(s.forceBranch(16));
        assertEquals("get_hwpoison_page:16 < soft_offline_page:12", where(back));
        assertEquals(Map.of(16, Force.TAKEN), s.forces());
        assertThrows(IllegalArgumentException.class, () -> s.forceBranch(15));
    }

    @Test
    void gotoFromDeeperInTheRunGoesBackToWhereTheChainWasDecided() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(90)));
        DebugStop at = stop(s.start(false));
        assertEquals("soft_offline_page:90", where(at));
        DebugStop forced = stop(s.forceBranch(91));
        assertEquals("soft_offline_page:91", where(forced));
        DebugStop in = stop(s.resume(TraceSession.Motion.STEP_IN));
        assertEquals("soft_offline_page:93", where(in));
    }

    @Test
    void aFailedExpectationStopsAsAnException() throws IOException {
        Note annotated = sample("soft-offline.annotated.md");
        TraceSession s = open(annotated, "in-use-lru", List.of("migrate=fail"), Map.of());
        DebugStop at = stop(s.start(false));
        assertEquals(DebugStop.Reason.EXCEPTION, at.reason());
        assertEquals(TraceSession.EXPECTATION, at.exception().filter());
        assertTrue(at.exception().description().startsWith("@expect $ret == 0 && page.hwpoison && refcount == 1 failed (line 134)"),
                at.exception().description());
        assertEquals("(end of run)", at.top().function());
        assertEquals(134, at.top().line());
        assertEquals("-16 (-EBUSY)", s.evaluate("$ret", 0).value().toString());
        assertEquals("0", s.evaluate("page.hwpoison", 0).value().toString());
        RunEnded end = assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
        assertEquals(1, end.exitCode());
        s.setExceptionFilters(List.of());
        DebugStop entry = stop(s.start(true));
        assertEquals(DebugStop.Reason.ENTRY, entry.reason());
        assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
    }

    @Test
    void aRunEndingInErrorStopsWhereItFails() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "hugetlb-in-use", List.of(), Map.of());
        DebugStop at = stop(s.start(false));
        assertEquals(TraceSession.RUN_ERROR, at.exception().filter());
        assertEquals("unknown-function", at.exception().id());
        assertEquals(34, at.top().line());
        assertEquals("get_hwpoison_hugetlb_folio", at.top().function());
        DebugStop back = stop(s.resume(TraceSession.Motion.STEP_BACK));
        assertEquals(34, back.top().line());
        assertEquals(DebugStop.Reason.STEP, back.reason());
        DebugStop forward = stop(s.resume(TraceSession.Motion.CONTINUE));
        assertEquals(at.index(), forward.index());
        RunEnded end = assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
        assertEquals("unknown-function", end.result().outcome().id());
    }

    @Test
    void aReferenceDroppedThatWasNeverTakenStopsWhereItHappensAndTheEndNamesTheOtherInvariants() {
        Note note = new NoteParser().parse("put.md", """
                ```
                drop(pfn, flags)
                => put_page(page)
                => return 0
                ```
                """);
        TraceSession s = open(note, null, List.of("lru", "refcount=1"), Map.of());
        DebugStop at = stop(s.start(false));
        assertEquals(TraceSession.INVARIANT, at.exception().filter());
        assertEquals("refcount-never-negative", at.exception().id());
        assertEquals("drop:3", where(at));
        DebugStop end = stop(s.resume(TraceSession.Motion.CONTINUE));
        assertEquals("return-zero-poisons", end.exception().id());
        assertEquals("(end of run)", end.top().function());
        assertTrue(s.evaluate("1", 0).error().contains("returned"), s.evaluate("1", 0).error());
        RunEnded done = assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
        assertEquals(2, done.violations().size());
        DebugStop back = stop(s.start(false));
        assertEquals(at.index(), back.index());
        s.setExceptionFilters(List.of(TraceSession.EXPECTATION));
        assertInstanceOf(RunEnded.class, s.start(false));
    }

    @Test
    void pauseStopsARunningRunAtItsNextStep() throws Exception {
        Note note = new NoteParser().parse("spin.md", """
                ```
                spin(pfn, flags)
                => n = 0
                => while 1
                   => n = n + 1
                ```
                """);
        TraceSession s = open(note, null, List.of(), Map.of());
        s.setExceptionFilters(List.of());
        Thread pauser = new Thread(() -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            s.pause();
        });
        pauser.start();
        Halt h = s.start(false);
        pauser.join();
        DebugStop paused = stop(h);
        assertEquals(DebugStop.Reason.PAUSE, paused.reason());
        assertTrue(paused.top().line() == 4 || paused.top().line() == 5, where(paused));
        RunEnded end = assertInstanceOf(RunEnded.class, s.resume(TraceSession.Motion.CONTINUE));
        assertEquals("budget-exceeded", end.result().outcome().id());
    }

    @Test
    void reverseContinueGoesBackToTheLastBreakpointHit() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(12), new Breakpoint(17, "ret == 12345", null, null),
                Breakpoint.at(86)));
        DebugStop first = stop(s.start(false));
        assertEquals(12, first.top().line());
        DebugStop second = stop(s.resume(TraceSession.Motion.CONTINUE));
        assertEquals(86, second.top().line());
        DebugStop back = stop(s.resume(TraceSession.Motion.REVERSE_CONTINUE));
        assertEquals(DebugStop.Reason.BREAKPOINT, back.reason());
        assertEquals(first.index(), back.index());
        DebugStop start = stop(s.resume(TraceSession.Motion.REVERSE_CONTINUE));
        assertEquals(DebugStop.Reason.ENTRY, start.reason());
        assertEquals(11, start.top().line());
    }

    @Test
    void thePageScopeShowsFlagsRefcountLedgerAndTheEnvironmentRead() throws IOException {
        TraceSession s = open(sample("soft-offline.md"), "lru-anon", List.of(), Map.of());
        s.setBreakpoints(s.mainSource(), List.of(Breakpoint.at(95)));
        DebugStop at = stop(s.start(false));
        Map<String, DebugValue> page = new java.util.HashMap<>();
        at.page().forEach(v -> page.put(v.name(), v));
        assertEquals("hwpoison", page.get("flags").value());
        assertEquals("1", page.get("refcount").value());
        assertEquals("{poison-pin=1}", page.get("ledger").value());
        assertEquals("1", page.get("num_poisoned_pages").value());
        assertNotNull(page.get("start (lru-anon)"));
        assertTrue(at.environment().stream().anyMatch(v -> v.name().equals("filter") && v.value().equals("passes the page")),
                at.environment().toString());
        assertTrue(at.environment().stream().anyMatch(v -> v.name().equals("migrate") && v.value().equals("ok")),
                at.environment().toString());
    }

    @Test
    void aScenarioThatIsNotOneIsRefusedWithTheValidOnes() throws IOException {
        TraceRunner.Request r = TraceRunner.Request.of(null, "lru-anno", List.of());
        TraceSession.Opening o = TraceSession.open(sample("soft-offline.md"), List.of(), ReferenceTraces.softOffline66(), r, null);
        String message = assertInstanceOf(TraceSession.Refused.class, o).message();
        assertTrue(message.contains("did you mean `lru-anon`"), message);
        TraceSession.Opening all = TraceSession.open(sample("soft-offline.md"), List.of(), ReferenceTraces.softOffline66(),
                TraceRunner.Request.of(null, "all", List.of()), null);
        assertInstanceOf(TraceSession.Refused.class, all);
    }
}
