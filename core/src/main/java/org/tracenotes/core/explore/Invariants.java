package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.RefOwner;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;

/** Checks the {@link Invariant}s on a finished run and the model it ran on. */
public final class Invariants {

    private Invariants() {
    }

    /**
     * The invariants that must hold in every state of a run, not only at its end: no owner's reference
     * count below zero. The first one {@code state} breaks, placed at {@code line}; empty if none.
     */
    public static java.util.Optional<Violation> checkState(PageState state, int line) {
        for (RefOwner o : RefOwner.values()) {
            if (state.refs().count(o) < 0) {
                return java.util.Optional.of(new Violation(Invariant.REFCOUNT_NEVER_NEGATIVE, line, "the " + o.id()
                        + " count goes below zero: a reference is dropped that was never taken"));
            }
        }
        return java.util.Optional.empty();
    }

    /** The functions whose contracts the invariants state. */
    public static final java.util.Set<String> CONTRACTS = java.util.Set.of("soft_offline_page", "memory_failure",
            "unpoison_memory");

    /** The line a run ended on, where an end-of-run violation is placed. */
    static int lastLine(RunResult r) {
        return r.path().isEmpty() ? 0 : r.path().get(r.path().size() - 1);
    }

    /** What every function of the model keeps: no count below zero, no reference on a buddy page. */
    static void referenceInvariants(RunResult r, PageModel m, List<Violation> out) {
        if (m.firstNegativeLine() > 0) {
            out.add(new Violation(Invariant.REFCOUNT_NEVER_NEGATIVE, m.firstNegativeLine(), "the " + m.firstNegativeOwner().id()
                    + " count goes below zero: a reference is dropped that was never taken"));
        }
        PageState b = r.state();
        if (b.has(PageFlag.BUDDY) && b.refcount() != 0) {
            out.add(new Violation(Invariant.BUDDY_HAS_NO_REFERENCES, lastLine(r), "the page is in the buddy allocator with refcount "
                    + b.refcount()));
        }
    }

    /** The invariants of the run's function: memory_failure's, unpoison_memory's, else soft offline's. */
    public static List<Violation> check(RunResult r, PageModel m) {
        if (r.outcome() != RunOutcome.RETURNED) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        if (r.trace().equals("memory_failure") || r.trace().equals("unpoison_memory")) {
            return HardOfflineInvariants.check(r, m);
        }
        PageState a = r.initial();
        PageState b = r.state();
        int end = lastLine(r);
        referenceInvariants(r, m, out);
        long result = r.result() == null ? 0 : r.result();
        if (r.result() != null && result == 0 && !b.has(PageFlag.HWPOISON)) {
            out.add(new Violation(Invariant.RETURN_ZERO_POISONS, end, "returns 0 but PG_hwpoison is clear"));
        }
        int pinBefore = a.refs().count(RefOwner.CALLER_PIN);
        int pinAfter = b.refs().count(RefOwner.CALLER_PIN);
        if (pinBefore > 0 && a.pfnValid() && pinAfter > 0) {
            // a second drop of the pin is a put without its get: refcount-never-negative reports it
            out.add(new Violation(Invariant.CALLER_PIN_CONSUMED_ONCE, end, "the caller's pin is still held when the function returns"));
        }
        // soft offline's own gets and puts: the caller's pin aside, and the mapping references that a
        // successful migration moves to the new page (they are not dropped, they follow the data)
        int netOthers = (b.refcount() - pinAfter) - (a.refcount() - pinBefore) + m.moved() - m.externalRefs();
        if (r.result() != null && result != 0 && netOthers != 0) {
            int at = m.lineOfImbalance(netOthers);
            out.add(new Violation(Invariant.FAILURE_LEAVES_REFCOUNT, at > 0 ? at : Math.max(m.lastRefChangeLine(), 1), "returns "
                    + new org.tracenotes.core.kernel.Value.Int(result) + " with the refcount changed by "
                    + (netOthers > 0 ? "+" : "") + netOthers + " (ledger " + b.refs() + ")"));
        }
        if (m.oldFolioRefs() != 0) {
            int at = m.lineOfImbalance(m.oldFolioRefs());
            out.add(new Violation(Invariant.LEFT_FOLIO_RELEASED, at > 0 ? at : Math.max(m.lastRefChangeLine(), 1), m.oldFolioRefs()
                    + " reference(s) still held on the folio the page left"));
        }
        boolean newlyPoisoned = !a.has(PageFlag.HWPOISON) && b.has(PageFlag.HWPOISON);
        long counted = b.poisonedPages() - a.poisonedPages();
        if (counted != (newlyPoisoned ? 1 : 0)) {
            out.add(new Violation(Invariant.POISON_COUNTED_ONCE, end, "num_poisoned_pages changes by " + counted
                    + " while PG_hwpoison " + (newlyPoisoned ? "goes from clear to set" : "does not go from clear to set")));
        }
        // most runs break none: an immutable empty list, which the state's record keeps without a copy
        return out.isEmpty() ? List.of() : out;
    }
}
