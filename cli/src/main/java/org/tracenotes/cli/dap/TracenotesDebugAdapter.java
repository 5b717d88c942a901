package org.tracenotes.cli.dap;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.debug.BreakpointLocationsArguments;
import org.eclipse.lsp4j.debug.BreakpointLocationsResponse;
import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ConfigurationDoneArguments;
import org.eclipse.lsp4j.debug.ContinueArguments;
import org.eclipse.lsp4j.debug.ContinueResponse;
import org.eclipse.lsp4j.debug.DisconnectArguments;
import org.eclipse.lsp4j.debug.EvaluateArguments;
import org.eclipse.lsp4j.debug.EvaluateResponse;
import org.eclipse.lsp4j.debug.ExceptionInfoArguments;
import org.eclipse.lsp4j.debug.ExceptionInfoResponse;
import org.eclipse.lsp4j.debug.GotoArguments;
import org.eclipse.lsp4j.debug.GotoTargetsArguments;
import org.eclipse.lsp4j.debug.GotoTargetsResponse;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.NextArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.PauseArguments;
import org.eclipse.lsp4j.debug.RestartFrameArguments;
import org.eclipse.lsp4j.debug.ReverseContinueArguments;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.ScopesResponse;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsResponse;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsArguments;
import org.eclipse.lsp4j.debug.SetExceptionBreakpointsResponse;
import org.eclipse.lsp4j.debug.SourceArguments;
import org.eclipse.lsp4j.debug.SourceResponse;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StackTraceResponse;
import org.eclipse.lsp4j.debug.StepBackArguments;
import org.eclipse.lsp4j.debug.StepInArguments;
import org.eclipse.lsp4j.debug.StepOutArguments;
import org.eclipse.lsp4j.debug.TerminateArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Thread;
import org.eclipse.lsp4j.debug.ThreadsResponse;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.VariablesResponse;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.tracenotes.core.debug.DebugLaunch;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;

/**
 * The Debug Adapter Protocol over a {@link TraceSession}: requests become the session's calls, its
 * stops become {@code stopped} events, its end {@code exited} and {@code terminated}. Nothing here
 * decides where a run stops or what a value is; that is core's.
 *
 * <p>One thread (id 1), the run. Requests that move the run (continue, next, stepIn, stepOut,
 * stepBack, reverseContinue, goto, configurationDone) are answered at once and carried out after the
 * answer is written (see {@link DapServer}), on one thread that also answers the requests reading a
 * stop, so those never see a run half-way ({@link DebugRun}). A stop's frames, scopes and variables
 * are mapped by {@link StopView}, lines and sources by {@link ClientSources}, breakpoints and goto
 * targets by {@link LineRequests}.
 */
public final class TracenotesDebugAdapter implements IDebugProtocolServer {

    /** The one thread: the run. */
    public static final int THREAD_ID = 1;
    /** The {@code sourceReference} of the model's reference traces (they are in the jar, not on disk). */
    public static final int REFERENCE_SOURCE = ClientSources.REFERENCE_SOURCE;

    private final CompletableFuture<Void> done = new CompletableFuture<>();
    private final ClientSources sources = new ClientSources();
    private volatile IDebugProtocolClient client;
    private final DebugRun run = new DebugRun(() -> client, this::output, THREAD_ID);
    private volatile boolean configured;
    private List<String> exceptionFilters;

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
            sources.linesStartAt0();
        }
        return CompletableFuture.completedFuture(AdapterCapabilities.of());
    }

    @Override
    public CompletableFuture<Void> launch(Map<String, Object> args) {
        if (!run.isNew()) {
            return DapErrors.failed("launch: this adapter has launched already; start a new debug session");
        }
        LaunchArguments a;
        try {
            a = LaunchArguments.parse(args);
        } catch (IllegalArgumentException e) {
            return DapErrors.failed(e.getMessage());
        }
        TraceRunner.Request request = new TraceRunner.Request(a.trace(), a.scenario(), a.given(), a.forces(), false,
                RunOptions.defaults());
        TraceSession.Opening o = DebugLaunch.open(a.note(), a.with(), ReferenceTraces.softOffline66(), request, this::output);
        if (o instanceof TraceSession.Refused r) {
            return DapErrors.failed(r.message());
        }
        TraceSession session = ((TraceSession.Opened) o).session();
        if (a.noDebug()) {
            session.setExceptionFilters(List.of());
        } else if (exceptionFilters != null) {
            session.setExceptionFilters(exceptionFilters);
        }
        run.launched(session, a);
        DapServer.afterResponse(() -> {
            client.initialized();
            if (configured) {
                run.begin();
            }
        });
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> configurationDone(ConfigurationDoneArguments args) {
        configured = true;
        if (run.isLaunched()) {
            DapServer.afterResponse(run::begin);
        }
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<SetBreakpointsResponse> setBreakpoints(SetBreakpointsArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("setBreakpoints");
        }
        return run.onRuns(() -> {
            TraceSession s = run.session();
            return LineRequests.setBreakpoints(s, s == null || run.launch().noDebug(), sources, args);
        });
    }

    @Override
    public CompletableFuture<SetExceptionBreakpointsResponse> setExceptionBreakpoints(SetExceptionBreakpointsArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("setExceptionBreakpoints");
        }
        List<String> on = args.getFilters() == null ? List.of() : List.of(args.getFilters());
        exceptionFilters = on;
        TraceSession s = run.session();
        if (s != null && !run.launch().noDebug()) {
            s.setExceptionFilters(on);
        }
        return CompletableFuture.completedFuture(new SetExceptionBreakpointsResponse());
    }

    @Override
    public CompletableFuture<BreakpointLocationsResponse> breakpointLocations(BreakpointLocationsArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("breakpointLocations");
        }
        return CompletableFuture.completedFuture(LineRequests.breakpointLocations(run.session(), sources, args));
    }

    // ---------------------------------------------------------------- moving the run

    @Override
    public CompletableFuture<ContinueResponse> continue_(ContinueArguments args) {
        CompletableFuture<Void> f = run.move(s -> s.resume(TraceSession.Motion.CONTINUE));
        ContinueResponse r = new ContinueResponse();
        r.setAllThreadsContinued(true);
        return f.thenApply(v -> r);
    }

    @Override
    public CompletableFuture<Void> next(NextArguments args) {
        return run.move(s -> s.resume(TraceSession.Motion.STEP_OVER));
    }

    @Override
    public CompletableFuture<Void> stepIn(StepInArguments args) {
        return run.move(s -> s.resume(TraceSession.Motion.STEP_IN));
    }

    @Override
    public CompletableFuture<Void> stepOut(StepOutArguments args) {
        return run.move(s -> s.resume(TraceSession.Motion.STEP_OUT));
    }

    @Override
    public CompletableFuture<Void> stepBack(StepBackArguments args) {
        return run.move(s -> s.resume(TraceSession.Motion.STEP_BACK));
    }

    @Override
    public CompletableFuture<Void> restartFrame(RestartFrameArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("restartFrame");
        }
        StopView view = run.lastStop();
        if (view == null || args.getFrameId() < 1 || args.getFrameId() > view.stop().frames().size()) {
            return DapErrors.failed("restartFrame: no frame " + args.getFrameId() + " in the current stop");
        }
        return run.move(s -> s.restartFrame(args.getFrameId() - 1));
    }

    @Override
    public CompletableFuture<Void> reverseContinue(ReverseContinueArguments args) {
        return run.move(s -> s.resume(TraceSession.Motion.REVERSE_CONTINUE));
    }

    @Override
    public CompletableFuture<GotoTargetsResponse> gotoTargets(GotoTargetsArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("gotoTargets");
        }
        return CompletableFuture.completedFuture(LineRequests.gotoTargets(run.session(), sources, args));
    }

    @Override
    public CompletableFuture<Void> goto_(GotoArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("goto");
        }
        TraceSession s = run.session();
        if (s != null && s.branchLabel(args.getTargetId()).isEmpty()) {
            return DapErrors.failed("goto: line " + args.getTargetId()
                    + " is not an if / else-if / else / case line of the note");
        }
        return run.move(x -> x.forceBranch(args.getTargetId()));
    }

    @Override
    public CompletableFuture<Void> pause(PauseArguments args) {
        TraceSession s = run.session();
        if (s != null) {
            s.pause();
        }
        return CompletableFuture.completedFuture(null);
    }

    // ---------------------------------------------------------------- looking at a stop

    @Override
    public CompletableFuture<ThreadsResponse> threads() {
        Thread t = new Thread();
        t.setId(THREAD_ID);
        TraceSession s = run.session();
        t.setName(s == null ? "tracenotes" : s.trace() + " · " + s.scenario());
        ThreadsResponse r = new ThreadsResponse();
        r.setThreads(new Thread[] {t});
        return CompletableFuture.completedFuture(r);
    }

    @Override
    public CompletableFuture<StackTraceResponse> stackTrace(StackTraceArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("stackTrace");
        }
        return run.onRuns(() -> run.stopped().stackTrace(args, run.session(), sources));
    }

    @Override
    public CompletableFuture<ScopesResponse> scopes(ScopesArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("scopes");
        }
        return run.onRuns(() -> run.stopped().scopes(args));
    }

    @Override
    public CompletableFuture<VariablesResponse> variables(VariablesArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("variables");
        }
        return run.onRuns(() -> {
            StopView view = run.lastStop();
            if (view == null) {
                throw DapErrors.error("no variables " + args.getVariablesReference() + " in the current stop");
            }
            return view.variables(args);
        });
    }

    @Override
    public CompletableFuture<EvaluateResponse> evaluate(EvaluateArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("evaluate");
        }
        if (args.getExpression() == null) {
            return DapErrors.failed("evaluate: no expression given");
        }
        return run.onRuns(() -> run.stopped().evaluate(run.session(), args));
    }

    @Override
    public CompletableFuture<ExceptionInfoResponse> exceptionInfo(ExceptionInfoArguments args) {
        return run.onRuns(() -> run.stopped().exceptionInfo());
    }

    @Override
    public CompletableFuture<SourceResponse> source(SourceArguments args) {
        if (args == null) {
            return DapErrors.withoutArguments("source");
        }
        String text = sources.text(run.session(), args);
        if (text == null) {
            return DapErrors.failed("no such source");
        }
        SourceResponse r = new SourceResponse();
        r.setContent(text);
        r.setMimeType("text/markdown");
        return CompletableFuture.completedFuture(r);
    }

    // ---------------------------------------------------------------- ending

    @Override
    public CompletableFuture<Void> terminate(TerminateArguments args) {
        run.end();
        DapServer.afterResponse(() -> client.terminated(new TerminatedEventArguments()));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<Void> disconnect(DisconnectArguments args) {
        run.end();
        DapServer.afterResponse(() -> {
            // the session's close is queued on the runs thread: let it run, then stop the thread
            run.shutdown(10);
            done.complete(null);
        });
        return CompletableFuture.completedFuture(null);
    }

    /** Tells the client what the run prints, at a line of a source if given. */
    private void output(String category, String text, String source, int line) {
        IDebugProtocolClient c = client;
        if (c == null) {
            return;
        }
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory(category);
        o.setOutput(text + "\n");
        if (source != null) {
            o.setSource(sources.source(run.session(), source));
            o.setLine(sources.toClient(line));
        }
        c.output(o);
    }
}
