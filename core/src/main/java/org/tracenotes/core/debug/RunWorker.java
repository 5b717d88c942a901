package org.tracenotes.core.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.explore.Invariant;
import org.tracenotes.core.explore.Invariants;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.Interpreter;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.RunAborted;
import org.tracenotes.core.run.RunEvent;
import org.tracenotes.core.run.RunInspector;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TextRunReport;
import org.tracenotes.core.run.TraceRunner;

/**
 * One run of a debug session's trace, on its own thread, waiting inside the interpreter at each stop
 * its {@link StopCriteria} choose: it numbers the run's events into the session's {@link Timeline},
 * hands each stop (or the run's end) over as a result, answers evaluations while stopped and goes on
 * when resumed. Aborting it ends the run.
 */
final class RunWorker implements RunInspector {

    /** What a SCAN run found: the last breakpoint hit or exception before its target, -1 if none. */
    record ScanDone(int last) { }

    private sealed interface Command permits Resume, Evaluate, Abort { }

    private record Resume(StopCriteria criteria) implements Command { }

    private record Evaluate(String expression, int frame, CompletableFuture<LiveRun.Evaluation> reply) implements Command { }

    private record Abort() implements Command { }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final BlockingQueue<Object> results = new LinkedBlockingQueue<>();
    private final Map<Integer, Integer> hits = new HashMap<>();
    private final TraceRunner.Prepared plan;
    private final TraceRunner.Start start;
    private final SessionSources sources;
    private final Breakpoints breakpoints;
    private final Timeline timeline;
    private final AtomicBoolean pauseRequested;
    private final SessionOutput output;
    private final Map<Integer, Force> runForces;
    private StopCriteria criteria;
    private Thread thread;
    private int index = -1;
    private boolean negative;
    private int lastMatch = -1;

    RunWorker(TraceRunner.Prepared plan, SessionSources sources, Breakpoints breakpoints, Timeline timeline,
              AtomicBoolean pauseRequested, SessionOutput output, Map<Integer, Force> runForces, StopCriteria criteria) {
        this.plan = plan;
        this.start = plan.starts().get(0);
        this.sources = sources;
        this.breakpoints = breakpoints;
        this.timeline = timeline;
        this.pauseRequested = pauseRequested;
        this.output = output;
        this.runForces = Map.copyOf(runForces);
        this.criteria = criteria;
    }

    // ---------------------------------------------------------------- from the requests' thread

    /** Starts the run on its thread. */
    void begin() {
        thread = new Thread(null, this::body, "tracenotes-debug-run", DeepStack.STACK_BYTES);
        thread.setDaemon(true);
        thread.start();
    }

    /** Lets the waiting run go on to the stop {@code c} asks for. */
    void resume(StopCriteria c) {
        commands.add(new Resume(c));
    }

    /** Asks the waiting run to evaluate {@code expression} in frame {@code frame}; the answer comes on its thread. */
    CompletableFuture<LiveRun.Evaluation> evaluate(String expression, int frame) {
        Evaluate e = new Evaluate(expression, frame, new CompletableFuture<>());
        commands.add(e);
        return e.reply();
    }

    /** The run's next result: a {@link DebugStop}, a {@link RunEnded}, a {@link ScanDone} or what it failed with. */
    Object nextResult() {
        try {
            return results.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    /** Ends the run, if it is alive, waiting up to {@code seconds} for its thread. */
    void abort(long seconds) {
        if (thread == null || !thread.isAlive()) {
            return;
        }
        commands.add(new Abort());
        try {
            thread.join(TimeUnit.SECONDS.toMillis(seconds));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- on the run's thread

    private void body() {
        try {
            PageModel pageModel = new PageModel(start.state());
            RunResult r = Interpreter.run(plan.program(), plan.root(), start.scenario(), pageModel,
                    plan.options().withForces(runForces).withInspector(this));
            List<Violation> violations = Invariants.check(r, pageModel);
            if (criteria.kind() == StopCriteria.Kind.SCAN) {
                results.add(new ScanDone(lastMatch));
                awaitAbort();
                return;
            }
            // a count below zero stopped the run where it happened; the end names the others
            List<Violation> atEnd = violations.stream()
                    .filter(v -> !(negative && v.invariant() == Invariant.REFCOUNT_NEVER_NEGATIVE)).toList();
            if (!atEnd.isEmpty()) {
                index++;
                timeline.record(index, Timeline.VIRTUAL, 0, atEnd.get(0).line(), 0);
                if (criteria.forward() && breakpoints.filterOn(TraceSession.INVARIANT)) {
                    Violation v = atEnd.get(0);
                    DebugStop.Failure f = new DebugStop.Failure(TraceSession.INVARIANT, v.invariant().id(),
                            v.invariant().id() + " at the end of the run: " + v.message());
                    DebugFrame end = new DebugFrame("(end of run)", sources.mainSource(), Math.max(v.line(), 1), false,
                            endLocals(r));
                    suspend(new DebugStop(DebugStop.Reason.EXCEPTION, f.description(), index, 0, List.of(end),
                            Views.page(r.state(), r.initial(), r.gets(), r.puts(), start.scenario()),
                            List.of(), List.of(), f), null);
                }
            }
            results.add(new RunEnded(r, violations, List.of()));
        } catch (RunAborted aborted) {
            // a newer run replaces this one
        } catch (Throwable t) {
            results.add(t);
        }
    }

    private static List<DebugValue> endLocals(RunResult r) {
        List<DebugValue> out = new ArrayList<>();
        for (TextRunReport.SummaryRow row : TextRunReport.summary(r)) {
            out.add(DebugValue.of(row.label(), row.value(), ""));
        }
        return out;
    }

    /** The next command for the run's thread; an interrupt while waiting aborts the run. */
    private Command nextCommand() {
        try {
            return commands.take();
        } catch (InterruptedException e) {
            throw new RunAborted();
        }
    }

    private void awaitAbort() {
        while (true) {
            Command c = nextCommand();
            if (c instanceof Abort) {
                throw new RunAborted();
            }
            if (c instanceof Evaluate e) {
                e.reply().complete(LiveRun.Evaluation.failed("the run is not stopped"));
            }
        }
    }

    @Override
    public void on(RunEvent e, LiveRun live) {
        index++;
        int kind = e instanceof RunEvent.StepReached ? Timeline.STEP : e instanceof RunEvent.CallEntered ? Timeline.CALL_IN
                : e instanceof RunEvent.CallLeft ? Timeline.CALL_OUT : Timeline.OTHER;
        int source = sources.id(e.source());
        timeline.record(index, kind, e.depth(), e.line(), source);
        StopCriteria c = criteria;
        boolean logs = c.forward() && index > c.from();
        List<Integer> hit = kind == Timeline.STEP ? breakpoints.hit(e, live, logs, hits, output) : List.of();
        DebugStop.Failure failure = failureAt(e, live);
        DebugStop.Reason reason = null;
        switch (c.kind()) {
            case TARGET -> {
                if (index == c.target()) {
                    reason = c.reason() != null ? c.reason() : !hit.isEmpty() ? DebugStop.Reason.BREAKPOINT
                            : failure != null ? DebugStop.Reason.EXCEPTION : DebugStop.Reason.STEP;
                }
            }
            case SCAN -> {
                if (index < c.target() && (!hit.isEmpty() || failure != null)) {
                    lastMatch = index;
                }
                if (index >= c.target()) {
                    results.add(new ScanDone(lastMatch));
                    awaitAbort();
                }
            }
            case REACH_LINE -> {
                if (kind == Timeline.STEP && source == 0 && e.line() == c.target() && index >= c.from()) {
                    reason = DebugStop.Reason.GOTO;
                }
            }
            case ENTRY -> {
                if (kind == Timeline.STEP) {
                    reason = DebugStop.Reason.ENTRY;
                }
            }
            default -> {
                if (index > c.from()) {
                    reason = forwardReason(c, e, kind, hit, failure);
                }
            }
        }
        if (reason == null) {
            return;
        }
        if (reason != DebugStop.Reason.EXCEPTION) {
            failure = null;
        }
        if (reason != DebugStop.Reason.BREAKPOINT) {
            hit = List.of();
        }
        DebugValue returned = null;
        if (e instanceof RunEvent.CallLeft left && reason == DebugStop.Reason.STEP) {
            returned = Views.value(left.function() + "() returned", left.value());
        }
        int topLine = live.frames().isEmpty() || !e.source().equals(live.frames().get(0).source()) ? 0 : e.line();
        suspend(snapshot(reason, describe(reason, e, failure, returned), e.depth(), topLine, live, hit, failure,
                returned), live);
    }

    private DebugStop.Reason forwardReason(StopCriteria c, RunEvent e, int kind, List<Integer> hit,
                                           DebugStop.Failure failure) {
        if (failure != null) {
            return DebugStop.Reason.EXCEPTION;
        }
        if (!hit.isEmpty()) {
            return DebugStop.Reason.BREAKPOINT;
        }
        if (kind == Timeline.STEP && pauseRequested.get()) {
            pauseRequested.set(false);
            return DebugStop.Reason.PAUSE;
        }
        boolean step = switch (c.kind()) {
            case STEP_IN -> kind == Timeline.STEP;
            case STEP_OVER -> kind == Timeline.STEP && e.depth() <= c.fromDepth();
            case STEP_OUT -> e.depth() < c.fromDepth() && (kind == Timeline.STEP || kind == Timeline.CALL_OUT
                    && e instanceof RunEvent.CallLeft l && l.resolution() != RunEvent.Resolution.PRIMITIVE
                    && l.resolution() != RunEvent.Resolution.NO_OP);
            default -> false;
        };
        return step ? DebugStop.Reason.STEP : null;
    }

    @Override
    public void failing(RunOutcome outcome, String message, int line, LiveRun live) {
        index++;
        List<LiveRun.Frame> frames = live.frames();
        int depth = Math.max(frames.size() - 1, 0);
        timeline.record(index, Timeline.VIRTUAL, depth, line, 0);
        StopCriteria c = criteria;
        boolean on = breakpoints.filterOn(TraceSession.RUN_ERROR);
        if (c.kind() == StopCriteria.Kind.SCAN && on && index < c.target()) {
            lastMatch = index;
        }
        boolean stop = c.kind() == StopCriteria.Kind.TARGET ? index == c.target() : c.forward() && on && index > c.from();
        if (!stop) {
            return;
        }
        DebugStop.Failure f = new DebugStop.Failure(TraceSession.RUN_ERROR, outcome.id(),
                "the run ends " + outcome.id() + ": " + message);
        int topLine = line > 0 && !frames.isEmpty() && frames.get(0).source().equals(sources.mainSource()) ? line : 0;
        suspend(snapshot(DebugStop.Reason.EXCEPTION, f.description(), depth, topLine, live, List.of(), f, null), live);
    }

    /** An expectation failed here, or a reference count went below zero for the first time: what, if the filter is on. */
    private DebugStop.Failure failureAt(RunEvent e, LiveRun live) {
        DebugStop.Failure out = null;
        if (e instanceof RunEvent.ExpectationChecked x && !x.result().passed()
                && breakpoints.filterOn(TraceSession.EXPECTATION)) {
            out = new DebugStop.Failure(TraceSession.EXPECTATION, TraceSession.EXPECTATION, "@expect "
                    + x.result().expr() + " failed (line " + x.line() + "): " + x.result().detail());
        }
        if (!negative) {
            Optional<Violation> v = Invariants.checkState(live.state(), e.line());
            if (v.isPresent()) {
                negative = true;
                if (out == null && breakpoints.filterOn(TraceSession.INVARIANT)) {
                    out = new DebugStop.Failure(TraceSession.INVARIANT, v.get().invariant().id(),
                            v.get().invariant().id() + ": " + v.get().message());
                }
            }
        }
        return out;
    }

    private String describe(DebugStop.Reason reason, RunEvent e, DebugStop.Failure failure, DebugValue returned) {
        return switch (reason) {
            case ENTRY -> plan.root().name() + " · scenario " + start.scenario();
            case BREAKPOINT -> "breakpoint at line " + e.line();
            case EXCEPTION -> failure.description();
            case GOTO -> "line " + e.line() + " forced taken";
            case PAUSE -> "paused at line " + e.line();
            case RESTART -> "restarted at line " + e.line();
            case STEP -> returned != null ? returned.name() + " " + returned.value() : "line " + e.line();
        };
    }

    private DebugStop snapshot(DebugStop.Reason reason, String description, int depth, int topLine, LiveRun live,
                               List<Integer> hit, DebugStop.Failure failure, DebugValue returned) {
        List<DebugFrame> frames = new ArrayList<>();
        List<LiveRun.Frame> live0 = live.frames();
        for (int i = 0; i < live0.size(); i++) {
            LiveRun.Frame f = live0.get(i);
            List<DebugValue> locals = new ArrayList<>();
            if (i == 0 && returned != null) {
                locals.add(returned);
            }
            f.locals().forEach((k, v) -> locals.add(Views.value(k, v)));
            int line = i == 0 && topLine > 0 ? topLine : f.line();
            frames.add(new DebugFrame(f.function(), f.source(), line, f.source().equals(sources.referenceSource())
                    && !f.source().equals(sources.mainSource()), locals));
        }
        return new DebugStop(reason, description, index, depth, frames,
                Views.page(live.state(), live.initial(), live.gets(), live.puts(), start.scenario()),
                Views.environment(live.environmentRead(), live.state().environment()), hit, failure);
    }

    /** Hands the stop over and waits: evaluations are answered here, on the run's thread, until told to go on. */
    private void suspend(DebugStop stop, LiveRun live) {
        results.add(stop);
        while (true) {
            Command c = nextCommand();
            if (c instanceof Evaluate ev) {
                ev.reply().complete(live == null ? LiveRun.Evaluation.failed("the run has returned; nothing to evaluate")
                        : live.evaluate(ev.expression(), ev.frame()));
            } else if (c instanceof Resume r) {
                criteria = r.criteria();
                return;
            } else {
                throw new RunAborted();
            }
        }
    }
}
