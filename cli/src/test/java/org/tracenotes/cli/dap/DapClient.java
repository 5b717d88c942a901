package org.tracenotes.cli.dap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.InitializeRequestArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.Scope;
import org.eclipse.lsp4j.debug.ScopesArguments;
import org.eclipse.lsp4j.debug.SetBreakpointsArguments;
import org.eclipse.lsp4j.debug.Source;
import org.eclipse.lsp4j.debug.SourceBreakpoint;
import org.eclipse.lsp4j.debug.StackFrame;
import org.eclipse.lsp4j.debug.StackTraceArguments;
import org.eclipse.lsp4j.debug.StoppedEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.Variable;
import org.eclipse.lsp4j.debug.VariablesArguments;
import org.eclipse.lsp4j.debug.launch.DSPLauncher;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.eclipse.lsp4j.debug.services.IDebugProtocolServer;
import org.eclipse.lsp4j.jsonrpc.Launcher;

/**
 * A debug client for tests: the adapter runs in-process behind LSP4J's own launchers, over pipes,
 * so every message goes through the protocol's JSON as it would from an editor. Events are queued
 * in arrival order, each as {@code name} and its arguments.
 */
final class DapClient implements IDebugProtocolClient, AutoCloseable {

    static final long SECONDS = 20;

    record Event(String name, Object body) { }

    final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    final List<Event> seen = new ArrayList<>();
    final IDebugProtocolServer server;
    private final TracenotesDebugAdapter adapter = new TracenotesDebugAdapter();

    DapClient() {
        try {
            Pipe toServer = Pipe.open();
            Pipe toClient = Pipe.open();
            Launcher<?> serverSide = DapServer.launcher(adapter, Channels.newInputStream(toServer.source()),
                    Channels.newOutputStream(toClient.sink()));
            serverSide.startListening();
            Launcher<IDebugProtocolServer> clientSide = DSPLauncher.createClientLauncher(this,
                    Channels.newInputStream(toClient.source()), Channels.newOutputStream(toServer.sink()));
            clientSide.startListening();
            server = clientSide.getRemoteProxy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T get(CompletableFuture<T> f) {
        try {
            return f.get(SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            throw new AssertionError(e.getCause().getMessage(), e.getCause());
        }
    }

    /** The failure message of a request expected to fail. */
    static String failure(CompletableFuture<?> f) {
        try {
            Object r = f.get(SECONDS, TimeUnit.SECONDS);
            throw new AssertionError("expected the request to fail, it answered " + r);
        } catch (InterruptedException | TimeoutException e) {
            throw new AssertionError(e);
        } catch (ExecutionException e) {
            return e.getCause().getMessage();
        }
    }

    // ---------------------------------------------------------------- events

    @Override
    public void initialized() {
        events.add(new Event("initialized", null));
    }

    @Override
    public void stopped(StoppedEventArguments args) {
        events.add(new Event("stopped", args));
    }

    @Override
    public void output(OutputEventArguments args) {
        events.add(new Event("output", args));
    }

    @Override
    public void exited(ExitedEventArguments args) {
        events.add(new Event("exited", args));
    }

    @Override
    public void terminated(TerminatedEventArguments args) {
        events.add(new Event("terminated", args));
    }

    /** Waits for the next event named {@code name}, keeping the ones before it in {@link #seen}. */
    @SuppressWarnings("unchecked")
    <T> T await(String name) {
        return (T) await(e -> e.name().equals(name)).body();
    }

    Event await(Predicate<Event> which) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(SECONDS);
        while (true) {
            long left = end - System.nanoTime();
            Event e;
            try {
                e = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException x) {
                throw new AssertionError(x);
            }
            if (e == null) {
                throw new AssertionError("no event matched within " + SECONDS + " s; seen " + seen);
            }
            seen.add(e);
            if (which.test(e)) {
                return e;
            }
        }
    }

    /** Everything written to the debug console so far (after waiting for the events that carry it). */
    String console() {
        StringBuilder sb = new StringBuilder();
        for (Event e : seen) {
            if (e.body() instanceof OutputEventArguments o) {
                sb.append(o.getOutput());
            }
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- requests

    /** initialize, launch with {@code args}, wait for initialized. */
    void launch(Map<String, Object> args) {
        InitializeRequestArguments init = new InitializeRequestArguments();
        init.setAdapterID("tracenotes");
        init.setLinesStartAt1(true);
        init.setColumnsStartAt1(true);
        get(server.initialize(init));
        get(server.launch(args));
        await("initialized");
    }

    org.eclipse.lsp4j.debug.Breakpoint[] breakpoints(String path, SourceBreakpoint... bps) {
        SetBreakpointsArguments a = new SetBreakpointsArguments();
        Source s = new Source();
        s.setPath(path);
        a.setSource(s);
        a.setBreakpoints(bps);
        return get(server.setBreakpoints(a)).getBreakpoints();
    }

    static SourceBreakpoint at(int line) {
        SourceBreakpoint b = new SourceBreakpoint();
        b.setLine(line);
        return b;
    }

    static SourceBreakpoint at(int line, String condition, String hitCondition, String logMessage) {
        SourceBreakpoint b = at(line);
        b.setCondition(condition);
        b.setHitCondition(hitCondition);
        b.setLogMessage(logMessage);
        return b;
    }

    StackFrame[] frames() {
        StackTraceArguments a = new StackTraceArguments();
        a.setThreadId(TracenotesDebugAdapter.THREAD_ID);
        return get(server.stackTrace(a)).getStackFrames();
    }

    /** {@code function:line} of each frame, innermost first. */
    List<String> where() {
        return Arrays.stream(frames()).map(f -> f.getName() + ":" + f.getLine()).toList();
    }

    Scope scope(int frameId, String name) {
        ScopesArguments a = new ScopesArguments();
        a.setFrameId(frameId);
        Scope[] scopes = get(server.scopes(a)).getScopes();
        return Arrays.stream(scopes).filter(s -> s.getName().startsWith(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no scope " + name + " in " + Arrays.toString(scopes)));
    }

    Variable[] variables(int reference) {
        VariablesArguments a = new VariablesArguments();
        a.setVariablesReference(reference);
        return get(server.variables(a)).getVariables();
    }

    static Variable variable(Variable[] vars, String name) {
        Variable v = Arrays.stream(vars).filter(x -> x.getName().equals(name)).findFirst().orElse(null);
        assertNotNull(v, () -> "no variable " + name + " in " + Arrays.stream(vars).map(Variable::getName).toList());
        return v;
    }

    StoppedEventArguments stopped(String reason) {
        StoppedEventArguments s = await("stopped");
        assertEquals(reason, s.getReason(), () -> "stopped: " + s);
        assertEquals(TracenotesDebugAdapter.THREAD_ID, s.getThreadId());
        return s;
    }

    @Override
    public void close() {
        try {
            get(server.disconnect(new org.eclipse.lsp4j.debug.DisconnectArguments()));
        } catch (AssertionError e) {
            // already gone
        }
        get(adapter.done());
    }
}
