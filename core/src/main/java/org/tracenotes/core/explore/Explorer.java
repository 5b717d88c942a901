package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.run.Interpreter;
import org.tracenotes.core.run.Program;
import org.tracenotes.core.run.RunEvent;
import org.tracenotes.core.run.RunListener;
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
        StateSpace.forEach(start -> {
            Trace note = trace(program, root, start, true);
            Trace ref = referenceRoot == null ? null : trace(reference, referenceRoot, start, false);
            return new Trace[] {note, ref};
        }, t -> t[0].model.envRead() | (t[1] == null ? 0 : t[1].model.envRead()), (start, t) -> {
            Trace note = t[0];
            Trace ref = t[1];
            Divergence d = ref == null ? null : Divergence.of(note.result, note.model, note.calls, ref.result, ref.model,
                    ref.calls);
            List<Violation> violations = checksInvariants() ? Invariants.check(note.result, note.model) : List.of();
            runs.add(new ExploredRun(start, sharingPath(note.result, byPath), violations, note.taken, note.notTaken,
                    ref == null ? null : ref.result, d, note.model.moved()));
            progress.accept(runs.size());
        });
        return new Exploration(root.name(), program.main().source(), runs, referenceRoot != null, checksInvariants());
    }

    /** {@code r}, its path the one of an earlier run with an equal path when there is one. */
    private static RunResult sharingPath(RunResult r, java.util.Map<List<Integer>, RunResult> byPath) {
        RunResult first = byPath.putIfAbsent(r.path(), r);
        if (first == null || first.path() == r.path()) {
            return r;
        }
        return new RunResult(r.trace(), r.scenario(), r.source(), r.outcome(), r.result(), r.message(), r.line(),
                first.path(), r.elided(), r.lenient(), r.forced(), r.notReached(), r.initial(), r.state(), r.gets(),
                r.puts(), r.expectations());
    }

    /** One run with what the exploration needs from it. */
    private static final class Trace {
        RunResult result;
        PageModel model;
        final Set<Integer> taken = new LinkedHashSet<>();
        final Set<Integer> notTaken = new LinkedHashSet<>();
        final List<Divergence.Call> calls = new ArrayList<>();
    }

    /** Address lookups: no decision, no effect; left out of the path comparison. */
    private static final Set<String> LOOKUPS = Set.of("page_zone", "folio_zone", "page_folio", "compound_head",
            "pfn_to_page", "page_to_pfn", "folio_pfn", "folio_page", "pfn_folio", "folio_mapping", "page_mapping");

    private Trace trace(Program p, Root r, StartingState start, boolean isNote) {
        Trace t = new Trace();
        String main = p.main().source();
        int[] lastLine = {0};
        int[] lastDepthLine = new int[Divergence.DEPTHS];
        int[] elidedLine = new int[Divergence.DEPTHS];
        int[] elidedAt = new int[Divergence.DEPTHS];
        java.util.ArrayDeque<String> frames = new java.util.ArrayDeque<>();
        java.util.ArrayDeque<Divergence.Call> recorded = new java.util.ArrayDeque<>();
        frames.push(r.name());
        RunListener listener = e -> {
            if (e instanceof RunEvent.CallLeft left) {
                if (frames.size() > 1) {
                    frames.pop();
                    Divergence.Call c = recorded.pop();
                    if (c != Divergence.Call.NONE) {
                        c.left(left.value().toString(), lastLine[0], t.calls.size());
                    }
                }
                return;
            }
            if (e instanceof RunEvent.CallEntered c) {
                String caller = frames.peek();
                frames.push(c.function());
                boolean fromTraced = isNote ? c.source().equals(main) : noteFunctions.contains(caller);
                Divergence.Call call = null;
                if (c.resolution() != RunEvent.Resolution.NO_OP && fromTraced && !LOOKUPS.contains(c.function())) {
                    call = new Divergence.Call(c.function(), Math.max(0, c.depth() - 1), lastLine[0], t.calls.size(),
                            lastDepthLine.clone(), elidedLine.clone(), elidedAt.clone());
                    t.calls.add(call);
                }
                recorded.push(call == null ? Divergence.Call.NONE : call);
                return;
            }
            if (e instanceof RunEvent.StepReached s && s.source().equals(main)) {
                lastLine[0] = s.line();
                if (s.depth() < Divergence.DEPTHS) {
                    lastDepthLine[s.depth()] = s.line();
                }
            } else if (e instanceof RunEvent.ElisionCrossed x && x.source().equals(main) && x.depth() < Divergence.DEPTHS) {
                // of two elisions with no call between them, the first is where the note starts skipping code
                if (elidedLine[x.depth()] == 0 || elidedAt[x.depth()] != t.calls.size()) {
                    elidedLine[x.depth()] = x.line();
                    elidedAt[x.depth()] = t.calls.size();
                }
            } else if (e instanceof RunEvent.BranchDecided b && b.source().equals(main)) {
                (b.taken() ? t.taken : t.notTaken).add(b.line());
            }
        };
        t.model = start.model();
        t.result = Interpreter.run(p, r, "explore", t.model, options.withListener(listener));
        t.calls.add(new Divergence.Call(null, 0, lastLine[0], t.calls.size(), lastDepthLine.clone(), elidedLine.clone(),
                elidedAt.clone()));
        return t;
    }

    static String describe(RunResult r) {
        return switch (r.outcome()) {
            case RETURNED -> r.result() == null ? "returns" : "returns " + new Value.Int(r.result());
            default -> r.outcome().id();
        };
    }
}
