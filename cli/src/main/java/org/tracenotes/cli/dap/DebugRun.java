package org.tracenotes.cli.dap;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import org.eclipse.lsp4j.debug.ExitedEventArguments;
import org.eclipse.lsp4j.debug.OutputEventArguments;
import org.eclipse.lsp4j.debug.TerminatedEventArguments;
import org.eclipse.lsp4j.debug.services.IDebugProtocolClient;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.Halt;
import org.tracenotes.core.debug.RunEnded;
import org.tracenotes.core.debug.SessionOutput;
import org.tracenotes.core.debug.TraceSession;

/**
 * The launched run as the client knows it: new, launched, running, stopped or ended. Moves are carried
 * out one at a time on the runs thread, after the request's answer is written, and each is reported to
 * the client as a {@code stopped} event or as the run's end; requests reading a stop run on the same
 * thread, so they never see a run half-way.
 */
final class DebugRun {

    private enum State { NEW, LAUNCHED, RUNNING, STOPPED, ENDED }

    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tracenotes-dap");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<IDebugProtocolClient> client;
    private final SessionOutput output;
    private final int threadId;
    private volatile TraceSession session;
    private volatile State state = State.NEW;
    private LaunchArguments launch;
    /** The current stop, as the client sees it; null while there is none. */
    private volatile StopView stop;

    /** A run told to {@code client}, on thread {@code threadId}; moves that fail are told to {@code output}. */
    DebugRun(Supplier<IDebugProtocolClient> client, SessionOutput output, int threadId) {
        this.client = client;
        this.output = output;
        this.threadId = threadId;
    }

    /** The session launched; null before. */
    TraceSession session() {
        return session;
    }

    /** The launch's arguments; null before. */
    LaunchArguments launch() {
        return launch;
    }

    /** Whether nothing was launched yet. */
    boolean isNew() {
        return state == State.NEW;
    }

    /** Whether a session was launched and its run not started. */
    boolean isLaunched() {
        return state == State.LAUNCHED;
    }

    /** A session was launched as {@code arguments} say; its run starts with {@link #begin}. */
    void launched(TraceSession launchedSession, LaunchArguments arguments) {
        launch = arguments;
        session = launchedSession;
        state = State.LAUNCHED;
    }

    /** Starts the run, once: launched and configured. */
    synchronized void begin() {
        if (state != State.LAUNCHED) {
            return;
        }
        state = State.RUNNING;
        boolean onEntry = launch.stopOnEntry() && !launch.noDebug();
        runs.execute(() -> report(() -> session.start(onEntry)));
    }

    /** Answers now, then moves the run and reports where it stopped; refused unless the run is stopped. */
    synchronized CompletableFuture<Void> move(Function<TraceSession, Halt> how) {
        if (state != State.STOPPED) {
            return DapErrors.failed(state == State.ENDED ? "the run has ended" : state == State.RUNNING
                    ? "the run is running" : "the run has not started");
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
            output.output("stderr", "tracenotes dap: " + e.getMessage(), null, 0);
            h = session.current();
            if (h == null) {
                state = State.ENDED;
                client.get().terminated(new TerminatedEventArguments());
                return;
            }
        }
        if (h instanceof DebugStop st) {
            stop = new StopView(st);
            state = State.STOPPED;
            client.get().stopped(stop.stoppedEvent(threadId));
            return;
        }
        RunEnded end = (RunEnded) h;
        stop = null;
        state = State.ENDED;
        OutputEventArguments o = new OutputEventArguments();
        o.setCategory("console");
        o.setOutput(end.summary());
        client.get().output(o);
        ExitedEventArguments x = new ExitedEventArguments();
        x.setExitCode(end.exitCode());
        client.get().exited(x);
        client.get().terminated(new TerminatedEventArguments());
    }

    /** Runs on the runs thread, after any move under way: what reads a stop sees a whole one. */
    <T> CompletableFuture<T> onRuns(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, runs);
    }

    /** The last stop reported, whatever happened since; null if none, or the run ended. */
    StopView lastStop() {
        return stop;
    }

    /** The stop the run is at; refused if it is not stopped. */
    StopView stopped() {
        if (stop == null || state != State.STOPPED) {
            throw DapErrors.error("the run is not stopped");
        }
        return stop;
    }

    /** Ends the run: the session closes on the runs thread, after any move under way. */
    void end() {
        state = State.ENDED;
        TraceSession s = session;
        if (s != null) {
            runs.execute(s::close);
        }
    }

    /** Lets what is queued on the runs thread run, up to {@code seconds}, then stops the thread. */
    void shutdown(long seconds) {
        runs.shutdown();
        try {
            runs.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
