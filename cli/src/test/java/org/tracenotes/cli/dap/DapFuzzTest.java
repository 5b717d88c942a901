package org.tracenotes.cli.dap;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.debug.BreakpointLocationsArguments;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.GotoArguments;
import org.eclipse.lsp4j.debug.GotoTargetsArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.RestartFrameArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceArguments;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminateArguments;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import java.util.Collections;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.debug.DebugRemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.debug.json.DebugMessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.RequestMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The debug adapter's request handlers under generated sessions, fuzzed by Jazzer ({@code JAZZER_FUZZ=1},
 * {@code .ci/fuzz}) and replayed on every build from the inputs under
 * {@code src/test/resources/org/tracenotes/cli/dap/DapFuzzTestInputs}: a generated note launched with
 * generated arguments (some of the wrong type), breakpoints anywhere, then any sequence of requests with
 * any arguments (missing ones included). Every request is answered within its time, with a value or a
 * refusal, never an internal error; every frame's line is a line of its note; the session ends on
 * disconnect.
 */
class DapFuzzTest {

    private static final long SECONDS = 10;
    private static final Path DIR = tempDir();
    private static final List<String> LINES = List.of("=> x = 1", "=> if x:", "   => y = x + 1", "-> else", "   => return 2",
            "=> return x", "again:", "=> goto again", "=> n++", "=> if n < 3:", "=> folio_put(page)", "=> ret = folio_try_get(page)",
            "## @scenario a: lru", "## @scenario b: buddy", "## @expect $ret == 0", "=> while n < 5:", "   => n += 1", "=> break",
            "=> 先略", "=> g(page)", "g(p)", "=> return p", "=> switch (x):", "   => case 1:", "=> y = page_count(page)", "");
    private static final List<String> MOVES = List.of("next", "stepIn", "stepOut", "stepBack", "continue", "reverseContinue",
            "restartFrame", "goto", "pause");
    private static final List<String> LOOKS = List.of("threads", "stackTrace", "scopes", "variables", "evaluate", "exceptionInfo",
            "source", "breakpointLocations", "gotoTargets", "setBreakpoints", "setExceptionBreakpoints", "terminate");

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("tracenotes-dap-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the adapter sends the client, checked as it arrives. */
    private static final class Client implements IDebugProtocolClient {
        final List<String> problems = new ArrayList<>();
        final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);

        void awaitStop() throws InterruptedException {
            if (!stopped.await(SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("no stop on entry within " + SECONDS + " s");
            }
        }

        @Override
        public void stopped(StoppedEventArguments args) {
            if (args.getThreadId() == null || args.getThreadId() != TracenotesDebugAdapter.THREAD_ID || args.getReason() == null) {
                problems.add("a stop without the thread or a reason: " + args);
            }
            stopped.countDown();
        }

        @Override
        public void output(OutputEventArguments args) {
            if (args.getOutput() == null || args.getOutput().contains("\tat org.")) {
                problems.add("output with a stack trace or none: " + args.getOutput());
            }
        }
    }

    @FuzzTest(maxDuration = "30s")
    void generatedSessionsAreAnsweredAndStayInsideTheNote(FuzzedDataProvider data) throws Exception {
        List<String> noteLines = new ArrayList<>(List.of("```", "f(page)"));
        for (int i = data.consumeInt(1, 14); i > 0; i--) {
            noteLines.add(data.consumeBoolean() ? data.pickValue(LINES) : data.consumeString(12));
        }
        noteLines.add("```");
        Path note = DIR.resolve("n.md");
        String text = String.join("\n", noteLines) + "\n";
        Files.writeString(note, text, StandardCharsets.UTF_8);
        int lineCount = text.split("\r\n|\r|\n", -1).length;   // generated lines may hold line breaks of their own

        TracenotesDebugAdapter adapter = new TracenotesDebugAdapter();
        Client client = new Client();
        adapter.connect(client);
        InitializeRequestArguments init = new InitializeRequestArguments();
        init.setAdapterID("tracenotes");
        boolean startAt1 = data.consumeProbabilityFloat() > 0.2f;
        init.setLinesStartAt1(startAt1);
        answer(adapter.initialize(init));
        Map<String, Object> launch = new LinkedHashMap<>();
        launch.put("note", data.consumeProbabilityFloat() < 0.05f ? data.consumeString(6) : note.toString());
        if (data.consumeBoolean()) {
            launch.put("trace", data.pickValue(List.of("f", "g", "h", data.consumeString(4))));
        }
        if (data.consumeBoolean()) {
            launch.put("scenario", data.pickValue(List.of("a", "b", "lru-anon", "buddy", data.consumeString(4))));
        }
        if (data.consumeBoolean()) {
            launch.put("given", data.consumeBoolean() ? List.of("lru", data.consumeString(6)) : data.consumeString(10));
        }
        if (data.consumeBoolean()) {
            launch.put("force", List.of(data.consumeInt(-2, lineCount + 2) + "=" + data.pickValue(List.of("taken", "not-taken", "x"))));
        }
        launch.put("stopOnEntry", data.pickValue(List.of(true, false, "true", 3)));
        if (data.consumeProbabilityFloat() < 0.1f) {
            launch.put("noDebug", true);
        }
        answer(adapter.launch(launch));
        answer(adapter.setBreakpoints(breakpoints(data, note, lineCount)));
        answer(adapter.configurationDone(new ConfigurationDoneArguments()));
        int steps = data.consumeInt(0, 16);
        for (int i = 0; i < steps && data.remainingBytes() > 0; i++) {
            if (data.consumeBoolean()) {
                move(adapter, data.pickValue(MOVES), data);
            } else {
                look(adapter, data.pickValue(LOOKS), data, note, lineCount, startAt1);
            }
        }
        DisconnectArguments bye = new DisconnectArguments();
        answer(adapter.disconnect(bye));
        adapter.done().get(SECONDS, TimeUnit.SECONDS);
        if (!client.problems.isEmpty()) {
            throw new AssertionError(client.problems.toString());
        }
    }

    private static final Path SEED = Path.of(System.getProperty("tracenotes.root", "..")).toAbsolutePath().normalize()
            .resolve("samples/soft-offline.md");

    /**
     * Any text as one message to an adapter stopped on entry into the seed note, read as LSP4J's debug
     * protocol reader reads it: a request is answered in time, and not with an internal error (LSP4J would
     * send the client the exception's stack trace); text of no message shape LSP4J drops.
     */
    @FuzzTest(maxDuration = "30s")
    @DictionaryEntries({"{\"seq\":1,\"type\":\"request\",\"command\":\"", "\"arguments\":{", "\"threadId\":1", "\"frameId\":",
        "\"variablesReference\":", "\"expression\":\"", "\"source\":{\"path\":\"", "\"sourceReference\":", "\"line\":",
        "\"endLine\":", "\"breakpoints\":[{\"line\":", "\"condition\":\"", "\"targetId\":", "\"startFrame\":", "\"levels\":",
        "\"filters\":[", "stackTrace", "scopes", "variables", "evaluate", "next", "stepIn", "stepOut", "stepBack", "continue",
        "reverseContinue", "restartFrame", "goto", "gotoTargets", "setBreakpoints", "breakpointLocations", "exceptionInfo",
        "source", "threads", "pause", "terminate", "setExceptionBreakpoints", "null", "-1", "2147483647"})
    void anyMessageTextAtAStopIsAnsweredWellFormedOrDropped(byte[] bytes) throws Exception {
        String message = new String(bytes, StandardCharsets.UTF_8);
        TracenotesDebugAdapter adapter = new TracenotesDebugAdapter();
        Client client = new Client();
        adapter.connect(client);
        answer(adapter.initialize(new InitializeRequestArguments()));
        answer(adapter.launch(new LinkedHashMap<>(Map.of("note", SEED.toString(), "stopOnEntry", true))));
        answer(adapter.configurationDone(new ConfigurationDoneArguments()));
        client.awaitStop();
        DebugMessageJsonHandler handler = new DebugMessageJsonHandler(
                ServiceEndpoints.getSupportedMethods(TracenotesDebugAdapter.class));
        List<Message> sent = Collections.synchronizedList(new ArrayList<>());
        DebugRemoteEndpoint endpoint = new DebugRemoteEndpoint(sent::add, ServiceEndpoints.toEndpoint(adapter));
        Message parsed = null;
        try {
            parsed = handler.parseMessage(message);
            endpoint.consume(parsed);
        } catch (MessageIssueException e) {
            if (e.getRpcMessage() != null) {
                parsed = e.getRpcMessage();
                endpoint.handle(e.getRpcMessage(), e.getIssues());
            }
        } catch (RuntimeException e) {
            parsed = null;   // not a message: LSP4J's reader reports and skips it
        }
        if (parsed instanceof RequestMessage) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
            while (sent.stream().noneMatch(m -> m instanceof ResponseMessage) && System.nanoTime() < end) {
                java.lang.Thread.sleep(1);
            }
            ResponseMessage response = (ResponseMessage) sent.stream().filter(m -> m instanceof ResponseMessage).findFirst()
                    .orElseThrow(() -> new AssertionError("no answer within " + SECONDS + " s to " + message));
            if (response.getError() != null && response.getError().getCode() == ResponseErrorCode.InternalError.getValue()) {
                throw new AssertionError("an internal error: " + response.getError().getMessage() + " for " + message);
            }
            handler.serialize(response);
        }
        answer(adapter.disconnect(new DisconnectArguments()));
        adapter.done().get(SECONDS, TimeUnit.SECONDS);
        if (!client.problems.isEmpty()) {
            throw new AssertionError(client.problems.toString());
        }
    }

    private static SetBreakpointsArguments breakpoints(FuzzedDataProvider data, Path note, int lineCount) {
        SetBreakpointsArguments a = new SetBreakpointsArguments();
        Source s = new Source();
        if (data.consumeProbabilityFloat() < 0.9f) {
            s.setPath(data.consumeProbabilityFloat() < 0.9f ? note.toString() : data.consumeString(8));
        }
        a.setSource(s);
        List<SourceBreakpoint> bs = new ArrayList<>();
        for (int i = data.consumeInt(0, 3); i > 0; i--) {
            SourceBreakpoint b = new SourceBreakpoint();
            b.setLine(data.consumeBoolean() ? data.consumeInt(-1, lineCount + 1) : data.consumeInt());
            if (data.consumeBoolean()) {
                b.setCondition(data.pickValue(List.of("x == 1", "n > 2", "page", data.consumeString(8))));
            }
            if (data.consumeBoolean()) {
                b.setHitCondition(data.pickValue(List.of("2", ">= 1", "%2", data.consumeString(4))));
            }
            if (data.consumeBoolean()) {
                b.setLogMessage(data.pickValue(List.of("x is {x}", "{", "{page}", data.consumeString(8))));
            }
            bs.add(b);
        }
        if (data.consumeProbabilityFloat() >= 0.05f) {
            a.setBreakpoints(bs.toArray(new SourceBreakpoint[0]));
        }
        return a;
    }

    private static void move(TracenotesDebugAdapter adapter, String how, FuzzedDataProvider data) throws Exception {
        CompletableFuture<?> f = switch (how) {
            case "next" -> adapter.next(new NextArguments());
            case "stepIn" -> adapter.stepIn(new StepInArguments());
            case "stepOut" -> adapter.stepOut(new StepOutArguments());
            case "stepBack" -> adapter.stepBack(new StepBackArguments());
            case "continue" -> adapter.continue_(new ContinueArguments());
            case "reverseContinue" -> adapter.reverseContinue(new ReverseContinueArguments());
            case "restartFrame" -> {
                RestartFrameArguments a = new RestartFrameArguments();
                a.setFrameId(data.consumeInt(-1, 4));
                yield adapter.restartFrame(a);
            }
            case "goto" -> {
                GotoArguments a = new GotoArguments();
                a.setTargetId(data.consumeInt(-1, 40));
                yield adapter.goto_(a);
            }
            default -> adapter.pause(new PauseArguments());
        };
        answer(f);
    }

    private static void look(TracenotesDebugAdapter adapter, String what, FuzzedDataProvider data, Path note, int lineCount,
                             boolean startAt1) throws Exception {
        switch (what) {
            case "threads" -> answer(adapter.threads());
            case "stackTrace" -> {
                StackTraceArguments a = new StackTraceArguments();
                a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
                if (data.consumeBoolean()) {
                    a.setStartFrame(data.consumeInt(-2, 5));
                    a.setLevels(data.consumeInt(-1, 5));
                }
                Object r = answer(adapter.stackTrace(a));
                if (r instanceof StackTraceResponse st) {
                    for (StackFrame f : st.getStackFrames()) {
                        if (f.getSource() != null && note.toString().equals(f.getSource().getPath())) {
                            int line = startAt1 ? f.getLine() : f.getLine() + 1;
                            if (line < 1 || line > lineCount) {
                                throw new AssertionError("frame line " + f.getLine() + " outside the note of " + lineCount + " lines");
                            }
                        }
                        if (f.getId() < 1) {
                            throw new AssertionError("frame id " + f.getId());
                        }
                    }
                }
            }
            case "scopes" -> {
                ScopesArguments a = new ScopesArguments();
                a.setFrameId(data.consumeInt(-1, 4));
                answer(adapter.scopes(a));
            }
            case "variables" -> {
                VariablesArguments a = new VariablesArguments();
                a.setVariablesReference(data.consumeInt(-1, 8));
                if (data.consumeBoolean()) {
                    a.setStart(data.consumeInt(-2, 4));
                    a.setCount(data.consumeInt(-1, 4));
                }
                answer(adapter.variables(a));
            }
            case "evaluate" -> {
                EvaluateArguments a = new EvaluateArguments();
                a.setExpression(data.consumeBoolean() ? data.pickValue(List.of("x", "x + 1", "page", "n++", "$ret", "a = 3", "f(page)"))
                        : data.consumeString(12));
                if (data.consumeBoolean()) {
                    a.setFrameId(data.consumeInt(-1, 4));
                }
                answer(adapter.evaluate(a));
            }
            case "exceptionInfo" -> answer(adapter.exceptionInfo(new ExceptionInfoArguments()));
            case "source" -> {
                SourceArguments a = new SourceArguments();
                a.setSourceReference(data.consumeInt(-1, 3));
                if (data.consumeBoolean()) {
                    Source s = new Source();
                    s.setPath(data.consumeBoolean() ? note.toString() : data.consumeString(6));
                    a.setSource(s);
                }
                answer(adapter.source(a));
            }
            case "breakpointLocations" -> {
                BreakpointLocationsArguments a = new BreakpointLocationsArguments();
                Source s = new Source();
                s.setPath(note.toString());
                if (data.consumeProbabilityFloat() >= 0.1f) {
                    a.setSource(s);   // a client may leave it out
                }
                a.setLine(data.consumeInt(-1, lineCount + 1));
                if (data.consumeBoolean()) {
                    a.setEndLine(data.consumeInt(-1, lineCount + 1));
                }
                answer(adapter.breakpointLocations(a));
            }
            case "gotoTargets" -> {
                GotoTargetsArguments a = new GotoTargetsArguments();
                Source s = new Source();
                s.setPath(note.toString());
                if (data.consumeProbabilityFloat() >= 0.1f) {
                    a.setSource(s);
                }
                a.setLine(data.consumeInt(-1, lineCount + 1));
                answer(adapter.gotoTargets(a));
            }
            case "setBreakpoints" -> answer(adapter.setBreakpoints(breakpoints(data, note, lineCount)));
            case "setExceptionBreakpoints" -> {
                SetExceptionBreakpointsArguments a = new SetExceptionBreakpointsArguments();
                a.setFilters(new String[] {data.pickValue(List.of("expectation", "invariant", "run-error", data.consumeString(6)))});
                answer(adapter.setExceptionBreakpoints(a));
            }
            default -> answer(adapter.terminate(new TerminateArguments()));
        }
    }

    /** The request's value, or null when it was refused as the protocol allows; anything else fails. */
    private static Object answer(CompletableFuture<?> f) throws InterruptedException {
        try {
            return f.get(SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("no answer within " + SECONDS + " s");
        } catch (ExecutionException e) {
            Throwable t = e.getCause();
            while (t instanceof java.util.concurrent.CompletionException && t.getCause() != null) {
                t = t.getCause();
            }
            if (t instanceof ResponseErrorException r && r.getResponseError().getCode() != ResponseErrorCode.InternalError.getValue()) {
                return null;
            }
            throw new AssertionError("an internal error: " + t, t);
        }
    }
}
