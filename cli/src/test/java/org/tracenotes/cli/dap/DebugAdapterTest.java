package org.tracenotes.cli.dap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.cli.dap.DapClient.at;
import static org.tracenotes.cli.dap.DapClient.get;
import static org.tracenotes.cli.dap.DapClient.variable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.debug.BreakpointLocationsArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.GotoArguments;
import org.eclipse.lsp4j.debug.GotoTarget;
import org.eclipse.lsp4j.debug.GotoTargetsArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceArguments;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.RestartFrameArguments;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TraceRunner;

/**
 * {@code tracenotes dap} driven in-process through LSP4J's debug launchers over pipes: the protocol
 * as an editor speaks it, on the seed note and the annotated one.
 */
class DebugAdapterTest {

    static final Path ROOT = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize();
    static final String SEED = ROOT.resolve("samples/soft-offline.md").toString();
    static final String ANNOTATED = ROOT.resolve("samples/soft-offline.annotated.md").toString();

    private DapClient dap;

    @AfterEach
    void close() {
        if (dap != null) {
            dap.close();
        }
    }

    private DapClient launch(Object... keyValues) {
        Map<String, Object> args = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            args.put((String) keyValues[i], keyValues[i + 1]);
        }
        dap = new DapClient();
        dap.launch(args);
        return dap;
    }

    private static StepInArguments stepIn() {
        StepInArguments a = new StepInArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return a;
    }

    private static NextArguments next() {
        NextArguments a = new NextArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return a;
    }

    private static StepOutArguments stepOut() {
        StepOutArguments a = new StepOutArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return a;
    }

    private static StepBackArguments stepBack() {
        StepBackArguments a = new StepBackArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return a;
    }

    private static ContinueArguments cont() {
        ContinueArguments a = new ContinueArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return a;
    }

    private static EvaluateArguments evaluate(String expression, int frameId, String context) {
        EvaluateArguments a = new EvaluateArguments();
        a.setExpression(expression);
        a.setFrameId(frameId);
        a.setContext(context);
        return a;
    }

    /** The note lines `tracenotes run` says the seed runs on a scenario. */
    private static List<Integer> path(String note, String scenario) throws IOException {
        String text = Files.readString(Path.of(note), StandardCharsets.UTF_8);
        TraceRunner.Runs runs = (TraceRunner.Runs) TraceRunner.run(new NoteParser().parse(note, text), List.of(),
                ReferenceTraces.softOffline66(), TraceRunner.Request.of(null, scenario, List.of()));
        RunResult r = runs.results().get(0);
        return r.path();
    }

    @Test
    void breakpointOnSeedLine17StopsThereAndStepInGoesToTheNextLineThatRuns() throws IOException {
        launch("note", SEED, "scenario", "lru-anon");
        org.eclipse.lsp4j.debug.Breakpoint[] bps = dap.breakpoints(SEED, at(17));
        assertTrue(bps[0].isVerified());
        get(dap.server.configurationDone(null));
        StoppedEventArguments stop = dap.stopped("breakpoint");
        assertArrayEquals(new Integer[] {bps[0].getId()}, stop.getHitBreakpointIds());
        StackFrame[] frames = dap.frames();
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        assertEquals(SEED, frames[0].getSource().getPath());
        assertEquals(SEED, frames[1].getSource().getPath());
        // the line after 17 on the run's own path
        List<Integer> path = path(SEED, "lru-anon");
        int next = path.get(path.indexOf(17) + 1);
        assertEquals(18, next);
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        assertEquals(List.of("get_any_page:" + next, "get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
    }

    @Test
    void scopesShowTheFramesLocalsThePageAndTheEnvironmentRead() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(86));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        assertEquals(List.of("soft_offline_page:86"), dap.where());
        Variable[] locals = dap.variables(dap.scope(1, "Locals").getVariablesReference());
        assertEquals("1", variable(locals, "ret").getValue());
        assertEquals("int", variable(locals, "ret").getType());
        assertEquals("page", variable(locals, "page").getValue());
        assertEquals("struct page *", variable(locals, "page").getType());
        assertEquals("4660", variable(locals, "pfn").getValue());
        Variable[] page = dap.variables(dap.scope(1, "Page").getVariablesReference());
        assertEquals("lru anon mapped", variable(page, "flags").getValue());
        assertEquals("2", variable(page, "refcount").getValue());
        assertEquals("0", variable(page, "num_poisoned_pages").getValue());
        Variable ledger = variable(page, "ledger");
        assertEquals("{get=1, mapping=1}", ledger.getValue());
        Variable[] owners = dap.variables(ledger.getVariablesReference());
        assertEquals("1", variable(owners, "get").getValue());
        assertEquals("0", variable(owners, "caller-pin").getValue());
        Variable[] flags = dap.variables(variable(page, "flags").getVariablesReference());
        assertEquals("true", variable(flags, "lru").getValue());
        assertEquals("false", variable(flags, "hwpoison").getValue());
        Variable[] env = dap.variables(dap.scope(1, "Environment").getVariablesReference());
        assertEquals("passes the page", variable(env, "filter").getValue());
    }

    @Test
    void nextStepOutAndStepBackMoveThroughTheRecordedRun() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(17));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        get(dap.server.next(next()));
        dap.stopped("step");
        assertEquals(List.of("get_hwpoison_page:75", "soft_offline_page:12"), dap.where());
        get(dap.server.stepBack(stepBack()));
        dap.stopped("step");
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        assertEquals(List.of("get_any_page:21", "get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        get(dap.server.stepOut(stepOut()));
        StoppedEventArguments out = dap.stopped("step");
        assertEquals("get_any_page() returned 1", out.getDescription());
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        Variable[] locals = dap.variables(dap.scope(1, "Locals").getVariablesReference());
        assertEquals("1", variable(locals, "get_any_page() returned").getValue());
        get(dap.server.stepBack(stepBack()));
        dap.stopped("step");
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        get(dap.server.stepBack(stepBack()));
        dap.stopped("step");
        assertEquals(List.of("get_hwpoison_page:16", "soft_offline_page:12"), dap.where());
    }

    @Test
    void gotoOnABranchLineRunsAgainWithThatBranchForced() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(14));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        GotoTargetsArguments ask = new GotoTargetsArguments();
        Source src = new Source();
        src.setPath(SEED);
        ask.setSource(src);
        ask.setLine(15);
        assertEquals(0, get(dap.server.gotoTargets(ask)).getTargets().length);
        ask.setLine(14);
        GotoTarget[] targets = get(dap.server.gotoTargets(ask)).getTargets();
        assertEquals(1, targets.length);
        assertEquals(14, targets[0].getLine());
        assertTrue(targets[0].getLabel().startsWith("take the branch on line 14"), targets[0].getLabel());
        GotoArguments go = new GotoArguments();
        go.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        go.setTargetId(targets[0].getId());
        get(dap.server.goto_(go));
        StoppedEventArguments s = dap.stopped("goto");
        assertEquals("line 14 forced taken", s.getDescription());
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        assertEquals(List.of("get_hwpoison_page:15", "soft_offline_page:12"), dap.where());
        go.setTargetId(15);
        String why = DapClient.failure(dap.server.goto_(go));
        assertTrue(why.contains("not an if / else-if / else / case line"), why);
    }

    @Test
    void continueRunsToTheEndAndReportsTheOutcome() {
        launch("note", SEED, "scenario", "lru-anon", "stopOnEntry", true);
        get(dap.server.configurationDone(null));
        StoppedEventArguments entry = dap.stopped("entry");
        assertEquals("soft_offline_page · scenario lru-anon", entry.getDescription());
        assertEquals(List.of("soft_offline_page:11"), dap.where());
        get(dap.server.continue_(cont()));
        ExitedEventArguments exited = dap.await("exited");
        assertEquals(0, exited.getExitCode());
        dap.await("terminated");
        String console = dap.console();
        assertTrue(console.contains("outcome   returned 0"), console);
        assertTrue(console.contains("refs      gets 3, puts 3, net 0; ledger {poison-pin=1}"), console);
        String why = DapClient.failure(dap.server.next(next()));
        assertEquals("the run has ended", why);
    }

    @Test
    void aFailedExpectationStopsWithReasonExceptionAndTheRunExitsOne() {
        launch("note", ANNOTATED, "scenario", "in-use-lru", "given", List.of("migrate=fail"));
        SetExceptionBreakpointsArguments filters = new SetExceptionBreakpointsArguments();
        filters.setFilters(new String[] {"expectation"});
        get(dap.server.setExceptionBreakpoints(filters));
        get(dap.server.configurationDone(null));
        StoppedEventArguments s = dap.stopped("exception");
        assertTrue(s.getText().startsWith("@expect $ret == 0 && page.hwpoison && refcount == 1 failed (line 134)"),
                s.getText());
        assertEquals(List.of("(end of run):134"), dap.where());
        ExceptionInfoArguments ei = new ExceptionInfoArguments();
        ei.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        ExceptionInfoResponse info = get(dap.server.exceptionInfo(ei));
        assertEquals("expectation", info.getExceptionId());
        EvaluateResponse ret = get(dap.server.evaluate(evaluate("$ret", 1, "watch")));
        assertEquals("-16 (-EBUSY)", ret.getResult());
        get(dap.server.continue_(cont()));
        ExitedEventArguments exited = dap.await("exited");
        assertEquals(1, exited.getExitCode());
        assertTrue(dap.console().contains("expect    line 134 FAILED"), dap.console());
    }

    @Test
    void aFailedExpectationInATestNoteStopsOnItsLine(@TempDir Path dir) throws IOException {
        Path note = dir.resolve("small.md");
        Files.writeString(note, """
                ```
                ## @scenario used: lru, anon, mapped, refcount=1
                check(pfn, flags)
                => ret = PageLRU(page)  ## @expect ret == 0
                => return ret
                ```
                """);
        launch("note", note.toString(), "scenario", "used");
        get(dap.server.configurationDone(null));
        StoppedEventArguments s = dap.stopped("exception");
        assertTrue(s.getText().startsWith("@expect ret == 0 failed (line 4)"), s.getText());
        assertEquals(List.of("check:4"), dap.where());
        get(dap.server.next(next()));
        dap.stopped("step");
        assertEquals(List.of("check:5"), dap.where());
        get(dap.server.continue_(cont()));
        assertEquals(1, ((ExitedEventArguments) dap.await("exited")).getExitCode());
    }

    @Test
    void conditionsHitCountsAndLogpoints() {
        launch("note", SEED, "scenario", "lru-anon");
        org.eclipse.lsp4j.debug.Breakpoint[] bps = dap.breakpoints(SEED, at(82, "ret < 0", null, null),
                at(86, null, null, "ret={ret} refs={page->refcount}"), at(90, "ret > 0", "1", null), at(10));
        assertTrue(bps[0].isVerified() && bps[1].isVerified() && bps[2].isVerified());
        assertFalse(bps[3].isVerified());
        assertEquals("line 10 holds no step that can run; the next that can is line 11", bps[3].getMessage());
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        assertEquals(List.of("soft_offline_page:90"), dap.where());
        assertTrue(dap.console().contains("ret=1 refs=2\n"), dap.console());
    }

    @Test
    void evaluateForHoverAndWatchInAnyFrame() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(18));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        assertEquals(List.of("get_any_page:18", "get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        assertEquals("0", get(dap.server.evaluate(evaluate("flags & MF_COUNT_INCREASED", 1, "hover"))).getResult());
        assertEquals("page", get(dap.server.evaluate(evaluate("page", 3, "watch"))).getResult());
        assertEquals("struct page *", get(dap.server.evaluate(evaluate("page", 3, "watch"))).getType());
        assertEquals("1", get(dap.server.evaluate(evaluate("PageLRU(page)", 3, "repl"))).getResult());
        String why = DapClient.failure(dap.server.evaluate(evaluate("nosuch", 3, "hover")));
        assertEquals("`nosuch` is not bound in soft_offline_page", why);
        // nothing evaluated changed the run
        get(dap.server.continue_(cont()));
        dap.await("exited");
        assertTrue(dap.console().contains("outcome   returned 0"), dap.console());
    }

    @Test
    void reverseContinueGoesBackToTheLastBreakpoint() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(17), at(86));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        get(dap.server.continue_(cont()));
        dap.stopped("breakpoint");
        assertEquals(List.of("soft_offline_page:86"), dap.where());
        get(dap.server.reverseContinue(new ReverseContinueArguments()));
        dap.stopped("breakpoint");
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
    }

    @Test
    void framesOfReferenceTracesComeWithTheirSource() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(90));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        StackFrame[] frames = dap.frames();
        assertEquals("soft_offline_in_use_page", frames[0].getName());
        Source ref = frames[0].getSource();
        assertEquals(TracenotesDebugAdapter.REFERENCE_SOURCE, ref.getSourceReference());
        assertEquals(null, ref.getPath());
        assertEquals("soft_offline_page", frames[1].getName());
        assertEquals(90, frames[1].getLine());
        SourceArguments sa = new SourceArguments();
        sa.setSource(ref);
        sa.setSourceReference(ref.getSourceReference());
        String text = get(dap.server.source(sa)).getContent();
        String line = text.split("\n", -1)[frames[0].getLine() - 1];
        assertFalse(line.isBlank(), "the reference frame's line holds a step: " + line);
    }

    @Test
    void breakpointLocationsAreTheLinesThatCanRun() {
        launch("note", SEED, "scenario", "lru-anon");
        BreakpointLocationsArguments a = new BreakpointLocationsArguments();
        Source s = new Source();
        s.setPath(SEED);
        a.setSource(s);
        a.setLine(8);
        a.setEndLine(14);
        List<Integer> lines = Arrays.stream(get(dap.server.breakpointLocations(a)).getBreakpoints())
                .map(org.eclipse.lsp4j.debug.BreakpointLocation::getLine).toList();
        assertEquals(List.of(11, 12, 14), lines);
    }

    @Test
    void aRequestWithoutItsArgumentsIsRefusedNotAnInternalError() throws Exception {
        TracenotesDebugAdapter adapter = new TracenotesDebugAdapter();
        for (java.util.concurrent.CompletableFuture<?> f : List.of(adapter.stackTrace(null), adapter.scopes(null),
                adapter.variables(null), adapter.evaluate(null), adapter.evaluate(new org.eclipse.lsp4j.debug.EvaluateArguments()),
                adapter.source(null), adapter.setBreakpoints(null), adapter.breakpointLocations(null))) {
            java.util.concurrent.ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(
                    java.util.concurrent.ExecutionException.class, () -> f.get(10, java.util.concurrent.TimeUnit.SECONDS));
            org.junit.jupiter.api.Assertions.assertInstanceOf(org.eclipse.lsp4j.jsonrpc.ResponseErrorException.class, e.getCause(), e.getCause().toString());
        }
    }

    @Test
    void breakpointLocationsEndingBeforeTheyStartAreNoneNotAnInternalError() {
        launch("note", SEED, "scenario", "lru-anon");
        BreakpointLocationsArguments a = new BreakpointLocationsArguments();
        Source s = new Source();
        s.setPath(SEED);
        a.setSource(s);
        a.setLine(14);
        a.setEndLine(8);
        assertEquals(0, get(dap.server.breakpointLocations(a)).getBreakpoints().length);
    }

    @Test
    void noDebugRunsToTheEndWithoutStopping() {
        launch("note", ANNOTATED, "scenario", "in-use-lru", "given", "migrate=fail", "noDebug", true);
        org.eclipse.lsp4j.debug.Breakpoint[] bps = dap.breakpoints(ANNOTATED, at(42));
        assertFalse(bps[0].isVerified());
        get(dap.server.configurationDone(null));
        ExitedEventArguments exited = dap.await("exited");
        assertEquals(1, exited.getExitCode());
        dap.await("terminated");
        assertTrue(dap.seen.stream().noneMatch(e -> e.name().equals("stopped")), dap.seen.toString());
    }

    @Test
    void restartFrameRunsThatCallAgainFromItsFirstStep() {
        launch("note", SEED, "scenario", "lru-anon");
        dap.breakpoints(SEED, at(17));
        get(dap.server.configurationDone(null));
        dap.stopped("breakpoint");
        get(dap.server.stepIn(stepIn()));
        dap.stopped("step");
        assertEquals(List.of("get_any_page:18", "get_hwpoison_page:17", "soft_offline_page:12"), dap.where());
        RestartFrameArguments a = new RestartFrameArguments();
        a.setFrameId(2);
        get(dap.server.restartFrame(a));
        StoppedEventArguments st = dap.stopped("restart");
        assertEquals("restarted at line 14", st.getDescription());
        assertEquals(List.of("get_hwpoison_page:14", "soft_offline_page:12"), dap.where());
        get(dap.server.continue_(cont()));
        dap.stopped("breakpoint");
        a.setFrameId(7);
        String why = DapClient.failure(dap.server.restartFrame(a));
        assertTrue(why.contains("restartFrame: no frame 7"), why);
    }

    @Test
    void dapHelpListsTheLaunchArguments() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = org.tracenotes.cli.TracenotesCommand.execute(new String[] {"dap", "--help"}, new java.io.PrintWriter(out),
                new java.io.PrintWriter(err));
        assertEquals(0, code);
        assertEquals("", err.toString());
        for (String arg : List.of("note", "trace", "scenario", "given", "force", "with", "stopOnEntry", "noDebug")) {
            assertTrue(out.toString().contains("\n  " + arg + " "), arg + " in\n" + out);
        }
        assertTrue(out.toString().contains("% N"), out.toString());
    }

    @Test
    void aLaunchThatCannotRunSaysWhy() {
        dap = new DapClient();
        org.eclipse.lsp4j.debug.InitializeRequestArguments init = new org.eclipse.lsp4j.debug.InitializeRequestArguments();
        init.setAdapterID("tracenotes");
        assertNotNull(get(dap.server.initialize(init)).getExceptionBreakpointFilters());
        assertTrue(get(dap.server.initialize(init)).getSupportsRestartFrame());
        String why = DapClient.failure(dap.server.launch(Map.of("note", SEED, "scenario", "lru-anno")));
        assertTrue(why.contains("did you mean `lru-anon`"), why);
        assertTrue(DapClient.failure(dap.server.launch(Map.of("scenario", "lru-anon"))).contains("`note`"));
        assertTrue(DapClient.failure(dap.server.launch(Map.of("note", SEED, "force", List.of("12=maybe"))))
                .contains("force"));
        assertTrue(DapClient.failure(dap.server.launch(Map.of("note", ROOT.resolve("nope.md").toString())))
                .contains("cannot be read"));
    }
}
