package org.tracenotes.core.debug;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tracenotes.core.debug.StopCriteria.Kind;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.TraceRunner;

/**
 * A debugging session on one run of a trace: one note, one traced function, one starting state.
 *
 * <p>The run happens on a thread of its own and waits, inside the interpreter, wherever it stops;
 * {@link #resume} lets it go on to the next stop. Stops are chosen among the run's events: a step
 * reached (a step in stops at the next, a step over at the next no deeper, a step out at the return to
 * the caller), a breakpoint's line reached with its condition true, an expectation failed, an
 * invariant broken, the run about to end in error. Runs are deterministic, so every run of the session
 * numbers its events the same: going back ({@link Motion#STEP_BACK}, {@link Motion#REVERSE_CONTINUE})
 * runs again from the start to an earlier event, and {@link #forceBranch} runs again with a branch
 * forced. Memory is bounded by the run's step budget: the session keeps a few bytes per event (a
 * {@link Timeline}) and the current stop's snapshot, never one per event.
 *
 * <p>Requests are answered one at a time (the methods are synchronized); {@link #pause} may come
 * from any thread while a request runs.
 */
public final class TraceSession implements AutoCloseable {

    /** Exception filter: stop where an {@code @expect} fails. */
    public static final String EXPECTATION = "expectation";
    /** Exception filter: stop where an invariant of the page model breaks (a reference count below zero, or at the end). */
    public static final String INVARIANT = "invariant";
    /** Exception filter: stop where the run is about to end unknown-function, budget-exceeded or error. */
    public static final String RUN_ERROR = "run-error";
    /** The exception filters, each on unless turned off. */
    public static final List<String> FILTERS = List.of(EXPECTATION, INVARIANT, RUN_ERROR);

    /** Which way to go from a stop. */
    public enum Motion { CONTINUE, STEP_IN, STEP_OVER, STEP_OUT, STEP_BACK, REVERSE_CONTINUE }

    /** A session, or why it cannot be opened. */
    public sealed interface Opening permits Opened, Refused { }

    public record Opened(TraceSession session) implements Opening { }

    public record Refused(String message) implements Opening { }

    private static final long REPLY_SECONDS = 60;

    private final TraceRunner.Prepared plan;
    private final TraceRunner.Start start;
    private final SessionOutput output;
    private final SessionSources sources;
    private final Breakpoints breakpoints;
    private final Timeline timeline = new Timeline();
    private final AtomicBoolean pauseRequested = new AtomicBoolean();
    private Map<Integer, Force> forces;
    private RunWorker worker;
    private Halt current;

    private TraceSession(List<Note> others, ReferenceTraces model, TraceRunner.Prepared plan, SessionOutput output) {
        this.plan = plan;
        this.start = plan.starts().get(0);
        this.output = output;
        this.forces = new LinkedHashMap<>(plan.options().forces());
        this.sources = new SessionSources(plan.program().main(), others, model);
        this.breakpoints = new Breakpoints(text -> plan.program().expression(text).isPresent());
    }

    /**
     * A session on {@code note} as {@code request} asks (trace, scenario — a declared one or a page
     * kind —, given keys, forced branches, budgets), or why there can be none: the same checks as
     * {@code tracenotes run}, and one scenario only. The run starts with {@link #start}.
     */
    public static Opening open(Note note, List<Note> others, ReferenceTraces model, TraceRunner.Request request,
                               SessionOutput output) {
        if (TraceRunner.ALL_SCENARIOS.equals(request.scenario())) {
            return new Refused("a debug session runs one scenario, not `all`: name one of the note's scenarios or a page kind");
        }
        TraceRunner.Plan plan = TraceRunner.prepare(note, others, model, request);
        if (plan instanceof TraceRunner.Invalid bad) {
            return new Refused(bad.message());
        }
        TraceRunner.Prepared p = (TraceRunner.Prepared) plan;
        if (p.starts().size() != 1) {
            return new Refused("a debug session runs one scenario; this request names " + p.starts().size());
        }
        return new Opened(new TraceSession(others, model, p, output == null ? SessionOutput.NONE : output));
    }

    // ---------------------------------------------------------------- what the session runs

    /** The traced function run. */
    public String trace() {
        return plan.root().name();
    }

    /** The scenario's name ({@code given} for a state set by given keys only). */
    public String scenario() {
        return start.scenario();
    }

    /** The source name of the note run (its path as loaded). */
    public String mainSource() {
        return sources.mainSource();
    }

    /** The source name of the model's reference traces, which frames of reference functions stand in. */
    public String referenceSource() {
        return sources.referenceSource();
    }

    /** The text of a source of this session (a note or the reference traces), if it is one. */
    public Optional<String> sourceText(String source) {
        return sources.text(source);
    }

    /**
     * The source name of this session's note at {@code path} (a path as a client writes it), or of the
     * reference traces if {@code path} names them.
     */
    public Optional<String> sourceFor(String path) {
        return sources.sourceFor(path);
    }

    /** The lines of {@code source} a step stands on: where a breakpoint can stop. */
    public NavigableSet<Integer> runnableLines(String source) {
        return sources.runnableLines(source);
    }

    /** The if / else-if / else / case lines of the note run: where {@link #forceBranch} can go. */
    public NavigableSet<Integer> branchLines() {
        return sources.branchLines();
    }

    /** What forcing the branch on {@code line} means, in words, if it is a branch line. */
    public Optional<String> branchLabel(int line) {
        return sources.branchLabel(line);
    }

    /** The branch lines forced now: the launch's and those goto added. */
    public synchronized Map<Integer, Force> forces() {
        return Map.copyOf(forces);
    }

    /** Where the run is: the last stop or its end; null before {@link #start}. */
    public synchronized Halt current() {
        return current;
    }

    // ---------------------------------------------------------------- breakpoints

    /**
     * Replaces the breakpoints of {@code source} (a name from {@link #sourceFor}); each is verified
     * only on a line a step stands on, with a condition that parses and a hit condition of the forms
     * {@link Breakpoint} lists. Takes effect at the run's next event.
     */
    public synchronized List<BreakpointStatus> setBreakpoints(String source, List<Breakpoint> asked) {
        return breakpoints.set(source, sources.knows(source) ? sources.runnableLines(source) : null, asked);
    }

    /** Turns on exactly these exception filters (of {@link #FILTERS}); returns those it does not know. */
    public List<String> setExceptionFilters(Collection<String> on) {
        return breakpoints.setFilters(on);
    }

    // ---------------------------------------------------------------- running

    /** Starts the run: it stops at its first step with {@code stopOnEntry}, else at the first stop or its end. */
    public synchronized Halt start(boolean stopOnEntry) {
        return rerun(new StopCriteria(stopOnEntry ? Kind.ENTRY : Kind.RUN, -1, 0, 0, null));
    }

    /** Goes on from the current stop (or back from it) to the next stop, or to the run's end. */
    public synchronized Halt resume(Motion motion) {
        DebugStop at = stopped();
        switch (motion) {
            case CONTINUE -> {
                return go(new StopCriteria(Kind.RUN, at.index(), at.depth(), 0, null));
            }
            case STEP_IN -> {
                return go(new StopCriteria(Kind.STEP_IN, at.index(), at.depth(), 0, null));
            }
            case STEP_OVER -> {
                return go(new StopCriteria(Kind.STEP_OVER, at.index(), at.depth(), 0, null));
            }
            case STEP_OUT -> {
                return go(new StopCriteria(Kind.STEP_OUT, at.index(), at.depth(), 0, null));
            }
            case STEP_BACK -> {
                int target = timeline.previousStep(at.index(), at.depth());
                if (target < 0) {
                    output.output("console", "already at the run's first step", null, 0);
                    return at;
                }
                return rerun(new StopCriteria(Kind.TARGET, target, 0, target, DebugStop.Reason.STEP));
            }
            case REVERSE_CONTINUE -> {
                return reverseContinue(at);
            }
            default -> throw new IllegalArgumentException(motion.name());
        }
    }

    /**
     * Runs the call of frame {@code frame} (0 the innermost of the current stop) again from its first
     * step: the run is re-run, deterministic as every run is, to the moment that call began, with the
     * same forces; the stops and values on the way are those of the first time.
     */
    public synchronized Halt restartFrame(int frame) {
        DebugStop at = stopped();
        if (frame < 0 || frame >= at.frames().size() || frame > at.depth()) {
            throw new IllegalArgumentException("no frame " + frame + ": the run is stopped in " + at.frames().size() + " frames");
        }
        int target = timeline.frameStart(at.index(), at.depth() - frame);
        if (target < 0) {
            throw new IllegalArgumentException("frame " + frame + " (" + at.frames().get(frame).function() + ") has no step to restart at");
        }
        return rerun(new StopCriteria(Kind.TARGET, target, 0, target, DebugStop.Reason.RESTART));
    }

    /** Back to the last breakpoint hit or exception before the current stop; to the first step if none. */
    private Halt reverseContinue(DebugStop at) {
        stopWorker();
        RunWorker scan = newWorker(new StopCriteria(Kind.SCAN, -1, 0, at.index(), null));
        worker = scan;
        scan.begin();
        Object r = scan.nextResult();
        int last = r instanceof RunWorker.ScanDone d ? d.last() : -1;
        if (last < 0) {
            int first = timeline.firstStep();
            return rerun(new StopCriteria(Kind.TARGET, first, 0, Math.max(first, 0), DebugStop.Reason.ENTRY));
        }
        return rerun(new StopCriteria(Kind.TARGET, last, 0, last, null));
    }

    /**
     * Takes the branch on {@code line} (an if, else-if, else or case line of the note): runs again with
     * it forced taken — and the other branches of its chain unforced — and stops where the run reaches
     * it, from the last decision of its chain at or before the current stop on. The force stays for
     * the rest of the session.
     */
    public synchronized Halt forceBranch(int line) {
        DebugStop at = stopped();
        List<Step> chain = sources.chain(line);
        if (chain == null) {
            throw new IllegalArgumentException("line " + line + " is not an if / else-if / else / case line; those are "
                    + sources.branchLinesText());
        }
        Map<Integer, Force> next = new LinkedHashMap<>(forces);
        chain.forEach(c -> next.remove(c.range().line()));
        next.put(line, Force.TAKEN);
        forces = next;
        int anchor = timeline.lastReach(at.index(), 0, chain.get(0).range().line());
        Halt h = rerun(new StopCriteria(Kind.REACH_LINE, anchor < 0 ? at.index() : anchor, 0, line, DebugStop.Reason.GOTO));
        if (h instanceof RunEnded e) {
            List<String> notes = new ArrayList<>(e.notes());
            notes.add("line " + line + " was forced taken, but the run never reached it again");
            current = new RunEnded(e.result(), e.violations(), notes);
        }
        return current;
    }

    /** Stops the run at its next step, if it is running. */
    public void pause() {
        pauseRequested.set(true);
    }

    /**
     * Evaluates {@code expression} in frame {@code frame} (0 the innermost) of the current stop, without
     * changing the run.
     */
    public synchronized LiveRun.Evaluation evaluate(String expression, int frame) {
        if (!(current instanceof DebugStop) || worker == null) {
            return LiveRun.Evaluation.failed("the run is not stopped");
        }
        CompletableFuture<LiveRun.Evaluation> reply = worker.evaluate(expression, frame);
        try {
            return reply.get(REPLY_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException x) {
            Thread.currentThread().interrupt();
            return LiveRun.Evaluation.failed("interrupted");
        } catch (ExecutionException | TimeoutException x) {
            return LiveRun.Evaluation.failed("could not evaluate: " + x);
        }
    }

    /** Ends the run, if any. */
    @Override
    public synchronized void close() {
        stopWorker();
    }

    private DebugStop stopped() {
        if (current instanceof DebugStop s) {
            return s;
        }
        throw new IllegalStateException(current == null ? "the run has not started" : "the run has ended");
    }

    private RunWorker newWorker(StopCriteria c) {
        return new RunWorker(plan, sources, breakpoints, timeline, pauseRequested, output, forces, c);
    }

    /** Lets the waiting run go on to the stop {@code c} asks for. */
    private Halt go(StopCriteria c) {
        pauseRequested.set(false);
        RunWorker w = worker;
        w.resume(c);
        return settle(w.nextResult());
    }

    /** Runs again from the start to the stop {@code c} asks for. */
    private Halt rerun(StopCriteria c) {
        stopWorker();
        pauseRequested.set(false);
        RunWorker w = newWorker(c);
        worker = w;
        w.begin();
        return settle(w.nextResult());
    }

    private Halt settle(Object r) {
        if (r instanceof Halt h) {
            current = h;
            return h;
        }
        throw new IllegalStateException("the run failed: " + r);
    }

    private void stopWorker() {
        RunWorker w = worker;
        worker = null;
        if (w != null) {
            w.abort(REPLY_SECONDS);
        }
    }
}
