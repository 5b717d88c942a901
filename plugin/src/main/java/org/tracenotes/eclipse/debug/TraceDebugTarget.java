package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.eclipse.core.resources.IMarkerDelta;
import org.eclipse.core.runtime.CoreException;
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
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.core.debug.BreakpointStatus;
import org.tracenotes.core.debug.DebugFrame;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.DebugValue;
import org.tracenotes.core.debug.Halt;
import org.tracenotes.core.debug.RunEnded;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.TextRunReport;

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
    /** Touched on the runs thread only: the breakpoints core knows by id, the sources that have some, last values. */
    private Map<Integer, IBreakpoint> byCoreId = Map.of();
    private Set<String> sourcesWithBreakpoints = Set.of();
    private Map<String, String> previousValues = Map.of();
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
        Map<String, String> values = new HashMap<>();
        Map<String, TraceStackFrame> before = new HashMap<>();
        frames.forEach(f -> before.put(f.key(), f));
        List<TraceStackFrame> out = new ArrayList<>();
        int n = st.frames().size();
        for (int i = 0; i < n; i++) {
            DebugFrame f = st.frames().get(i);
            String key = (n - 1 - i) + ":" + f.function() + "@" + f.source();
            values.put(key, "");
            List<TraceVariable> vars = variables(key, f, st, values);
            TraceStackFrame same = before.get(key);
            if (same != null) {
                same.update(f, i, vars);
                out.add(same);
            } else {
                out.add(new TraceStackFrame(thread, key, f, i, vars));
            }
        }
        List<IBreakpoint> bps = new ArrayList<>();
        for (int id : st.breakpoints()) {
            IBreakpoint b = byCoreId.get(id);
            if (b != null) {
                bps.add(b);
            }
        }
        if (st.exception() != null) {
            process.print("stderr", st.exception().description());
        }
        previousValues = values;
        frames = List.copyOf(out);
        hit = List.copyOf(bps);
        stop = st;
        stepping = false;
        state = State.SUSPENDED;
        thread.fireSuspendEvent(switch (st.reason()) {
            case BREAKPOINT, EXCEPTION -> DebugEvent.BREAKPOINT;
            case PAUSE -> DebugEvent.CLIENT_REQUEST;
            case ENTRY, STEP, GOTO, RESTART -> DebugEvent.STEP_END;
        });
    }

    /** A frame's variables: its locals (a page pointer opens on the page), then {@code page} and what the run read. */
    private List<TraceVariable> variables(String key, DebugFrame f, DebugStop st, Map<String, String> values) {
        List<TraceVariable> out = new ArrayList<>();
        boolean hasPage = false;
        for (DebugValue v : f.locals()) {
            boolean page = PAGE_TYPE.equals(v.type()) && v.children().isEmpty();
            hasPage |= v.name().equals("page");
            out.add(variable(key, page ? new DebugValue(v.name(), v.value() + " (" + pageSummary(st.page()) + ")",
                    v.type(), st.page()) : v, values));
        }
        if (!hasPage) {
            out.add(variable(key, new DebugValue("page", pageSummary(st.page()), "page (model)", st.page()), values));
        }
        if (!st.environment().isEmpty()) {
            out.add(variable(key, new DebugValue("environment", st.environment().size() + " answers read so far", "",
                    st.environment()), values));
        }
        return out;
    }

    /** The type core gives a value that is the page. */
    static final String PAGE_TYPE = "struct page *";

    private TraceVariable variable(String parent, DebugValue v, Map<String, String> values) {
        String path = parent + "/" + v.name();
        List<TraceVariable> children = new ArrayList<>();
        for (DebugValue c : v.children()) {
            children.add(variable(path, c, values));
        }
        // changed: another value than at the last stop, or new in a frame or value that was there
        String before = previousValues.get(path);
        boolean changed = before != null ? !before.equals(v.value()) : previousValues.containsKey(parent);
        values.put(path, v.value());
        return new TraceVariable(this, path, v.name(), new TraceValue(this, v.value(), v.type(), children), changed);
    }

    /** {@code refcount 1 · lru anon mapped} from the page values core shows. */
    static String pageSummary(List<DebugValue> page) {
        String refcount = "?";
        String flags = "(none)";
        for (DebugValue v : page) {
            if (v.name().equals("refcount")) {
                refcount = v.value();
            } else if (v.name().equals("flags")) {
                flags = v.value();
            }
        }
        return "refcount " + refcount + " · " + flags;
    }

    /** The run ended ({@code e} null: it could not go on): the summary to the console, then the end events. */
    void ended(RunEnded e) {
        end = e;
        if (e != null) {
            StringBuilder summary = new StringBuilder();
            summary.append(e.result().trace()).append(" · scenario ").append(e.result().scenario()).append('\n');
            for (TextRunReport.SummaryRow row : TextRunReport.summary(e.result())) {
                summary.append(String.format("%-10s", row.label())).append(row.value()).append('\n');
            }
            for (Violation v : e.violations()) {
                summary.append(String.format("%-10s", "invariant")).append(v.invariant().id()).append(" (line ")
                        .append(v.line()).append("): ").append(v.message()).append('\n');
            }
            for (String note : e.notes()) {
                summary.append(String.format("%-10s", "note")).append(note).append('\n');
            }
            process.print("console", summary.toString());
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

    /**
     * On the runs thread: hands the session the enabled Trace Note breakpoints of its notes (none while the
     * breakpoint manager skips all), note by note; those that cannot stop say why on the console.
     */
    void syncBreakpoints() {
        DebugPlugin plugin = DebugPlugin.getDefault();
        Map<String, List<TraceLineBreakpoint>> bySource = new LinkedHashMap<>();
        if (plugin != null && plugin.getBreakpointManager().isEnabled()) {
            for (IBreakpoint b : plugin.getBreakpointManager().getBreakpoints(getModelIdentifier())) {
                try {
                    if (b instanceof TraceLineBreakpoint t && t.isEnabled()) {
                        Optional<String> source = t.path().flatMap(p -> session.sourceFor(p.toString()));
                        source.ifPresent(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(t));
                    }
                } catch (CoreException e) {
                    // a breakpoint whose marker is gone: none
                }
            }
        }
        Map<Integer, IBreakpoint> ids = new HashMap<>();
        Set<String> sources = new LinkedHashSet<>(sourcesWithBreakpoints);
        sources.addAll(bySource.keySet());
        for (String source : sources) {
            List<TraceLineBreakpoint> asked = new ArrayList<>();
            List<Breakpoint> wanted = new ArrayList<>();
            for (TraceLineBreakpoint b : bySource.getOrDefault(source, List.of())) {
                try {
                    wanted.add(b.toCore());
                    asked.add(b);
                } catch (CoreException e) {
                    // its marker is gone
                }
            }
            List<BreakpointStatus> statuses = session.setBreakpoints(source, wanted);
            for (int i = 0; i < statuses.size(); i++) {
                BreakpointStatus s = statuses.get(i);
                if (s.verified()) {
                    ids.put(s.id(), asked.get(i));
                } else {
                    process.print("stderr", "breakpoint " + java.nio.file.Path.of(source).getFileName() + ":" + s.line()
                            + " cannot stop the run: " + s.message());
                }
            }
        }
        byCoreId = ids;
        sourcesWithBreakpoints = Set.copyOf(bySource.keySet());
    }

    @Override
    public String toString() {
        return getName();
    }
}
