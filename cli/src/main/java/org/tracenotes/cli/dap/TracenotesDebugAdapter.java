package org.tracenotes.cli.dap;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.debug.BreakpointLocation;
import org.eclipse.lsp4j.debug.BreakpointLocationsArguments;
import org.eclipse.lsp4j.debug.BreakpointLocationsResponse;
import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.ContinueResponse;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionBreakMode;
import org.eclipse.lsp4j.debug.ExceptionBreakpointsFilter;
import org.eclipse.lsp4j.debug.ExceptionDetails;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.GotoArguments;
import org.eclipse.lsp4j.debug.GotoTarget;
import org.eclipse.lsp4j.debug.GotoTargetsArguments;
import org.eclipse.lsp4j.debug.GotoTargetsResponse;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.RestartFrameArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsResponse;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceArguments;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.SourcePresentationHint;
import org.eclipse.lsp4j.debug.SourceResponse;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackFramePresentationHint;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminateArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadsResponse;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.core.debug.BreakpointStatus;
import org.tracenotes.core.debug.DebugFrame;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.DebugValue;
import org.tracenotes.core.debug.Halt;
import org.tracenotes.core.debug.RunEnded;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TextRunReport;
import org.tracenotes.core.run.TraceRunner;

/**
 * The Debug Adapter Protocol over a {@link TraceSession}: requests become the session's calls, its
 * stops become {@code stopped} events, its end {@code exited} and {@code terminated}. Nothing here
 * decides where a run stops or what a value is; that is core's.
 *
 * <p>One thread (id 1), the run. Requests that move the run (continue, next, stepIn, stepOut,
 * stepBack, reverseContinue, goto, configurationDone) are answered at once and carried out after the
 * answer is written (see {@link DapServer}), on one thread that also answers the requests reading a
 * stop, so those never see a run half-way.
 */
public final class TracenotesDebugAdapter implements IDebugProtocolServer {

    /** The one thread: the run. */
    public static final int THREAD_ID = 1;
    /** The {@code sourceReference} of the model's reference traces (they are in the jar, not on disk). */
    public static final int REFERENCE_SOURCE = 1;

    private enum State { NEW, LAUNCHED, RUNNING, STOPPED, ENDED }

    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        java.lang.Thread t = new java.lang.Thread(r, "tracenotes-dap");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private volatile IDebugProtocolClient client;
    private volatile TraceSession session;
    private volatile State state = State.NEW;
    private volatile boolean configured;
    private boolean linesStartAt1 = true;
    private LaunchArguments launch;
    private List<String> exceptionFilters;
    /** Per stop: what each variables reference holds. */
    private final Map<Integer, List<DebugValue>> references = new HashMap<>();
    private final Map<String, Integer> referenceKeys = new HashMap<>();
    private DebugStop stop;

    public void connect(IDebugProtocolClient remote) {
        this.client = remote;
    }

    /** Completes when the client has disconnected. */
    public CompletableFuture<Void> done() {
        return done;
    }

    // ---------------------------------------------------------------- setting up

    @Override
    public CompletableFuture<Capabilities> initialize(InitializeRequestArguments args) {
        if (args != null && Boolean.FALSE.equals(args.getLinesStartAt1())) {
            linesStartAt1 = false;
        }
        Capabilities c = new Capabilities();
        c.setSupportsConfigurationDoneRequest(true);
        c.setSupportsConditionalBreakpoints(true);
        c.setSupportsHitConditionalBreakpoints(true);
        c.setSupportsLogPoints(true);
        c.setSupportsEvaluateForHovers(true);
        c.setSupportsStepBack(true);
        c.setSupportsRestartFrame(true);
        c.setSupportsGotoTargetsRequest(true);
        c.setSupportsExceptionInfoRequest(true);
        c.setSupportsTerminateRequest(true);
        c.setSupportsBreakpointLocationsRequest(true);
        c.setExceptionBreakpointFilters(new ExceptionBreakpointsFilter[] {
            filter(TraceSession.EXPECTATION, "Failed @expect", "Stop where an @expect of the note does not hold"),
            filter(TraceSession.INVARIANT, "Broken invariant",
                    "Stop where a reference count goes below zero, or an invariant of explore breaks at the run's end"),
            filter(TraceSession.RUN_ERROR, "Run ends in error",
                    "Stop where the run is about to end unknown-function, budget-exceeded or error")});
        return CompletableFuture.completedFuture(c);
    }

    private static ExceptionBreakpointsFilter filter(String id, String label, String description) {
        ExceptionBreakpointsFilter f = new ExceptionBreakpointsFilter();
        f.setFilter(id);
        f.setLabel(label);
        f.setDescription(description);
        f.setDefault_(true);
        return f;
    }

    @Override
    public CompletableFuture<Void> launch(Map<String, Object> args) {
        if (state != State.NEW) {
            return failed("launch: this adapter has launched already; start a new debug session");
        }
        LaunchArguments a;
        try {
            a = LaunchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            return failed(e.getMessage());
        }
        NoteLoader loader = new NoteLoader(new NoteParser());
        Note note = load(loader, a.note());
        if (note == null) {
            return failed(a.note() + ": cannot be read: " + unreadable(loader, a.note()));
        }
        List<Note> others = new ArrayList<>();
        for (Path p : a.with()) {
            Note n = load(loader, p);
            if (n == null) {
                return failed(p + ": cannot be read: " + unreadable(loader, p));
            }
            others.add(n);
        }
        TraceRunner.Request request = new TraceRunner.Request(a.trace(), a.scenario(), a.given(), a.forces(), false,
                RunOptions.defaults());
        TraceSession.Opening o = TraceSession.open(note, others, ReferenceTraces.softOffline66(), request, this::output);
        if (o instanceof TraceSession.Refused r) {
            return failed(r.message());
        }
        session = ((TraceSession.Opened) o).session();
        launch = a;
        if (a.noDebug()) {
            session.setExceptionFilters(List.of());
        } else if (exceptionFilters != null) {
            session.setExceptionFilters(exceptionFilters);
        }
        state = State.LAUNCHED;
        DapServer.afterResponse(() -> {
            client.initialized();
            if (configured) {
                begin();
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    private static Note load(NoteLoader loader, Path p) {
        NoteLoader.Result r = loader.load(p);
        return r instanceof NoteLoader.Loaded l ? l.note() : null;
    }

    private static String unreadable(NoteLoader loader, Path p) {
        NoteLoader.Result r = loader.load(p);
        return r instanceof NoteLoader.Unreadable u ? u.reason() : "unreadable";
    }

    @Override
    public CompletableFuture<Void> configurationDone(ConfigurationDoneArguments args) {
        configured = true;
        if (state == State.LAUNCHED) {
            DapServer.afterResponse(this::begin);
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Starts the run, once: launched and configured. */
    private synchronized void begin() {
        if (state != State.LAUNCHED) {
            return;
        }
        state = State.RUNNING;
        boolean onEntry = launch.stopOnEntry() && !launch.noDebug();
        runs.execute(() -> report(() -> session.start(onEntry)));
    }

    @Override
    public CompletableFuture<SetBreakpointsResponse> setBreakpoints(SetBreakpointsArguments args) {
        if (args == null) {
            return withoutArguments("setBreakpoints");
        }
        return onRuns(() -> {
            SourceBreakpoint[] asked = args.getBreakpoints() == null ? new SourceBreakpoint[0] : args.getBreakpoints();
            String source = session == null ? null : sourceOf(args.getSource());
            List<org.eclipse.lsp4j.debug.Breakpoint> out = new ArrayList<>();
            if (session == null || launch.noDebug()) {
                for (SourceBreakpoint b : asked) {
                    out.add(breakpoint(null, b.getLine(), false, session == null ? "no note launched" : "noDebug: runs without stopping",
                            args.getSource()));
                }
            } else {
                List<Breakpoint> wanted = Arrays.stream(asked).map(b -> new Breakpoint(fromClient(b.getLine()), b.getCondition(),
                        b.getHitCondition(), b.getLogMessage())).toList();
                for (BreakpointStatus s : session.setBreakpoints(source, wanted)) {
                    out.add(breakpoint(s.id(), toClient(s.line()), s.verified(), s.message(), args.getSource()));
                }
            }
            SetBreakpointsResponse r = new SetBreakpointsResponse();
            r.setBreakpoints(out.toArray(new org.eclipse.lsp4j.debug.Breakpoint[0]));
            return r;
        });
    }

    private static org.eclipse.lsp4j.debug.Breakpoint breakpoint(Integer id, int line, boolean verified, String message, Source source) {
        org.eclipse.lsp4j.debug.Breakpoint b = new org.eclipse.lsp4j.debug.Breakpoint();
        b.setId(id);
        b.setLine(line);
        b.setVerified(verified);
        b.setMessage(message);
        b.setSource(source);
        return b;
    }

    @Override
    public CompletableFuture<SetExceptionBreakpointsResponse> setExceptionBreakpoints(SetExceptionBreakpointsArguments args) {
        if (args == null) {
            return withoutArguments("setExceptionBreakpoints");
        }
        List<String> on = args.getFilters() == null ? List.of() : List.of(args.getFilters());
        exceptionFilters = on;
        TraceSession s = session;
        if (s != null && !launch.noDebug()) {
            s.setExceptionFilters(on);
        }
        return CompletableFuture.completedFuture(new SetExceptionBreakpointsResponse());
    }

    @Override
    public CompletableFuture<BreakpointLocationsResponse> breakpointLocations(BreakpointLocationsArguments args) {
        if (args == null) {
            return withoutArguments("breakpointLocations");
        }
        BreakpointLocationsResponse r = new BreakpointLocationsResponse();
        TraceSession s = session;
        String source = s == null ? null : sourceOf(args.getSource());
        List<BreakpointLocation> out = new ArrayList<>();
        int from = fromClient(args.getLine());
        int to = args.getEndLine() == null ? from : fromClient(args.getEndLine());
        if (source != null && from <= to) {   // an end before the start asks for no lines
            for (int line : s.runnableLines(source).subSet(from, true, to, true)) {
                BreakpointLocation l = new BreakpointLocation();
                l.setLine(toClient(line));
                out.add(l);
            }
        }
        r.setBreakpoints(out.toArray(new BreakpointLocation[0]));
        return CompletableFuture.completedFuture(r);
    }

    // ---------------------------------------------------------------- moving the run

    @Override
    public CompletableFuture<ContinueResponse> continue_(ContinueArguments args) {
        CompletableFuture<Void> f = move(s -> s.resume(TraceSession.Motion.CONTINUE));
        ContinueResponse r = new ContinueResponse();
        r.setAllThreadsContinued(true);
        return f.thenApply(v -> r);
    }

    @Override
    public CompletableFuture<Void> next(NextArguments args) {
        return move(s -> s.resume(TraceSession.Motion.STEP_OVER));
    }

    @Override
    public CompletableFuture<Void> stepIn(StepInArguments args) {
        return move(s -> s.resume(TraceSession.Motion.STEP_IN));
    }

    @Override
    public CompletableFuture<Void> stepOut(StepOutArguments args) {
        return move(s -> s.resume(TraceSession.Motion.STEP_OUT));
    }

    @Override
    public CompletableFuture<Void> stepBack(StepBackArguments args) {
        return move(s -> s.resume(TraceSession.Motion.STEP_BACK));
    }

    @Override
    public CompletableFuture<Void> restartFrame(RestartFrameArguments args) {
        if (args == null) {
            return withoutArguments("restartFrame");
        }
        DebugStop st = stop;
        if (st == null || args.getFrameId() < 1 || args.getFrameId() > st.frames().size()) {
            return failed("restartFrame: no frame " + args.getFrameId() + " in the current stop");
        }
        return move(s -> s.restartFrame(args.getFrameId() - 1));
    }

    @Override
    public CompletableFuture<Void> reverseContinue(ReverseContinueArguments args) {
        return move(s -> s.resume(TraceSession.Motion.REVERSE_CONTINUE));
    }

    @Override
    public CompletableFuture<GotoTargetsResponse> gotoTargets(GotoTargetsArguments args) {
        if (args == null) {
            return withoutArguments("gotoTargets");
        }
        TraceSession s = session;
        List<GotoTarget> out = new ArrayList<>();
        if (s != null && s.mainSource().equals(sourceOf(args.getSource()))) {
            int line = fromClient(args.getLine());
            s.branchLabel(line).ifPresent(label -> {
                GotoTarget t = new GotoTarget();
                t.setId(line);
                t.setLabel(label);
                t.setLine(toClient(line));
                out.add(t);
            });
        }
        GotoTargetsResponse r = new GotoTargetsResponse();
        r.setTargets(out.toArray(new GotoTarget[0]));
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<Void> goto_(GotoArguments args) {
        if (args == null) {
            return withoutArguments("goto");
        }
        TraceSession s = session;
        if (s != null && s.branchLabel(args.getTargetId()).isEmpty()) {
            return failed("goto: line " + args.getTargetId() + " is not an if / else-if / else / case line of the note");
        }
        return move(x -> x.forceBranch(args.getTargetId()));
    }

    @Override
    public CompletableFuture<Void> pause(PauseArguments args) {
        TraceSession s = session;
        if (s != null) {
            s.pause();
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Answers now, then moves the run and reports where it stopped. */
    private synchronized CompletableFuture<Void> move(Function<TraceSession, Halt> how) {
        if (state != State.STOPPED) {
            return failed(state == State.ENDED ? "the run has ended" : state == State.RUNNING ? "the run is running"
                    : "the run has not started");
        }
        state = State.RUNNING;
        TraceSession s = session;
        DapServer.afterResponse(() -> runs.execute(() -> report(() -> how.apply(s))));
        return CompletableFuture.completedFuture(null);
    }

    /** On the runs thread: carries out a move and tells the client where the run is. */
    private void report(Supplier<Halt> move) {
        Halt h;
        try {
            h = move.get();
        } catch (RuntimeException e) {
            // the run stays where it was: say why it did not move, and where it is
            output("stderr", "tracenotes dap: " + e.getMessage(), null, 0);
            h = session.current();
            if (h == null) {
                state = State.ENDED;
                client.terminated(new TerminatedEventArguments());
                return;
            }
        }
        references.clear();
        referenceKeys.clear();
        if (h instanceof DebugStop st) {
            stop = st;
            state = State.STOPPED;
            StoppedEventArguments e = new StoppedEventArguments();
            e.setReason(st.reason().id());
            e.setDescription(st.description());
            e.setThreadId(THREAD_ID);
            e.setAllThreadsStopped(true);
            if (st.exception() != null) {
                e.setText(st.exception().description());
            }
            if (!st.breakpoints().isEmpty()) {
                e.setHitBreakpointIds(st.breakpoints().toArray(new Integer[0]));
            }
            client.stopped(e);
            return;
        }
        RunEnded end = (RunEnded) h;
        stop = null;
        state = State.ENDED;
        StringBuilder summary = new StringBuilder();
        summary.append(end.result().trace()).append(" · scenario ").append(end.result().scenario()).append('\n');
        for (TextRunReport.SummaryRow row : TextRunReport.summary(end.result())) {
            summary.append(String.format("%-10s", row.label())).append(row.value()).append('\n');
        }
        for (Violation v : end.violations()) {
            summary.append(String.format("%-10s", "invariant")).append(v.invariant().id()).append(" (line ").append(v.line())
                    .append("): ").append(v.message()).append('\n');
        }
        for (String n : end.notes()) {
            summary.append(String.format("%-10s", "note")).append(n).append('\n');
        }
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory("console");
        o.setOutput(summary.toString());
        client.output(o);
        ExitedEventArguments x = new ExitedEventArguments();
        x.setExitCode(end.exitCode());
        client.exited(x);
        client.terminated(new TerminatedEventArguments());
    }

    // ---------------------------------------------------------------- looking at a stop

    @Override
    public CompletableFuture<ThreadsResponse> threads() {
        Thread t = new Thread();
        t.setId(THREAD_ID);
        TraceSession s = session;
        t.setName(s == null ? "tracenotes" : s.trace() + " · " + s.scenario());
        ThreadsResponse r = new ThreadsResponse();
        r.setThreads(new Thread[] {t});
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<StackTraceResponse> stackTrace(StackTraceArguments args) {
        if (args == null) {
            return withoutArguments("stackTrace");
        }
        return onRuns(() -> {
            List<DebugFrame> frames = stopped().frames();
            int from = args.getStartFrame() == null ? 0 : Math.max(0, args.getStartFrame());
            int levels = args.getLevels() == null || args.getLevels() <= 0 ? frames.size() : args.getLevels();
            List<StackFrame> out = new ArrayList<>();
            for (int i = from; i < frames.size() && out.size() < levels; i++) {
                DebugFrame f = frames.get(i);
                StackFrame sf = new StackFrame();
                sf.setId(i + 1);
                sf.setName(f.function());
                sf.setSource(source(f.source()));
                sf.setLine(toClient(f.line()));
                sf.setColumn(1);
                sf.setCanRestart(true);
                if (f.reference()) {
                    sf.setPresentationHint(StackFramePresentationHint.SUBTLE);
                }
                out.add(sf);
            }
            StackTraceResponse r = new StackTraceResponse();
            r.setStackFrames(out.toArray(new StackFrame[0]));
            r.setTotalFrames(frames.size());
            return r;
        });
    }

    @Override
    public CompletableFuture<ScopesResponse> scopes(ScopesArguments args) {
        if (args == null) {
            return withoutArguments("scopes");
        }
        return onRuns(() -> {
            DebugStop st = stopped();
            int index = args.getFrameId() - 1;
            if (index < 0 || index >= st.frames().size()) {
                throw error("no frame " + args.getFrameId() + " in the current stop");
            }
            List<Scope> out = new ArrayList<>();
            out.add(scope("Locals", "locals", reference("locals " + index, st.frames().get(index).locals()), false));
            out.add(scope("Page", null, reference("page", st.page()), false));
            out.add(scope("Environment (read so far)", null, reference("environment", st.environment()), false));
            ScopesResponse r = new ScopesResponse();
            r.setScopes(out.toArray(new Scope[0]));
            return r;
        });
    }

    private static Scope scope(String name, String hint, int ref, boolean expensive) {
        Scope s = new Scope();
        s.setName(name);
        s.setPresentationHint(hint);
        s.setVariablesReference(ref);
        s.setExpensive(expensive);
        return s;
    }

    /** The variables reference of {@code values} in the current stop, the same for the same key. */
    private int reference(String key, List<DebugValue> values) {
        return referenceKeys.computeIfAbsent(key, k -> {
            int id = references.size() + 1;
            references.put(id, values);
            return id;
        });
    }

    @Override
    public CompletableFuture<VariablesResponse> variables(VariablesArguments args) {
        if (args == null) {
            return withoutArguments("variables");
        }
        return onRuns(() -> {
            List<DebugValue> values = references.get(args.getVariablesReference());
            if (values == null || stop == null) {
                throw error("no variables " + args.getVariablesReference() + " in the current stop");
            }
            int from = args.getStart() == null ? 0 : Math.max(0, args.getStart());
            int count = args.getCount() == null || args.getCount() <= 0 ? values.size() : args.getCount();
            List<Variable> out = new ArrayList<>();
            for (int i = from; i < values.size() && out.size() < count; i++) {
                DebugValue v = values.get(i);
                Variable var = new Variable();
                var.setName(v.name());
                var.setValue(v.value());
                var.setType(v.type());
                var.setVariablesReference(v.children().isEmpty() ? 0
                        : reference(args.getVariablesReference() + "/" + i, v.children()));
                out.add(var);
            }
            VariablesResponse r = new VariablesResponse();
            r.setVariables(out.toArray(new Variable[0]));
            return r;
        });
    }

    @Override
    public CompletableFuture<EvaluateResponse> evaluate(EvaluateArguments args) {
        if (args == null) {
            return withoutArguments("evaluate");
        }
        if (args.getExpression() == null) {
            return failed("evaluate: no expression given");
        }
        return onRuns(() -> {
            DebugStop st = stopped();
            int frame = args.getFrameId() == null ? 0 : args.getFrameId() - 1;
            if (frame < 0 || frame >= st.frames().size()) {
                throw error("no frame " + args.getFrameId() + " in the current stop");
            }
            LiveRun.Evaluation e = session.evaluate(args.getExpression(), frame);
            if (!e.ok()) {
                throw error(e.error());
            }
            DebugValue v = DebugValue.of(args.getExpression(), e.value());
            EvaluateResponse r = new EvaluateResponse();
            r.setResult(v.value());
            r.setType(v.type());
            r.setVariablesReference(0);
            return r;
        });
    }

    @Override
    public CompletableFuture<ExceptionInfoResponse> exceptionInfo(ExceptionInfoArguments args) {
        return onRuns(() -> {
            DebugStop st = stopped();
            if (st.exception() == null) {
                throw error("the run did not stop on an exception");
            }
            ExceptionInfoResponse r = new ExceptionInfoResponse();
            r.setExceptionId(st.exception().id());
            r.setDescription(st.exception().description());
            r.setBreakMode(ExceptionBreakMode.ALWAYS);
            ExceptionDetails d = new ExceptionDetails();
            d.setMessage(st.exception().description());
            d.setTypeName(st.exception().filter());
            r.setDetails(d);
            return r;
        });
    }

    @Override
    public CompletableFuture<SourceResponse> source(SourceArguments args) {
        if (args == null) {
            return withoutArguments("source");
        }
        TraceSession s = session;
        int ref = args.getSource() != null && args.getSource().getSourceReference() != null
                ? args.getSource().getSourceReference() : args.getSourceReference();
        String name = ref == REFERENCE_SOURCE ? (s == null ? null : s.referenceSource())
                : s == null ? null : sourceOf(args.getSource());
        String text = name == null ? null : s.sourceText(name).orElse(null);
        if (text == null) {
            return failed("no such source");
        }
        SourceResponse r = new SourceResponse();
        r.setContent(text);
        r.setMimeType("text/markdown");
        return CompletableFuture.completedFuture(r);
    }

    // ---------------------------------------------------------------- ending

    @Override
    public CompletableFuture<Void> terminate(TerminateArguments args) {
        endSession();
        DapServer.afterResponse(() -> client.terminated(new TerminatedEventArguments()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> disconnect(DisconnectArguments args) {
        endSession();
        DapServer.afterResponse(() -> {
            // the session's close is queued on the runs thread: let it run, then stop the thread
            runs.shutdown();
            try {
                runs.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                java.lang.Thread.currentThread().interrupt();
            }
            done.complete(null);
        });
        return CompletableFuture.completedFuture(null);
    }

    private void endSession() {
        state = State.ENDED;
        TraceSession s = session;
        if (s != null) {
            runs.execute(s::close);
        }
    }

    // ---------------------------------------------------------------- helpers

    /** Runs on the runs thread, after any move under way: what reads a stop sees a whole one. */
    private <T> CompletableFuture<T> onRuns(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runs);
    }

    private DebugStop stopped() {
        if (stop == null || state != State.STOPPED) {
            throw error("the run is not stopped");
        }
        return stop;
    }

    private Source source(String name) {
        Source s = new Source();
        TraceSession ts = session;
        if (ts != null && name.equals(ts.referenceSource()) && !name.equals(ts.mainSource())) {
            s.setName(Path.of(name).getFileName() + " (linux-6.6 reference traces)");
            s.setSourceReference(REFERENCE_SOURCE);
            s.setOrigin("the page model's kernel reference traces");
            s.setPresentationHint(SourcePresentationHint.DEEMPHASIZE);
        } else {
            s.setName(Path.of(name).getFileName().toString());
            s.setPath(name);
        }
        return s;
    }

    /** The session's name for a client's source: a note by path, or the reference traces by reference. */
    private String sourceOf(Source source) {
        TraceSession s = session;
        if (s == null || source == null) {
            return null;
        }
        if (source.getSourceReference() != null && source.getSourceReference() == REFERENCE_SOURCE) {
            return s.referenceSource();
        }
        return s.sourceFor(source.getPath()).orElse(null);
    }

    private void output(String category, String text, String source, int line) {
        IDebugProtocolClient c = client;
        if (c == null) {
            return;
        }
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory(category);
        o.setOutput(text + "\n");
        if (source != null) {
            o.setSource(source(source));
            o.setLine(toClient(line));
        }
        c.output(o);
    }

    private int toClient(int line) {
        return linesStartAt1 ? line : line - 1;
    }

    private int fromClient(int line) {
        return linesStartAt1 ? line : line + 1;
    }

    private static ResponseErrorException error(String message) {
        return new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidRequest, message, null));
    }

    /** A request that needs its arguments and came without them: refused, as a client's mistake. */
    private static <T> CompletableFuture<T> withoutArguments(String command) {
        return failed(command + ": the request has no arguments");
    }

    private static <T> CompletableFuture<T> failed(String message) {
        return CompletableFuture.failedFuture(error(message));
    }
}
