package org.tracenotes.eclipse.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IVariable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.Halt;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.Force;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * The debug model over core's TraceSession, outside Eclipse (no debug plug-in running: events go nowhere):
 * the seed on lru-anon with a breakpoint on line 17, as the workbench IT does it through the IDE.
 */
class TraceDebugModelTest {

    private static final Path SEED = Path.of(System.getProperty("samples.dir"), "soft-offline.md").toAbsolutePath();

    private TraceSession session;
    private TraceDebugTarget target;

    @BeforeEach
    void open() throws Exception {
        Note note = EditorNotes.parse(SEED, SEED.toString(), Files.readString(SEED));
        LaunchSettings settings = new LaunchSettings("/kernel-notes/soft-offline.md", "", "lru-anon", "", "", false);
        TraceProcess process = new TraceProcess(launch(), "soft-offline.md · lru-anon");
        TraceSession.Opening o = TraceSession.open(note, List.of(), ReferenceTraces.softOffline66(), settings.request(),
                TraceDebugTarget.output(process));
        session = ((TraceSession.Opened) o).session();
        target = new TraceDebugTarget(launch(), session, process);
    }

    @AfterEach
    void close() {
        target.terminate();
    }

    private static ILaunch launch() {
        return (ILaunch) Proxy.newProxyInstance(ILaunch.class.getClassLoader(), new Class<?>[] {ILaunch.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }

    /** Stops the run at the seed's line 17 as a ruler breakpoint there does. */
    private DebugStop atLine17() {
        session.setBreakpoints(session.mainSource(), List.of(TraceLineBreakpoint.toCore(17, null, null)));
        Halt h = session.start(false);
        DebugStop stop = (DebugStop) h;
        target.halted(stop);
        return stop;
    }

    /** Waits for the runs thread to carry out a move. */
    private void settle() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!target.isSuspended() && !target.isTerminated()) {
            assertTrue(System.currentTimeMillis() < deadline, "the move did not end");
            Thread.sleep(20);
        }
    }

    private static List<String> frames(TraceThread thread) {
        return thread.frames().stream().map(f -> f.getName() + ":" + f.getLineNumber()).toList();
    }

    private static TraceVariable variable(TraceStackFrame frame, String name) {
        return frame.variables().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + frame.variables()));
    }

    private static TraceVariable child(TraceVariable v, String name) {
        return v.value().children().stream().filter(c -> c.getName().equals(name)).findFirst().orElseThrow(
                () -> new AssertionError(name + " not among " + v.value().children()));
    }

    @Test
    void aStopIsOneThreadWithOneStackFramePerFrameOfTheSession() throws Exception {
        DebugStop stop = atLine17();
        assertEquals(DebugStop.Reason.BREAKPOINT, stop.reason());
        assertTrue(target.isSuspended());
        TraceThread thread = target.thread();
        assertEquals(1, target.getThreads().length);
        assertSame(thread, target.getThreads()[0]);
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), frames(thread));
        IStackFrame top = thread.getTopStackFrame();
        assertSame(thread.frames().get(0), top);
        assertEquals(-1, top.getCharStart(), "the platform places the instruction pointer by line");
        assertEquals(TracenotesIds.DEBUG_MODEL, top.getModelIdentifier());
        assertEquals("soft_offline_page · scenario lru-anon", thread.getName());
        assertTrue(thread.canStepInto() && thread.canStepOver() && thread.canResume() && !thread.canSuspend());
        assertTrue(thread.canStepReturn(), "inside get_hwpoison_page: step return goes back to soft_offline_page");
        assertEquals(SEED.toString(), ((TraceStackFrame) top).source());
        assertFalse(((TraceStackFrame) top).frame().reference());
    }

    @Test
    void framesAreTheSameCallAtTheSameDepthAcrossStops() throws Exception {
        atLine17();
        TraceStackFrame outer = target.thread().frames().get(1);
        target.thread().stepInto();
        settle();
        List<TraceStackFrame> after = target.thread().frames();
        assertSame(outer, after.get(after.size() - 1), "soft_offline_page is the same frame object, refreshed");
        assertEquals(12, outer.getLineNumber());
        assertEquals(after.size() - 1, outer.index());
        assertEquals(List.of("get_any_page:18", "get_hwpoison_page:17", "soft_offline_page:12"), frames(target.thread()));
        assertFalse(outer.equals(after.get(0)));
    }

    @Test
    void variablesAreTheFramesLocalsThenThePageWithFlagsRefcountAndLedger() throws Exception {
        DebugStop stop = atLine17();
        TraceStackFrame top = target.thread().frames().get(0);
        List<String> names = top.variables().stream().map(TraceVariable::getName).toList();
        assertEquals(stop.top().locals().stream().map(v -> v.name()).toList(),
                names.subList(0, stop.top().locals().size()), "the locals first, as core lists them");
        TraceVariable page = variable(top, "page");
        assertTrue(page.getValue().hasVariables());
        assertEquals("1", child(page, "refcount").value().getValueString(), "lru-anon: refcount=1");
        String flags = child(page, "flags").value().getValueString();
        assertTrue(flags.contains("lru") && flags.contains("anon"), flags);
        assertEquals("true", child(child(page, "flags"), "lru").value().getValueString());
        TraceVariable ledger = child(page, "ledger");
        assertTrue(ledger.value().hasVariables(), "the ledger opens by owner");
        assertTrue(page.value().getValueString().startsWith("refcount 1 · "), page.value().getValueString());
        assertFalse(page.hasValueChanged(), "nothing changed before the first stop");
        assertFalse(page.supportsValueModification());
        assertThrows(org.eclipse.debug.core.DebugException.class, () -> page.setValue("2"));
    }

    @Test
    void theRootFramesPagePointerOpensOnThePage() {
        atLine17();
        TraceStackFrame root = target.thread().frames().get(1);
        TraceVariable page = variable(root, "page");
        assertEquals(TraceDebugTarget.PAGE_TYPE, page.getReferenceTypeName());
        assertTrue(page.value().getValueString().contains("refcount 1"), page.value().getValueString());
        assertEquals("1", child(page, "refcount").value().getValueString());
        assertEquals(1, root.variables().stream().filter(v -> v.getName().equals("page")).count(),
                "the local page is the page: no second one");
    }

    @Test
    void stepOverThenBackThenResumeToTheEnd() throws Exception {
        atLine17();
        TraceThread thread = target.thread();
        TraceStackFrame at17 = thread.frames().get(0);
        thread.stepOver();
        settle();
        List<String> afterOver = frames(thread);
        TraceStackFrame top = thread.frames().get(0);
        assertSame(at17, top, "the top frame stays the same object across a step over: the views refresh it");
        assertEquals("get_hwpoison_page", top.getName(), afterOver.toString());
        assertEquals(List.of("get_hwpoison_page:75", "soft_offline_page:12"), afterOver, "the next step no deeper");
        TraceVariable ret = variable(top, "ret");
        assertEquals("1", ret.value().getValueString(), "get_any_page took the page: " + top.variables());
        assertTrue(ret.hasValueChanged(), "ret was set by the line stepped over");
        TraceVariable refcount = child(variable(top, "page"), "refcount");
        assertEquals("2", refcount.value().getValueString(), "and took a reference");
        assertTrue(refcount.hasValueChanged());
        assertFalse(variable(top, "flags").hasValueChanged());

        thread.stepBack();
        settle();
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), frames(thread));
        assertEquals(DebugStop.Reason.STEP, thread.stop().reason());

        thread.resume();
        settle();
        assertTrue(target.isTerminated());
        assertEquals(0, target.getThreads().length);
        assertEquals(0, target.process().getExitValue());
        assertTrue(target.process().isTerminated());
        String console = target.process().output();
        assertTrue(console.startsWith("soft_offline_page · scenario lru-anon\n"), console);
        assertTrue(console.contains("returned 0"), console);
    }

    @Test
    void reverseResumeGoesBackToTheBreakpoint() throws Exception {
        atLine17();
        TraceThread thread = target.thread();
        thread.stepInto();
        settle();
        assertEquals(18, thread.frames().get(0).getLineNumber(), "step in goes to get_any_page's first step");
        thread.stepInto();
        settle();
        thread.reverseResume();
        settle();
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), frames(thread));
    }

    @Test
    void terminatingEndsTheProcessWithoutAnExitOfTheRun() throws Exception {
        atLine17();
        target.terminate();
        assertTrue(target.isTerminated());
        assertFalse(target.canResume());
        assertEquals(-1, target.process().getExitValue());
        assertNull(target.stop());
    }

    @Test
    void labelsOfTheDebugView() {
        atLine17();
        assertEquals("soft_offline_page · scenario lru-anon (Suspended: breakpoint at line 17)",
                TraceModelPresentation.label(target.thread()));
        assertEquals("get_hwpoison_page  soft-offline.md line 17", TraceModelPresentation.label(target.thread().frames().get(0)));
        assertEquals("Trace Note soft_offline_page · scenario lru-anon", TraceModelPresentation.label(target));
        TraceVariable page = variable(target.thread().frames().get(0), "page");
        assertEquals("refcount = 1", TraceModelPresentation.label(child(page, "refcount")));
    }

    @Test
    void referenceFramesLookUpTheReadOnlyReferenceTraces() throws Exception {
        // hugetlb-in-use ends in the model's reference trace of get_hwpoison_hugetlb_folio's callees: step in until a frame is there
        atLine17();
        TraceThread thread = target.thread();
        for (int i = 0; i < 40 && target.isSuspended(); i++) {
            if (thread.frames().stream().anyMatch(f -> f.frame().reference())) {
                TraceStackFrame ref = thread.frames().stream().filter(f -> f.frame().reference()).findFirst().orElseThrow();
                assertTrue(ref.sourceName().endsWith("(Linux 6.6 reference traces)"), ref.sourceName());
                assertEquals(session.referenceSource(), ref.source());
                return;
            }
            thread.stepInto();
            settle();
        }
        throw new AssertionError("no step went into a reference trace");
    }

    @Test
    void watchExpressionsAreEvaluatedInTheSelectedFrameByCore() throws Exception {
        atLine17();
        TraceStackFrame top = target.thread().frames().get(0);
        TraceStackFrame root = target.thread().frames().get(1);
        assertEquals("8", watch("flags & MF_COUNT_INCREASED ? 1 : flags", top));
        assertEquals("0", watch("flags", root), "soft_offline_page's own flags");
        assertEquals("error: ", watch("no_such_name", top).substring(0, 7));
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), frames(target.thread()), "nothing moved");
    }

    private static String watch(String expression, TraceStackFrame frame) throws Exception {
        java.util.concurrent.CompletableFuture<org.eclipse.debug.core.model.IWatchExpressionResult> done =
                new java.util.concurrent.CompletableFuture<>();
        new TraceWatchExpressionDelegate().evaluateExpression(expression, frame, done::complete);
        var r = done.get(30, java.util.concurrent.TimeUnit.SECONDS);
        return r.hasErrors() ? "error: " + String.join("; ", r.getErrorMessages()) : r.getValue().getValueString();
    }

    @Test
    void launchSettingsBecomeCoresRequest() {
        LaunchSettings s = new LaunchSettings(" /p/n.md ", " get_any_page ", "lru-anon", "refcount=2, !mapped,", "86=taken, 91=not-taken, 93",
                true);
        assertNull(s.problem());
        var r = s.request();
        assertEquals("get_any_page", r.trace());
        assertEquals("lru-anon", r.scenario());
        assertEquals(List.of("refcount=2", "!mapped"), r.given());
        assertEquals(Map.of(86, Force.TAKEN, 91, Force.NOT_TAKEN, 93, Force.TAKEN), r.forces());
        LaunchSettings empty = new LaunchSettings("/p/n.md", "", "", "", "", false);
        assertNull(empty.request().trace(), "empty: the note's first traced function");
        assertNull(empty.request().scenario(), "empty: the given keys alone");
        assertEquals("Choose the note to run", new LaunchSettings("", "", "", "", "", false).problem());
        assertTrue(new LaunchSettings("/p/n.md", "", "all", "", "", false).problem().contains("one scenario"));
        assertTrue(new LaunchSettings("/p/n.md", "", "", "", "86=maybe", false).problem()
                .startsWith("Forced branches: each item is LINE, LINE=taken or LINE=not-taken"));
    }

    @Test
    void lineBreakpointsAskCoreForTheirLineAndConditions() {
        assertEquals(new Breakpoint(17, null, null, null), TraceLineBreakpoint.toCore(17, null, " "));
        assertEquals(new Breakpoint(17, "ret < 0", ">= 2", null), TraceLineBreakpoint.toCore(17, " ret < 0 ", ">= 2"));
    }

    @Test
    void breakpointsOnLinesWithoutAStepAreRefusedWithTheNextLine() {
        var statuses = session.setBreakpoints(session.mainSource(), List.of(TraceLineBreakpoint.toCore(13, null, null)));
        assertFalse(statuses.get(0).verified());
        assertNotNull(statuses.get(0).message());
    }
}
