package org.tracenotes.eclipse.debug;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.IBreakpointManagerListener;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IDebugTarget;
import org.eclipse.debug.core.model.IMemoryBlock;
import org.eclipse.debug.core.model.IProcess;
import org.eclipse.debug.core.model.IThread;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.Halt;
import org.tracenotes.core.debug.RunEnded;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.run.LiveRun;

/**
 * A Trace Note debug session on the platform's debug model: core's {@link TraceSession} (one run of one
 * traced function on one starting state) as a debug target with one thread. Nothing here decides where a
 * run stops or what a value is; that is core's. The session's calls block until the run stops, so they run
 * on a thread of the target's own, one at a time, and their results reach the platform as debug events.
 */
public final class TraceDebugTarget extends TraceDebugElement implements IDebugTarget, IBreakpointManagerListener {

    private enum State { NEW, RUNNING, SUSPENDED, TERMINATED }

    private final ILaunch launch;
    private final TraceSession session;
    private final TraceProcess process;
    private final TraceThread thread;
    private final ExecutorService runs = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "tracenotes-debug");
        t.setDaemon(true);
        return t;
    });
    private volatile State state = State.NEW;
    private volatile boolean stepping;
    private volatile DebugStop stop;
    private volatile RunEnded end;
    private volatile List<TraceStackFrame> frames = List.of();
    private volatile List<IBreakpoint> hit = List.of();
    /** Touched on the runs thread only: the breakpoints handed to the session, the stops' frames and values. */
    private final SessionBreakpoints breakpoints;
    private final StopFrames stopFrames;
    private boolean listening;

    /**
     * A target on {@code session}, its output going to {@code process} (created with the target when null).
     * Nothing runs before {@link #start}.
     */
    public TraceDebugTarget(ILaunch launch, TraceSession session, TraceProcess process) {
        super(null);
        this.launch = launch;
        this.session = session;
        this.process = process != null ? process : new TraceProcess(launch, session.trace() + " · " + session.scenario());
        this.process.onTerminate(this::terminate);
        this.thread = new TraceThread(this);
        this.breakpoints = new SessionBreakpoints(session, this.process);
        this.stopFrames = new StopFrames(this, thread);
    }

    /** Where the session's logpoints and warnings go: this target's process. */
    public static org.tracenotes.core.debug.SessionOutput output(TraceProcess process) {
        return (category, text, source, line) -> process.print(category, text);
    }

    /**
     * Listens to the breakpoints, hands them to the session and starts the run: it stops at its first step
     * with {@code stopOnEntry}, else at the first breakpoint, exception or its end.
     */
    public void start(boolean stopOnEntry) {
        DebugPlugin plugin = DebugPlugin.getDefault();
        if (plugin != null) {
            plugin.getBreakpointManager().addBreakpointListener(this);
            plugin.getBreakpointManager().addBreakpointManagerListener(this);
            listening = true;
        }
        process.created();
        fireCreationEvent();
        thread.fireCreationEvent();
        state = State.RUNNING;
        onRuns(() -> {
            syncBreakpoints();
            report(() -> session.start(stopOnEntry));
        });
    }

    // ---------------------------------------------------------------- what the platform reads

    @Override
    public IDebugTarget getDebugTarget() {
        return this;
    }

    @Override
    public ILaunch getLaunch() {
        return launch;
    }

    @Override
    public IProcess getProcess() {
        return process;
    }

    /** The process, typed: what the Console shows. */
    public TraceProcess process() {
        return process;
    }

    /** Core's session. */
    public TraceSession session() {
        return session;
    }

    /** The run's thread. */
    public TraceThread thread() {
        return thread;
    }

    @Override
    public IThread[] getThreads() {
        return isTerminated() ? new IThread[0] : new IThread[] {thread};
    }

    @Override
    public boolean hasThreads() {
        return !isTerminated();
    }

    @Override
    public String getName() {
        return "Trace Note " + session.trace() + " · scenario " + session.scenario();
    }

    @Override
    public boolean supportsBreakpoint(IBreakpoint breakpoint) {
        return breakpoint instanceof TraceLineBreakpoint;
    }

    /** The current stop; null while the run runs and after its end. */
    public DebugStop stop() {
        return state == State.SUSPENDED ? stop : null;
    }

    /** How the run ended, once it has. */
    public RunEnded end() {
        return end;
    }

    List<TraceStackFrame> frames() {
        return state == State.SUSPENDED ? frames : List.of();
    }

    List<IBreakpoint> breakpointsHit() {
        return state == State.SUSPENDED ? hit : List.of();
    }

    boolean isStepping() {
        return state == State.RUNNING && stepping;
    }

    // ---------------------------------------------------------------- moving the run

    @Override
    public boolean canResume() {
        return state == State.SUSPENDED;
    }

    @Override
    public boolean canSuspend() {
        return state == State.RUNNING;
    }

    @Override
    public boolean isSuspended() {
        return state == State.SUSPENDED;
    }

    @Override
    public void resume() {
        move(TraceSession.Motion.CONTINUE, DebugEvent.CLIENT_REQUEST);
    }

    /** Asks the run to stop at its next step. */
    @Override
    public void suspend() {
        if (state == State.RUNNING) {
            session.pause();
        }
    }

    /** Goes on from the current stop as {@code motion} says; {@code detail} is the resume event's. */
    synchronized void move(TraceSession.Motion motion, int detail) {
        if (state != State.SUSPENDED) {
            return;
        }
        state = State.RUNNING;
        stepping = detail != DebugEvent.CLIENT_REQUEST;
        thread.fireResumeEvent(detail);
        onRuns(() -> report(() -> session.resume(motion)));
    }

    /** Where a forced branch (goto) is possible: the if / else-if / else / case lines of the note run. */
    public java.util.NavigableSet<Integer> branchLines() {
        return session.branchLines();
    }

    /** Evaluates {@code expression} in frame {@code frame} of the current stop, changing nothing, on the runs thread. */
    public java.util.concurrent.CompletableFuture<LiveRun.Evaluation> evaluate(String expression, int frame) {
        return java.util.concurrent.CompletableFuture.supplyAsync(() -> session.evaluate(expression, frame), runs);
    }

    /** On the runs thread: carries out a move and tells the platform where the run is. */
    private void report(Supplier<Halt> move) {
        Halt h;
        try {
            h = move.get();
        } catch (RuntimeException e) {
            // the run stays where it was: say why it did not move
            process.print("stderr", e.getMessage());
            h = session.current();
        }
        if (state == State.TERMINATED) {
            return;
        }
        if (h instanceof DebugStop st) {
            halted(st);
        } else if (h instanceof RunEnded e) {
            ended(e);
        } else {
            ended(null);
        }
    }

    /** The run stopped at {@code st}: frames and variables from it, then the suspend event. */
    void halted(DebugStop st) {
        List<TraceStackFrame> out = stopFrames.of(st, frames);
        List<IBreakpoint> bps = breakpoints.withIds(st.breakpoints());
        if (st.exception() != null) {
            process.print("stderr", st.exception().description());
        }
        frames = out;
        hit = bps;
        stop = st;
        stepping = false;
        state = State.SUSPENDED;
        thread.fireSuspendEvent(switch (st.reason()) {
            case BREAKPOINT, EXCEPTION -> DebugEvent.BREAKPOINT;
            case PAUSE -> DebugEvent.CLIENT_REQUEST;
            case ENTRY, STEP, GOTO, RESTART -> DebugEvent.STEP_END;
        });
    }

    /** The type core gives a value that is the page. */
    static final String PAGE_TYPE = "struct page *";

    /** The run ended ({@code e} null: it could not go on): the summary to the console, then the end events. */
    void ended(RunEnded e) {
        end = e;
        if (e != null) {
            process.print("console", e.summary());
        }
        finish(e == null ? 1 : e.exitCode());
        session.close();
        runs.shutdown();
    }

    // ---------------------------------------------------------------- ending

    @Override
    public boolean canTerminate() {
        return state != State.TERMINATED;
    }

    @Override
    public boolean isTerminated() {
        return state == State.TERMINATED;
    }

    /** Ends the session: the run is stopped where it is; the process exits with -1. */
    @Override
    public void terminate() {
        if (state == State.TERMINATED) {
            return;
        }
        session.pause();
        onRuns(session::close);
        finish(-1);
        runs.shutdown();
    }

    private synchronized void finish(int exit) {
        if (state == State.TERMINATED) {
            return;
        }
        // the process first: whoever sees the target terminated reads the exit value
        process.exited(exit);
        state = State.TERMINATED;
        frames = List.of();
        hit = List.of();
        stop = null;
        if (listening) {
            IBreakpointManager m = DebugPlugin.getDefault().getBreakpointManager();
            m.removeBreakpointListener(this);
            m.removeBreakpointManagerListener(this);
            listening = false;
        }
        thread.fireTerminateEvent();
        fireTerminateEvent();
    }

    /** Runs {@code work} on the runs thread, after what is queued there; nothing once the session has ended. */
    private void onRuns(Runnable work) {
        try {
            runs.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // ended
        }
    }

    @Override
    public boolean canDisconnect() {
        return false;
    }

    @Override
    public void disconnect() throws DebugException {
        terminate();
    }

    @Override
    public boolean isDisconnected() {
        return false;
    }

    @Override
    public boolean supportsStorageRetrieval() {
        return false;
    }

    @Override
    public IMemoryBlock getMemoryBlock(long startAddress, long length) throws DebugException {
        throw new DebugException(org.eclipse.core.runtime.Status.error("a trace has no memory"));
    }

    // ---------------------------------------------------------------- breakpoints

    @Override
    public void breakpointAdded(IBreakpoint breakpoint) {
        breakpointsChanged(breakpoint);
    }

    @Override
    public void breakpointRemoved(IBreakpoint breakpoint, IMarkerDelta delta) {
        breakpointsChanged(breakpoint);
    }

    @Override
    public void breakpointChanged(IBreakpoint breakpoint, IMarkerDelta delta) {
        breakpointsChanged(breakpoint);
    }

    @Override
    public void breakpointManagerEnablementChanged(boolean enabled) {
        breakpointsChanged(null);
    }

    private void breakpointsChanged(IBreakpoint breakpoint) {
        if ((breakpoint == null || supportsBreakpoint(breakpoint)) && state != State.TERMINATED) {
            onRuns(this::syncBreakpoints);
        }
    }

    /** On the runs thread: hands the session the enabled Trace Note breakpoints of its notes. */
    void syncBreakpoints() {
        breakpoints.sync();
    }

    @Override
    public String toString() {
        return getName();
    }
}
