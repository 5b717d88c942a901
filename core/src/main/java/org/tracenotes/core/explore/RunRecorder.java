package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.run.BranchListener;
import org.tracenotes.core.run.RunEvent;
import org.tracenotes.core.run.RunListener;

/**
 * What an exploration keeps of one run's events, reused run after run: the branch lines of the note
 * taken and not taken, and — only when the run is compared with the reference — the calls with the
 * note's position at each (for placing a {@link Divergence}'s partings). One recorder serves one
 * exploration on one thread; {@link #start} readies it for the next run.
 *
 * <p>Nothing is allocated per step: a run not compared is heard as a {@link BranchListener} (no event
 * objects at all), the branch lines go into an {@code int} array, and a call's snapshot of the lines
 * per depth shares the arrays until the run next writes them (copy on write).
 */
final class RunRecorder {

    /** Address lookups: no decision, no effect; left out of the path comparison. */
    private static final Set<String> LOOKUPS = Set.of("page_zone", "folio_zone", "page_folio", "compound_head",
            "pfn_to_page", "page_to_pfn", "folio_pfn", "folio_page", "pfn_folio", "folio_mapping", "page_mapping");

    private final String main;
    private final boolean isNote;
    private final boolean recordsCalls;
    private final Set<String> noteFunctions;

    /** Branch decisions of the run so far: line, then 1 taken or 0 not, in order. */
    private int[] branches = new int[64];
    private int branchCount;

    private List<Divergence.Call> calls;
    private int lastLine;
    private int[] lastDepthLine;
    private int[] elidedLine;
    private int[] elidedAt;
    /** Whether a recorded call holds the array: it is copied before it is written. */
    private boolean depthLineShared;
    private boolean elidedShared;
    private final ArrayList<String> frames = new ArrayList<>();
    private final ArrayList<Divergence.Call> recorded = new ArrayList<>();
    private final RunListener listener;

    /**
     * @param main          the source of the note whose lines are recorded
     * @param isNote        whether the run is the explored note's (else the reference's)
     * @param recordsCalls  whether the run is compared, so its calls are recorded
     * @param noteFunctions the functions the explored note traces (for the reference's calls)
     */
    RunRecorder(String main, boolean isNote, boolean recordsCalls, Set<String> noteFunctions) {
        this.main = main;
        this.isNote = isNote;
        this.recordsCalls = recordsCalls;
        this.noteFunctions = noteFunctions;
        this.listener = recordsCalls ? this::on : (BranchListener) this::decided;
    }

    /** What the run is to be given to hear: every event when calls are recorded, else the branches only. */
    RunListener listener() {
        return listener;
    }

    /** Readies the recorder for a run of {@code root}, whose calls go into {@code calls} when recorded. */
    void start(String root, List<Divergence.Call> calls) {
        branchCount = 0;
        this.calls = calls;
        lastLine = 0;
        if (recordsCalls) {
            lastDepthLine = new int[Divergence.DEPTHS];
            elidedLine = new int[Divergence.DEPTHS];
            elidedAt = new int[Divergence.DEPTHS];
            depthLineShared = false;
            elidedShared = false;
            frames.clear();
            recorded.clear();
            frames.add(root);
        }
    }

    /** Ends the run: the last, function-less call that marks where the run ended (when calls are recorded). */
    void finish() {
        if (recordsCalls) {
            calls.add(snapshot(null, 0));
        }
    }

    /**
     * The run's branch decisions: the lines taken and decided but not taken. Runs that decide the same
     * lines the same way, in the same order, get one {@link Decisions}, made once (most states of an
     * exploration share their decisions with others).
     */
    Decisions decisions() {
        int hash = 1;
        for (int i = 0; i < branchCount; i++) {
            hash = 31 * hash + branches[i];
        }
        // runs one after another mostly decide alike (a kind's forks on answers read after its last branch)
        Decisions last = lastDecisions;
        if (last != null && last.hash == hash && last.same(branches, branchCount)) {
            return last;
        }
        java.util.List<Decisions> same = seen.computeIfAbsent(hash, h -> new ArrayList<>(1));
        for (Decisions d : same) {
            if (d.same(branches, branchCount)) {
                lastDecisions = d;
                return d;
            }
        }
        int[] copy = java.util.Arrays.copyOf(branches, branchCount);
        Decisions d = new Decisions(copy, hash, branchLines(true), branchLines(false));
        same.add(d);
        lastDecisions = d;
        return d;
    }

    /** The decisions {@link #decisions} returned last. */
    private Decisions lastDecisions;

    /** The decisions met so far, by their hash: recorders are made per exploration, so this stays small. */
    private final java.util.Map<Integer, java.util.List<Decisions>> seen = new java.util.HashMap<>();

    /**
     * One sequence of branch decisions (line, 1 taken or 0 not, in order) and its branch lines.
     * {@code run} is the first run seen with these decisions, kept for sharing its path.
     */
    static final class Decisions {
        private final int[] branches;
        private final int hash;
        final Set<Integer> taken;
        final Set<Integer> notTaken;
        org.tracenotes.core.run.RunResult run;

        private Decisions(int[] branches, int hash, Set<Integer> taken, Set<Integer> notTaken) {
            this.branches = branches;
            this.hash = hash;
            this.taken = taken;
            this.notTaken = notTaken;
        }

        /** Whether these are the decisions {@code lines[0..n)}. */
        private boolean same(int[] lines, int n) {
            return java.util.Arrays.equals(branches, 0, branches.length, lines, 0, n);
        }
    }

    /** The branch lines taken ({@code taken}) or decided and not taken. */
    Set<Integer> branchLines(boolean taken) {
        int[] lines = new int[branchCount / 2];
        int n = 0;
        int want = taken ? 1 : 0;
        for (int i = 0; i < branchCount; i += 2) {
            if (branches[i + 1] == want) {
                lines[n++] = branches[i];
            }
        }
        return LineSet.of(lines, n);
    }

    private void decided(String source, int line, boolean taken) {
        if (main.equals(source)) {
            if (branchCount == branches.length) {
                branches = java.util.Arrays.copyOf(branches, branchCount * 2);
            }
            branches[branchCount++] = line;
            branches[branchCount++] = taken ? 1 : 0;
        }
    }

    private void on(RunEvent e) {
        if (e instanceof RunEvent.BranchDecided b) {
            decided(b.source(), b.line(), b.taken());
        } else if (e instanceof RunEvent.StepReached s) {
            if (main.equals(s.source())) {
                lastLine = s.line();
                if (s.depth() < Divergence.DEPTHS && lastDepthLine[s.depth()] != s.line()) {
                    if (depthLineShared) {
                        lastDepthLine = lastDepthLine.clone();
                        depthLineShared = false;
                    }
                    lastDepthLine[s.depth()] = s.line();
                }
            }
        } else if (e instanceof RunEvent.CallLeft left) {
            if (frames.size() > 1) {
                frames.remove(frames.size() - 1);
                Divergence.Call c = recorded.remove(recorded.size() - 1);
                if (c != Divergence.Call.NONE) {
                    c.left(left.value().toString(), lastLine, calls.size());
                }
            }
        } else if (e instanceof RunEvent.CallEntered c) {
            String caller = frames.get(frames.size() - 1);
            frames.add(c.function());
            boolean fromTraced = isNote ? c.source().equals(main) : noteFunctions.contains(caller);
            Divergence.Call call = Divergence.Call.NONE;
            if (c.resolution() != RunEvent.Resolution.NO_OP && fromTraced && !LOOKUPS.contains(c.function())) {
                call = snapshot(c.function(), Math.max(0, c.depth() - 1));
                calls.add(call);
            }
            recorded.add(call);
        } else if (e instanceof RunEvent.ElisionCrossed x && main.equals(x.source()) && x.depth() < Divergence.DEPTHS) {
            // of two elisions with no call between them, the first is where the note starts skipping code
            if (elidedLine[x.depth()] == 0 || elidedAt[x.depth()] != calls.size()) {
                if (elidedShared) {
                    elidedLine = elidedLine.clone();
                    elidedAt = elidedAt.clone();
                    elidedShared = false;
                }
                elidedLine[x.depth()] = x.line();
                elidedAt[x.depth()] = calls.size();
            }
        }
    }

    /** A call of {@code function} here, holding the position arrays as they are now. */
    private Divergence.Call snapshot(String function, int callerDepth) {
        depthLineShared = true;
        elidedShared = true;
        return new Divergence.Call(function, callerDepth, lastLine, calls.size(), lastDepthLine, elidedLine, elidedAt);
    }
}
