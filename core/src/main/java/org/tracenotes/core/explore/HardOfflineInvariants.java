package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.kernel.KernelConstants;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.kernel.PageState;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.run.RunResult;

/**
 * memory_failure's and unpoison_memory's invariants (kernel-memory-failure.md §6) on a finished run:
 * with the ones every path keeps (no count below zero, no referenced page in buddy), what a return
 * value promises about PG_hwpoison, the counter and the pin.
 */
final class HardOfflineInvariants {

    private HardOfflineInvariants() {
    }

    static List<Violation> check(RunResult r, PageModel m) {
        List<Violation> out = new ArrayList<>();
        PageState a = r.initial();
        PageState b = r.state();
        int end = Invariants.lastLine(r);
        Invariants.referenceInvariants(r, m, out);
        if (r.result() == null) {
            return out;
        }
        long ret = r.result();
        long counted = b.poisonedPages() - a.poisonedPages();
        String returns = "returns " + new Value.Int(ret);
        if (r.trace().equals("memory_failure")) {
            if (ret == 0 && !b.has(PageFlag.HWPOISON)) {
                out.add(new Violation(Invariant.MF_RETURN_ZERO_POISONS, end, "returns 0 but PG_hwpoison is clear"));
            }
            boolean plain = a.pfnValid() && a.online() && !a.has(PageFlag.HUGETLB);
            if (plain && b.has(PageFlag.HWPOISON) == (ret == -KernelConstants.EOPNOTSUPP)) {
                out.add(new Violation(Invariant.MF_POISONED_UNLESS_FILTERED, end, returns + " with PG_hwpoison "
                        + (b.has(PageFlag.HWPOISON) ? "set" : "clear")));
            }
            long actions = b.action() == null ? 0 : 1;
            boolean newRawPage = a.has(PageFlag.HUGETLB) && a.has(PageFlag.HWPOISON) && ret == -KernelConstants.EHWPOISON;
            if (counted != actions && !(newRawPage && counted == 1)) {
                out.add(new Violation(Invariant.MF_COUNTED_BY_ACTION_RESULT, end, "num_poisoned_pages changes by " + counted
                        + " with " + actions + " action_result call(s)"));
            }
            boolean cached = a.has(PageFlag.ANON) || a.has(PageFlag.SHMEM) || a.has(PageFlag.SWAPCACHE);
            if (ret == 0 && b.action() != null && b.action().endsWith("/RECOVERED") && !cached && a.online()
                    && b.refcount() != 1) {
                out.add(new Violation(Invariant.MF_RECOVERED_KEEPS_ONE_PIN, end, "recovered with refcount " + b.refcount()
                        + " (ledger " + b.refs() + ")"));
            }
        } else {
            if (ret == 0 && (b.has(PageFlag.HWPOISON) || b.has(PageFlag.TAKEN_OFF) || counted >= 0)) {
                out.add(new Violation(Invariant.UNPOISON_CLEARS, end, "returns 0 with PG_hwpoison "
                        + (b.has(PageFlag.HWPOISON) ? "set" : "clear") + ", taken-off " + b.has(PageFlag.TAKEN_OFF)
                        + ", num_poisoned_pages changed by " + counted));
            }
            if (ret == 0 && a.has(PageFlag.HW_MEMORY_FAILURE)) {
                out.add(new Violation(Invariant.UNPOISON_REFUSED_AFTER_HW_FAILURE, end, "returns 0 after a hardware memory"
                        + " failure was latched"));
            }
            if (ret != 0 && ret != -KernelConstants.EIO && ret != -KernelConstants.EOPNOTSUPP
                    && ret != -KernelConstants.EBUSY) {
                out.add(new Violation(Invariant.UNPOISON_RESULTS, end, returns));
            }
        }
        return out;
    }
}
