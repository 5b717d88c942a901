package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.StateReads;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.Interpreter;
import org.tracenotes.core.run.Program;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.RunResult;

/**
 * Runs a trace on every starting state that can change its path: each {@link org.tracenotes.core.kernel.PageKinds page kind},
 * with and without the caller's pin, forking lazily on each environment answer (isolation, migration,
 * split, take-off, dissolve, filter) the run actually reads — so a path that never migrates is not
 * run three times for three migration outcomes, and every distinct path is reached. Each run is
 * checked against the {@link Invariant}s and, on request, against the model's reference trace of the
 * same function on the same state.
 */
public final class Explorer {


    private final Program program;
    private final Root root;
    private final Program reference;
    private final Root referenceRoot;
    private final RunOptions options;

    /**
     * @param program     the program whose root is explored
     * @param root        the traced function
     * @param reference   the model's reference program, to compare against; null for none
     */
    public Explorer(Program program, Root root, Program reference) {
        this.program = program;
        this.root = root;
        this.reference = reference;
        this.referenceRoot = reference == null ? null : reference.referenceTrace(root.name()).orElse(null);
        this.options = RunOptions.defaults().withBudgets(20_000, 100);
        for (org.tracenotes.core.model.FunctionDef f : program.main().functions()) {
            noteFunctions.add(f.name());
        }
        noteFunctions.add(root.name());
    }

    /** The functions the explored note traces: the kernel's calls from these are compared with the note's. */
    private final Set<String> noteFunctions = new LinkedHashSet<>();

    /** The functions the invariants are about: they state their contracts. */
    public static final String CONTRACT = "soft_offline_page, memory_failure and unpoison_memory";

    /** Whether the invariants apply to the explored function. */
    public boolean checksInvariants() {
        return Invariants.CONTRACTS.contains(root.name());
    }

    /** Whether the model has a reference trace of the explored function. */
    public boolean comparable() {
        return referenceRoot != null;
    }

    /** Explores every page kind; {@code progress} hears of each finished run. */
    public Exploration explore(java.util.function.IntConsumer progress) {
        List<ExploredRun> runs = new ArrayList<>();
        // runs that take one path share one copy of it: thousands of states of long paths fit the heap
        java.util.Map<List<Integer>, RunResult> byPath = new java.util.HashMap<>();
        boolean compared = referenceRoot != null;
        boolean checked = checksInvariants();
        RunRecorder noteRecorder = new RunRecorder(program.main().source(), true, compared, noteFunctions);
        RunOptions noteOptions = options.withListener(noteRecorder.listener());
        RunRecorder refRecorder = compared ? new RunRecorder(reference.main().source(), false, true, noteFunctions) : null;
        RunOptions refOptions = compared ? options.withListener(refRecorder.listener()) : null;
        // a run compared with the reference is always made: the memo keeps no calls
        RunMemo<Trace> memo = compared ? null : new RunMemo<>();
        // one recording for the whole exploration, started over for each run (no lock per run)
        StateReads reads = memo == null ? null : StateReads.open();
        if (reads != null) {
            reads.pause();
        }
        try {
            StateSpace.forEach(start -> {
                if (memo != null) {
                    return new Trace[] {memoised(memo, start, noteRecorder, noteOptions, reads, byPath), null};
                }
                Trace note = trace(program, root, start, noteRecorder, noteOptions, compared);
                note.result = sharingPath(note.result, note.decisions, byPath);
                Trace ref = compared ? trace(reference, referenceRoot, start, refRecorder, refOptions, true) : null;
                return new Trace[] {note, ref};
            }, t -> t[0].model.envRead() | (t[1] == null ? 0 : t[1].model.envRead()), (start, t) -> {
                Trace note = t[0];
                Trace ref = t[1];
                Divergence d = ref == null ? null : Divergence.of(note.result, note.model, note.calls, ref.result,
                        ref.model, ref.calls);
                List<Violation> violations = checked ? Invariants.check(note.result, note.model) : List.of();
                runs.add(new ExploredRun(start, note.result, violations, note.decisions.taken, note.decisions.notTaken,
                        ref == null ? null : ref.result, d, note.model.moved()));
                progress.accept(runs.size());
            });
        } finally {
            if (reads != null) {
                reads.close();
            }
        }
        return new Exploration(root.name(), program.main().source(), runs, compared, checked);
    }

    /**
     * {@code r}, its path the one of an earlier run with an equal path when there is one: first the run
     * that made the same branch decisions (almost always of the same path, compared without hashing),
     * else any run of the path.
     */
    private static RunResult sharingPath(RunResult r, RunRecorder.Decisions decisions,
                                         java.util.Map<List<Integer>, RunResult> byPath) {
        RunResult first = decisions.run;
        if (first == null || !first.path().equals(r.path())) {
            first = byPath.putIfAbsent(r.path(), r);
            if (decisions.run == null) {
                decisions.run = first == null ? r : first;
            }
        }
        if (first == null || first.path() == r.path()) {
            return r;
        }
        return new RunResult(r.trace(), r.scenario(), r.source(), r.outcome(), r.result(), r.message(), r.line(),
                first.path(), r.elided(), r.lenient(), r.forced(), r.notReached(), r.initial(), r.state(), r.gets(),
                r.puts(), r.expectations());
    }

    /**
     * The note's run on {@code start}: an earlier run's, on a state that agrees with {@code start} on
     * all that run read ({@link RunMemo}), else a new run, kept in {@code memo}.
     */
    private Trace memoised(RunMemo<Trace> memo, StartingState start, RunRecorder recorder, RunOptions options,
                           StateReads recording, java.util.Map<List<Integer>, RunResult> byPath) {
        Trace known = memo.find(start);
        if (known != null) {
            return known.on(start);
        }
        recording.restart();
        Trace t = trace(program, root, start, recorder, options, false);
        recording.pause();
        t.reads = recording.copy();
        // the path shared once per run: the states given this run's outcome share it as well
        t.result = sharingPath(t.result, t.decisions, byPath);
        memo.put(start, t.reads, t.model.envDecided(), t);
        return t;
    }

    /** One run with what the exploration needs from it. */
    private static final class Trace {
        RunResult result;
        /** The run's model: its counts (references, lines) are the same for every state the run stands for. */
        PageModel model;
        RunRecorder.Decisions decisions;
        /** What the run read and wrote of its states, when recorded. */
        StateReads reads;

        /** This run as made on {@code start}, which agrees with this run's state on all it read. */
        Trace on(StartingState start) {
            Trace t = new Trace();
            t.model = model;
            t.decisions = decisions;
            t.reads = reads;
            RunResult r = result;
            t.result = new RunResult(r.trace(), r.scenario(), r.source(), r.outcome(), r.result(), r.message(), r.line(),
                    r.path(), r.elided(), r.lenient(), r.forced(), r.notReached(), start.state(),
                    RunMemo.finalState(start.state(), r.state(), reads), r.gets(), r.puts(), r.expectations());
            return t;
        }
        /** The calls seen, when compared with the reference; else empty. */
        List<Divergence.Call> calls = List.of();
    }

    private static Trace trace(Program p, Root r, StartingState start, RunRecorder recorder, RunOptions options,
                               boolean compared) {
        Trace t = new Trace();
        if (compared) {
            t.calls = new ArrayList<>();
        }
        recorder.start(r.name(), t.calls);
        t.model = start.model();
        t.result = Interpreter.run(p, r, "explore", t.model, options);
        recorder.finish();
        t.decisions = recorder.decisions();
        return t;
    }

    static String describe(RunResult r) {
        return switch (r.outcome()) {
            case RETURNED -> r.result() == null ? "returns" : "returns " + new Value.Int(r.result());
            default -> r.outcome().id();
        };
    }
}
