package org.tracenotes.core.debug;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.DeepStack;
import org.tracenotes.core.explore.Invariant;
import org.tracenotes.core.explore.Invariants;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
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
    private static final Pattern LOG_EXPR = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern HIT = Pattern.compile("^\\s*(==|>=|<=|>|<|%)?\\s*(\\d+)\\s*$");

    private final Note note;
    private final List<Note> others;
    private final ReferenceTraces model;
    private final TraceRunner.Prepared plan;
    private final TraceRunner.Start start;
    private final SessionOutput output;
    private final Map<String, Integer> sourceIds = new ConcurrentHashMap<>();
    private final Map<String, NavigableSet<Integer>> runnable = new LinkedHashMap<>();
    private final Map<Integer, List<Step>> chains = new LinkedHashMap<>();
    private final Timeline timeline = new Timeline();
    private volatile Map<String, Map<Integer, List<Bp>>> breakpoints = Map.of();
    private volatile Set<String> filters = Set.copyOf(FILTERS);
    private volatile boolean pauseRequested;
    private int nextBreakpointId = 1;
    private Map<Integer, Force> forces;
    private Worker worker;
    private Halt current;

    private TraceSession(Note note, List<Note> others, ReferenceTraces model, TraceRunner.Prepared plan, SessionOutput output) {
        this.note = note;
        this.others = List.copyOf(others);
        this.model = model;
        this.plan = plan;
        this.start = plan.starts().get(0);
        this.output = output;
        this.forces = new LinkedHashMap<>(plan.options().forces());
        Note main = plan.program().main();
        sourceIds.put(main.source(), 0);
        List<Note> all = new ArrayList<>();
        all.add(main);
        all.addAll(others);
        if (model != null && main != model.note()) {
            all.add(model.note());
        }
        for (Note n : all) {
            NavigableSet<Integer> lines = new TreeSet<>();
            for (Root r : TraceRunner.tracedRoots(n)) {
                collect(r.body(), lines);
            }
            runnable.putIfAbsent(n.source(), lines);
        }
        for (Step s : main.steps()) {
            if (s.kind() == StepKind.IF) {
                List<Step> chain = new ArrayList<>();
                chain.add(s);
                chain.addAll(s.alternatives());
                chain.forEach(c -> chains.put(c.range().line(), chain));
            } else if (s.kind() == StepKind.SWITCH) {
                List<Step> chain = new ArrayList<>();
                chain.add(s);
                s.children().stream().filter(c -> c.kind() == StepKind.CASE).forEach(chain::add);
                chain.stream().skip(1).forEach(c -> chains.put(c.range().line(), chain));
            }
        }
    }

    private static void collect(List<Step> steps, Set<Integer> out) {
        for (Step s : steps) {
            out.add(s.range().line());
            collect(s.children(), out);
            collect(s.alternatives(), out);
        }
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
        return new Opened(new TraceSession(note, others, model, p, output == null ? SessionOutput.NONE : output));
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
        return plan.program().main().source();
    }

    /** The source name of the model's reference traces, which frames of reference functions stand in. */
    public String referenceSource() {
        return model == null ? null : model.note().source();
    }

    /** The text of a source of this session (a note or the reference traces), if it is one. */
    public Optional<String> sourceText(String source) {
        List<Note> all = new ArrayList<>(others);
        all.add(0, plan.program().main());
        if (model != null) {
            all.add(model.note());
        }
        return all.stream().filter(n -> n.source().equals(source)).map(Note::text).findFirst();
    }

    /**
     * The source name of this session's note at {@code path} (a path as a client writes it), or of the
     * reference traces if {@code path} names them.
     */
    public Optional<String> sourceFor(String path) {
        if (path == null) {
            return Optional.empty();
        }
        for (String s : runnable.keySet()) {
            if (s.equals(path) || samePath(s, path)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    private static boolean samePath(String a, String b) {
        try {
            Path pa = Path.of(a).toAbsolutePath().normalize();
            Path pb = Path.of(b).toAbsolutePath().normalize();
            if (pa.equals(pb)) {
                return true;
            }
            return java.nio.file.Files.exists(pa) && java.nio.file.Files.exists(pb) && java.nio.file.Files.isSameFile(pa, pb);
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The lines of {@code source} a step stands on: where a breakpoint can stop. */
    public NavigableSet<Integer> runnableLines(String source) {
        return java.util.Collections.unmodifiableNavigableSet(runnable.getOrDefault(source, new TreeSet<>()));
    }

    /** The if / else-if / else / case lines of the note run: where {@link #forceBranch} can go. */
    public NavigableSet<Integer> branchLines() {
        return java.util.Collections.unmodifiableNavigableSet(new TreeSet<>(chains.keySet()));
    }

    /** What forcing the branch on {@code line} means, in words, if it is a branch line. */
    public Optional<String> branchLabel(int line) {
        List<Step> chain = chains.get(line);
        if (chain == null) {
            return Optional.empty();
        }
        Step s = chain.stream().filter(c -> c.range().line() == line).findFirst().orElseThrow();
        String what = switch (s.kind()) {
            case IF -> "if " + s.text().replaceFirst("^if\\s*", "");
            case ELSE -> "else";
            case CASE -> s.text();
            default -> s.text();
        };
        return Optional.of("take the branch on line " + line + " (" + what.strip() + ")");
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

    private record Bp(int id, int line, String condition, IntPredicate hit, String logMessage) { }

    /**
     * Replaces the breakpoints of {@code source} (a name from {@link #sourceFor}); each is verified
     * only on a line a step stands on, with a condition that parses and a hit condition of the forms
     * {@link Breakpoint} lists. Takes effect at the run's next event.
     */
    public synchronized List<BreakpointStatus> setBreakpoints(String source, List<Breakpoint> asked) {
        List<BreakpointStatus> out = new ArrayList<>();
        Map<Integer, List<Bp>> lines = new LinkedHashMap<>();
        NavigableSet<Integer> can = source == null ? null : runnable.get(source);
        for (Breakpoint b : asked) {
            int id = nextBreakpointId++;
            String why = null;
            IntPredicate hit = n -> true;
            if (can == null) {
                why = "not a note of this session";
            } else if (!can.contains(b.line())) {
                Integer next = can.ceiling(b.line());
                why = "line " + b.line() + " holds no step that can run"
                        + (next != null ? "; the next that can is line " + next : "");
            } else if (b.condition() != null && !b.condition().isBlank()
                    && plan.program().expression(b.condition().strip()).isEmpty()) {
                why = "condition `" + b.condition() + "` is not an expression of the note's language";
            } else if (b.hitCondition() != null && !b.hitCondition().isBlank()) {
                hit = hitCondition(b.hitCondition());
                if (hit == null) {
                    why = "hit condition `" + b.hitCondition() + "` is not N, == N, > N, >= N, < N, <= N or % N";
                }
            }
            if (why == null) {
                String cond = b.condition() == null || b.condition().isBlank() ? null : b.condition().strip();
                String log = b.logMessage() == null || b.logMessage().isEmpty() ? null : b.logMessage();
                lines.computeIfAbsent(b.line(), k -> new ArrayList<>()).add(new Bp(id, b.line(), cond, hit, log));
            }
            out.add(new BreakpointStatus(id, b.line(), why == null, why));
        }
        if (source != null) {
            Map<String, Map<Integer, List<Bp>>> all = new HashMap<>(breakpoints);
            all.put(source, Map.copyOf(lines));
            breakpoints = Map.copyOf(all);
        }
        return out;
    }

    private static IntPredicate hitCondition(String text) {
        Matcher m = HIT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(2));
        String op = m.group(1) == null ? "==" : m.group(1);
        return switch (op) {
            case "==" -> c -> c == n;
            case ">=" -> c -> c >= n;
            case "<=" -> c -> c <= n;
            case ">" -> c -> c > n;
            case "<" -> c -> c < n;
            default -> n == 0 ? null : c -> c % n == 0;
        };
    }

    /** Turns on exactly these exception filters (of {@link #FILTERS}); returns those it does not know. */
    public List<String> setExceptionFilters(Collection<String> on) {
        List<String> unknown = on.stream().filter(f -> !FILTERS.contains(f)).toList();
        filters = Set.copyOf(on.stream().filter(FILTERS::contains).toList());
        return unknown;
    }

    // ---------------------------------------------------------------- running

    /** Starts the run: it stops at its first step with {@code stopOnEntry}, else at the first stop or its end. */
    public synchronized Halt start(boolean stopOnEntry) {
        return rerun(new Criteria(stopOnEntry ? Kind.ENTRY : Kind.RUN, -1, 0, 0, null));
    }

    /** Goes on from the current stop (or back from it) to the next stop, or to the run's end. */
    public synchronized Halt resume(Motion motion) {
        DebugStop at = stopped();
        switch (motion) {
            case CONTINUE -> {
                return go(new Criteria(Kind.RUN, at.index(), at.depth(), 0, null));
            }
            case STEP_IN -> {
                return go(new Criteria(Kind.STEP_IN, at.index(), at.depth(), 0, null));
            }
            case STEP_OVER -> {
                return go(new Criteria(Kind.STEP_OVER, at.index(), at.depth(), 0, null));
            }
            case STEP_OUT -> {
                return go(new Criteria(Kind.STEP_OUT, at.index(), at.depth(), 0, null));
            }
            case STEP_BACK -> {
                int target = timeline.previousStep(at.index(), at.depth());
                if (target < 0) {
                    output.output("console", "already at the run's first step", null, 0);
                    return at;
                }
                return rerun(new Criteria(Kind.TARGET, target, 0, target, DebugStop.Reason.STEP));
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
        return rerun(new Criteria(Kind.TARGET, target, 0, target, DebugStop.Reason.RESTART));
    }

    /** Back to the last breakpoint hit or exception before the current stop; to the first step if none. */
    private Halt reverseContinue(DebugStop at) {
        stopWorker();
        Worker scan = new Worker(forces, new Criteria(Kind.SCAN, -1, 0, at.index(), null));
        worker = scan;
        scan.begin();
        Object r = take(scan);
        int last = r instanceof ScanDone d ? d.last() : -1;
        if (last < 0) {
            int first = timeline.firstStep();
            return rerun(new Criteria(Kind.TARGET, first, 0, Math.max(first, 0), DebugStop.Reason.ENTRY));
        }
        return rerun(new Criteria(Kind.TARGET, last, 0, last, null));
    }

    /**
     * Takes the branch on {@code line} (an if, else-if, else or case line of the note): runs again with
     * it forced taken — and the other branches of its chain unforced — and stops where the run reaches
     * it, from the last decision of its chain at or before the current stop on. The force stays for
     * the rest of the session.
     */
    public synchronized Halt forceBranch(int line) {
        DebugStop at = stopped();
        List<Step> chain = chains.get(line);
        if (chain == null) {
            throw new IllegalArgumentException("line " + line + " is not an if / else-if / else / case line; those are "
                    + (chains.isEmpty() ? "(none)" : String.join(", ", chains.keySet().stream().map(String::valueOf).toList())));
        }
        Map<Integer, Force> next = new LinkedHashMap<>(forces);
        chain.forEach(c -> next.remove(c.range().line()));
        next.put(line, Force.TAKEN);
        forces = next;
        int anchor = timeline.lastReach(at.index(), 0, chain.get(0).range().line());
        Halt h = rerun(new Criteria(Kind.REACH_LINE, anchor < 0 ? at.index() : anchor, 0, line, DebugStop.Reason.GOTO));
        if (h instanceof RunEnded e) {
            List<String> notes = new ArrayList<>(e.notes());
            notes.add("line " + line + " was forced taken, but the run never reached it again");
            current = new RunEnded(e.result(), e.violations(), notes);
        }
        return current;
    }

    /** Stops the run at its next step, if it is running. */
    public void pause() {
        pauseRequested = true;
    }

    /**
     * Evaluates {@code expression} in frame {@code frame} (0 the innermost) of the current stop, without
     * changing the run.
     */
    public synchronized LiveRun.Evaluation evaluate(String expression, int frame) {
        if (!(current instanceof DebugStop) || worker == null) {
            return LiveRun.Evaluation.failed("the run is not stopped");
        }
        Evaluate e = new Evaluate(expression, frame, new CompletableFuture<>());
        worker.commands.add(e);
        try {
            return e.reply().get(REPLY_SECONDS, TimeUnit.SECONDS);
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

    /** Lets the waiting run go on to the stop {@code c} asks for. */
    private Halt go(Criteria c) {
        pauseRequested = false;
        Worker w = worker;
        w.commands.add(new Resume(c));
        return settle(take(w));
    }

    /** Runs again from the start to the stop {@code c} asks for. */
    private Halt rerun(Criteria c) {
        stopWorker();
        pauseRequested = false;
        Worker w = new Worker(forces, c);
        worker = w;
        w.begin();
        return settle(take(w));
    }

    private Halt settle(Object r) {
        if (r instanceof Halt h) {
            current = h;
            return h;
        }
        throw new IllegalStateException("the run failed: " + r);
    }

    private static Object take(Worker w) {
        try {
            return w.results.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted");
        }
    }

    private void stopWorker() {
        Worker w = worker;
        worker = null;
        if (w == null || w.thread == null || !w.thread.isAlive()) {
            return;
        }
        w.commands.add(new Abort());
        try {
            w.thread.join(TimeUnit.SECONDS.toMillis(REPLY_SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---------------------------------------------------------------- the run's thread

    private enum Kind { ENTRY, RUN, STEP_IN, STEP_OVER, STEP_OUT, TARGET, SCAN, REACH_LINE }

    /**
     * Where to stop: after event {@code from} (deeper than {@code fromDepth} or not, for steps); for
     * TARGET at event {@code target}; for SCAN, the last candidate before event {@code target}; for
     * REACH_LINE the first reach of line {@code target} at or after {@code from}.
     */
    private record Criteria(Kind kind, int from, int fromDepth, int target, DebugStop.Reason reason) {

        /** Whether this run stops where a user asked (breakpoints, exceptions, logpoints), not at a known event. */
        boolean forward() {
            return kind == Kind.ENTRY || kind == Kind.RUN || kind == Kind.STEP_IN || kind == Kind.STEP_OVER
                    || kind == Kind.STEP_OUT;
        }
    }

    private sealed interface Command permits Resume, Evaluate, Abort { }

    private record Resume(Criteria criteria) implements Command { }

    private record Evaluate(String expression, int frame, CompletableFuture<LiveRun.Evaluation> reply) implements Command { }

    private record Abort() implements Command { }

    private record ScanDone(int last) { }

    /** One run of the trace, on its own thread, waiting inside the interpreter at each stop. */
    private final class Worker implements RunInspector {

        final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
        final BlockingQueue<Object> results = new LinkedBlockingQueue<>();
        final Map<Integer, Integer> hits = new HashMap<>();
        final Map<Integer, Force> runForces;
        Criteria criteria;
        Thread thread;
        int index = -1;
        boolean negative;
        int lastMatch = -1;

        Worker(Map<Integer, Force> runForces, Criteria criteria) {
            this.runForces = Map.copyOf(runForces);
            this.criteria = criteria;
        }

        void begin() {
            thread = new Thread(null, this::body, "tracenotes-debug-run", DeepStack.STACK_BYTES);
            thread.setDaemon(true);
            thread.start();
        }

        private void body() {
            try {
                PageModel pageModel = new PageModel(start.state());
                RunResult r = Interpreter.run(plan.program(), plan.root(), start.scenario(), pageModel,
                        plan.options().withForces(runForces).withInspector(this));
                List<Violation> violations = Invariants.check(r, pageModel);
                if (criteria.kind() == Kind.SCAN) {
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
                    if (criteria.forward() && filters.contains(INVARIANT)) {
                        Violation v = atEnd.get(0);
                        DebugStop.Failure f = new DebugStop.Failure(INVARIANT, v.invariant().id(), v.invariant().id()
                                + " at the end of the run: " + v.message());
                        DebugFrame end = new DebugFrame("(end of run)", mainSource(), Math.max(v.line(), 1), false,
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

        private List<DebugValue> endLocals(RunResult r) {
            List<DebugValue> out = new ArrayList<>();
            for (TextRunReport.SummaryRow row : TextRunReport.summary(r)) {
                out.add(DebugValue.of(row.label(), row.value(), ""));
            }
            return out;
        }

        private void awaitAbort() {
            while (true) {
                Command c;
                try {
                    c = commands.take();
                } catch (InterruptedException e) {
                    throw new RunAborted();
                }
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
            int source = sourceIds.computeIfAbsent(e.source(), k -> sourceIds.size());
            timeline.record(index, kind, e.depth(), e.line(), source);
            Criteria c = criteria;
            boolean logs = c.forward() && index > c.from();
            List<Integer> hit = kind == Timeline.STEP ? breakpointsHit(e, live, logs) : List.of();
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

        private DebugStop.Reason forwardReason(Criteria c, RunEvent e, int kind, List<Integer> hit,
                                               DebugStop.Failure failure) {
            if (failure != null) {
                return DebugStop.Reason.EXCEPTION;
            }
            if (!hit.isEmpty()) {
                return DebugStop.Reason.BREAKPOINT;
            }
            if (kind == Timeline.STEP && pauseRequested) {
                pauseRequested = false;
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
            Criteria c = criteria;
            boolean on = filters.contains(RUN_ERROR);
            if (c.kind() == Kind.SCAN && on && index < c.target()) {
                lastMatch = index;
            }
            boolean stop = c.kind() == Kind.TARGET ? index == c.target() : c.forward() && on && index > c.from();
            if (!stop) {
                return;
            }
            DebugStop.Failure f = new DebugStop.Failure(RUN_ERROR, outcome.id(), "the run ends " + outcome.id() + ": " + message);
            int topLine = line > 0 && !frames.isEmpty() && frames.get(0).source().equals(mainSource()) ? line : 0;
            suspend(snapshot(DebugStop.Reason.EXCEPTION, f.description(), depth, topLine, live, List.of(), f, null), live);
        }

        /** The breakpoints at this step whose condition and hit count say stop; logpoints print instead. */
        private List<Integer> breakpointsHit(RunEvent e, LiveRun live, boolean logs) {
            Map<Integer, List<Bp>> lines = breakpoints.get(e.source());
            List<Bp> here = lines == null ? null : lines.get(e.line());
            if (here == null) {
                return List.of();
            }
            List<Integer> out = new ArrayList<>();
            for (Bp b : here) {
                if (b.condition() != null) {
                    LiveRun.Evaluation v = live.evaluate(b.condition(), 0);
                    if (!v.ok()) {
                        if (logs) {
                            output.output("stderr", "line " + b.line() + ": condition `" + b.condition()
                                    + "` cannot be evaluated (" + v.error() + "); stopping there", e.source(), e.line());
                        }
                    } else if (!Value.truthy(v.value())) {
                        continue;
                    }
                }
                int n = hits.merge(b.id(), 1, Integer::sum);
                if (!b.hit().test(n)) {
                    continue;
                }
                if (b.logMessage() != null) {
                    if (logs) {
                        output.output("console", interpolate(b.logMessage(), live), e.source(), e.line());
                    }
                    continue;
                }
                out.add(b.id());
            }
            return out;
        }

        private String interpolate(String message, LiveRun live) {
            Matcher m = LOG_EXPR.matcher(message);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                LiveRun.Evaluation v = live.evaluate(m.group(1).strip(), 0);
                m.appendReplacement(sb, Matcher.quoteReplacement(v.ok() ? Views.text(v.value()) : "<" + v.error() + ">"));
            }
            m.appendTail(sb);
            return sb.toString();
        }

        /** An expectation failed here, or a reference count went below zero for the first time: what, if the filter is on. */
        private DebugStop.Failure failureAt(RunEvent e, LiveRun live) {
            DebugStop.Failure out = null;
            if (e instanceof RunEvent.ExpectationChecked x && !x.result().passed() && filters.contains(EXPECTATION)) {
                out = new DebugStop.Failure(EXPECTATION, EXPECTATION, "@expect " + x.result().expr() + " failed (line "
                        + x.line() + "): " + x.result().detail());
            }
            if (!negative) {
                Optional<Violation> v = Invariants.checkState(live.state(), e.line());
                if (v.isPresent()) {
                    negative = true;
                    if (out == null && filters.contains(INVARIANT)) {
                        out = new DebugStop.Failure(INVARIANT, v.get().invariant().id(), v.get().invariant().id() + ": "
                                + v.get().message());
                    }
                }
            }
            return out;
        }

        private String describe(DebugStop.Reason reason, RunEvent e, DebugStop.Failure failure, DebugValue returned) {
            return switch (reason) {
                case ENTRY -> trace() + " · scenario " + scenario();
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
                frames.add(new DebugFrame(f.function(), f.source(), line, f.source().equals(referenceSource())
                        && !f.source().equals(mainSource()), locals));
            }
            return new DebugStop(reason, description, index, depth, frames,
                    Views.page(live.state(), live.initial(), live.gets(), live.puts(), start.scenario()),
                    Views.environment(live.environmentRead(), live.state().environment()), hit, failure);
        }

        /** Hands the stop over and waits: evaluations are answered here, on the run's thread, until told to go on. */
        private void suspend(DebugStop stop, LiveRun live) {
            results.add(stop);
            while (true) {
                Command c;
                try {
                    c = commands.take();
                } catch (InterruptedException x) {
                    throw new RunAborted();
                }
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
}
