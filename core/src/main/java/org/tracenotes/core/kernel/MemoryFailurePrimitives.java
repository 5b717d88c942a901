package org.tracenotes.core.kernel;

import static org.tracenotes.core.kernel.Primitives.flagTest;
import static org.tracenotes.core.kernel.Primitives.model;
import static org.tracenotes.core.kernel.Primitives.noOp;

/**
 * The kernel leaves that memory_failure, unpoison_memory and madvise_inject_error call, with kernel
 * 6.6 semantics (kernel-memory-failure.md §2 and §7), acting on a {@link PageModel}: action_result's
 * record, the hugetlb raw-error list, rmap's unmap and kill as events, the page-state handlers'
 * leaves, and the buddy inverse unpoison uses. The functions with branches a note traces are reference
 * traces, not primitives.
 */
final class MemoryFailurePrimitives {

    private MemoryFailurePrimitives() {
    }

    static void register() {
        pfnAndGlobals();
        hugetlb();
        mappingsAndKills();
        pageStateLeaves();
        unpoisonAndInjection();
    }

    private static void pfnAndGlobals() {
        model((m, a) -> new Value.Int(-KernelConstants.ENXIO), "pfn, flags", "arch_memory_failure");
        model((m, a) -> m.state().pfnValid() && !m.state().online() && m.has(PageFlag.ZONE_DEVICE)
                ? new Value.Obj(Value.ObjKind.SYMBOL, "pgmap") : Value.NULL, "pfn, pgmap", "get_dev_pagemap");
        model((m, a) -> Value.of(m.has(PageFlag.ZONE_DEVICE)), "folio", "dax_lock_folio");
        noOp("pgmap", "put_dev_pagemap", "dax_unlock_folio", "SetPageError", "mapping_set_error", "ClearPageUptodate",
                "update_per_node_mf_stats", "folio_set_hugetlb_hwpoison");
        model((m, a) -> {
            m.flag(PageFlag.HW_MEMORY_FAILURE, true);
            return Value.VOID;
        }, "", "latch_hw_memory_failure");
        model((m, a) -> Value.of(m.has(PageFlag.HW_MEMORY_FAILURE)), "", "hw_memory_failure_latched");
        model((m, a) -> {
            long type = asLong(a.get(1));
            long result = asLong(a.get(2));
            String t = type >= 0 && type < KernelConstants.MF_MSG_TYPES.size() ? KernelConstants.MF_MSG_TYPES.get((int) type)
                    : Long.toString(type);
            String r = result >= 0 && result < KernelConstants.MF_RESULTS.size()
                    ? KernelConstants.MF_RESULTS.get((int) result).substring(3) : Long.toString(result);
            m.set(m.state().withAction(t + "/" + r));
            return Value.VOID;
        }, "pfn, type, result", "trace_memory_failure_event");
        model((m, a) -> {
            long n = a.get(1) == null ? 1 : asLong(a.get(1));
            m.set(m.state().withPoisonedPages(m.state().poisonedPages() - n));
            return Value.VOID;
        }, "pfn, i", "num_poisoned_pages_sub");
        flagTest(PageFlag.HAS_HWPOISONED, "PageHasHWPoisoned", "folio_test_has_hwpoisoned");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.HAS_HWPOISONED, true);
            return Value.VOID;
        }, "page", "SetPageHasHWPoisoned", "folio_set_has_hwpoisoned");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.DIRTY, true);
            return Value.VOID;
        }, "page", "SetPageDirty", "folio_mark_dirty");
        model((m, a) -> {
            a.page(0);
            boolean was = m.has(PageFlag.DIRTY);
            m.flag(PageFlag.DIRTY, false);
            return Value.of(was);
        }, "page", "ClearPageDirty", "folio_clear_dirty");
        model((m, a) -> {
            a.page(0);
            return Value.of(m.has(PageFlag.ANON) || m.has(PageFlag.SHMEM));
        }, "page", "PageSwapBacked", "folio_test_swapbacked");
        for (String n : new String[] {"PageMlocked", "PageTable", "PageOffline", "PageUnevictable", "is_huge_zero_page"}) {
            model((m, a) -> Value.FALSE, "page", n);
        }
    }

    private static void hugetlb() {
        model((m, a) -> {
            a.page(0);
            boolean was = m.has(PageFlag.HWPOISON);
            m.flag(PageFlag.HWPOISON, true);
            if (m.has(PageFlag.RAW_HWP_UNRELIABLE)) {
                return new Value.Int(3);
            }
            if (m.has(PageFlag.RAW_HWP)) {
                return new Value.Int(4);
            }
            m.flag(PageFlag.RAW_HWP, true);
            if (was) {
                // a new raw page of an already poisoned folio: the first error is counted by action_result
                m.set(m.state().withPoisonedPages(m.state().poisonedPages() + 1));
                return new Value.Int(3);
            }
            return new Value.Int(0);
        }, "folio, page", "hugetlb_update_hwpoison");
        model((m, a) -> {
            a.page(0);
            // the folio's flag moves to each listed raw page: the model's raw page stays poisoned
            if (!m.has(PageFlag.RAW_HWP_UNRELIABLE)) {
                m.flag(PageFlag.RAW_HWP, false);
            }
            return Value.VOID;
        }, "folio", "folio_clear_hugetlb_hwpoison");
        model((m, a) -> {
            a.page(0);
            if (m.has(PageFlag.RAW_HWP_UNRELIABLE)) {
                return Value.FALSE;
            }
            int count = m.has(PageFlag.RAW_HWP) ? 1 : 0;
            m.flag(PageFlag.RAW_HWP, false);
            m.set(m.state().withPoisonedPages(m.state().poisonedPages() - count));
            return new Value.Int(count);
        }, "folio, move_flag", "folio_free_raw_hwp");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.HUGETLB_MIGRATABLE, true);
            return Value.VOID;
        }, "folio", "folio_set_hugetlb_migratable");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.HUGETLB_MIGRATABLE, false);
            return Value.VOID;
        }, "folio", "folio_clear_hugetlb_migratable");
    }

    private static void mappingsAndKills() {
        model((m, a) -> Value.of(m.has(PageFlag.FILE) && !m.has(PageFlag.SHMEM)), "mapping", "mapping_can_writeback");
        model((m, a) -> Value.of(m.has(PageFlag.SHMEM)), "mapping", "shmem_mapping");
        // PG_dirty is the model's dirtiness, and mkclean runs only on a page without it: no PTE is dirty
        model((m, a) -> Value.FALSE, "page", "page_mkclean", "folio_mkclean");
        model((m, a) -> {
            int collected = m.has(PageFlag.EARLY_KILL) ? m.state().mappers()
                    : Value.truthy(orFalse(a.get(3))) && m.has(PageFlag.CURRENT_MAPS) ? 1 : 0;
            if (a.get(2) instanceof Value.Ref r) {
                r.slot()[0] = new Value.Int(collected);
            }
            return Value.VOID;
        }, "folio, page, to_kill, force_early", "collect_procs");
        model((m, a) -> {
            a.page(0);
            if (m.unmap() != Environment.Outcome.OK) {
                return Value.VOID;
            }
            int mappers = m.state().mappers();
            for (int i = 0; i < mappers && m.state().refs().count(RefOwner.MAPPING) > 0; i++) {
                m.put(RefOwner.MAPPING);
            }
            m.flag(PageFlag.MAPPED, false);
            m.set(m.state().withFolio(m.state().order(), 0));
            return Value.VOID;
        }, "folio, flags", "try_to_unmap");
        model((m, a) -> {
            boolean force = Value.truthy(orFalse(a.get(1)));
            boolean fail = Value.truthy(orFalse(a.get(2)));
            kill(m, collected(a.get(0)), force, fail, asLong(orFalse(a.get(4))));
            return Value.VOID;
        }, "to_kill, forcekill, fail, pfn, flags", "kill_procs");
        model((m, a) -> {
            long flags = asLong(orFalse(a.get(4)));
            kill(m, collected(a.get(0)), (flags & KernelConstants.MF_MUST_KILL) != 0, false, flags);
            return Value.VOID;
        }, "to_kill, pfn, mapping, index, flags", "unmap_and_kill");
        model((m, a) -> {
            if (!m.has(PageFlag.CURRENT_MAPS)) {
                return Value.FALSE;
            }
            m.set(m.state().withKill("SIGBUS BUS_MCEERR_AR to current (forced)"));
            return new Value.Int(-KernelConstants.EHWPOISON);
        }, "p, pfn, flags", "kill_accessing_process");
    }

    /** kill_procs: nothing unless forced; SIGKILL when the unmap failed; else SIGBUS, AR to current. */
    private static void kill(PageModel m, int collected, boolean force, boolean fail, long flags) {
        if (!force) {
            return;
        }
        String tasks = collected + (collected == 1 ? " task" : " tasks");
        if (fail) {
            m.set(m.state().withKill("SIGKILL to " + tasks + " (unmap failed)"));
        } else if ((flags & KernelConstants.MF_ACTION_REQUIRED) != 0 && m.has(PageFlag.CURRENT_MAPS) && collected > 0) {
            m.set(m.state().withKill("SIGBUS BUS_MCEERR_AR to " + tasks + " (forced)"));
        } else {
            m.set(m.state().withKill("SIGBUS BUS_MCEERR_AO to " + tasks + " (forced)"));
        }
    }

    private static void pageStateLeaves() {
        model((m, a) -> {
            a.page(0);
            return new Value.Int(errorState(m));
        }, "p, page_flags", "error_states_match");
        model((m, a) -> {
            a.page(0);
            if (!m.has(PageFlag.LRU)) {
                return new Value.Int(-KernelConstants.EIO);
            }
            m.flag(PageFlag.LRU, false);
            return Value.FALSE;
        }, "p", "delete_from_lru_cache");
        model((m, a) -> {
            a.page(0);
            // shmem's and hugetlbfs's error_remove_page keep the page cached; the generic one truncates it
            if (!m.has(PageFlag.SHMEM) && !m.has(PageFlag.HUGETLB) && m.has(PageFlag.FILE)) {
                m.put(RefOwner.MAPPING);
                m.flag(PageFlag.FILE, false);
            }
            return new Value.Int(3);
        }, "p, pfn, mapping", "truncate_error_page");
        model((m, a) -> {
            a.page(0);
            if (m.has(PageFlag.SWAPCACHE)) {
                m.put(RefOwner.MAPPING);
                m.flag(PageFlag.SWAPCACHE, false);
            }
            return Value.VOID;
        }, "folio", "delete_from_swap_cache");
        model((m, a) -> {
            int count = m.refcount() - 1 - (Value.truthy(orFalse(a.get(1))) ? 1 : 0);
            return Value.of(count > 0);
        }, "p, extra_pins", "has_extra_refcount");
    }

    /**
     * identify_page_state's table of error states (kernel-memory-failure.md §2.6), first row whose
     * mask matches the page's flags: the {@code MF_MSG_*} type. The mlocked and unevictable rows need
     * flags no key sets.
     */
    private static int errorState(PageModel m) {
        boolean dirty = m.has(PageFlag.DIRTY);
        boolean swapbacked = m.has(PageFlag.ANON) || m.has(PageFlag.SHMEM);
        String type;
        if (m.has(PageFlag.RESERVED)) {
            type = "KERNEL";
        } else if (m.has(PageFlag.SLAB)) {
            type = "SLAB";
        } else if (m.has(PageFlag.HUGETLB) || m.has(PageFlag.THP) && !m.has(PageFlag.TAIL)) {
            type = "HUGE";
        } else if (m.has(PageFlag.SWAPCACHE) && swapbacked) {
            type = dirty ? "DIRTY_SWAPCACHE" : "CLEAN_SWAPCACHE";
        } else if (m.has(PageFlag.LRU)) {
            type = dirty ? "DIRTY_LRU" : "CLEAN_LRU";
        } else {
            type = "UNKNOWN";
        }
        return KernelConstants.MF_MSG_TYPES.indexOf(type);
    }

    private static void unpoisonAndInjection() {
        model((m, a) -> {
            a.page(0);
            if (m.state().refs().count(RefOwner.POISON_PIN) > 0) {
                m.put(RefOwner.POISON_PIN);
            } else {
                m.put();
            }
            if (m.refcount() != 0) {
                return Value.FALSE;
            }
            m.flag(PageFlag.TAKEN_OFF, false);
            m.flag(PageFlag.BUDDY, true);
            m.flag(PageFlag.HWPOISON, false);
            return Value.TRUE;
        }, "page", "put_page_back_buddy");
        model((m, a) -> Value.TRUE, "cap", "capable");
        model((m, a) -> {
            if (!m.state().online() || m.refcount() <= 0 && !m.has(PageFlag.MAPPED)) {
                return new Value.Int(-KernelConstants.EFAULT);
            }
            m.get(RefOwner.CALLER_PIN);
            if (a.get(3) instanceof Value.Ref r) {
                r.slot()[0] = Value.PAGE;
            }
            return Value.TRUE;
        }, "start, nr_pages, gup_flags, pages", "get_user_pages_fast");
    }

    private static int collected(Value v) {
        Value x = v instanceof Value.Ref r ? r.slot()[0] : v;
        return x instanceof Value.Int i ? (int) i.value() : 0;
    }

    private static Value orFalse(Value v) {
        return v == null ? Value.FALSE : v;
    }

    private static long asLong(Value v) {
        return v instanceof Value.Int i ? i.value() : 0;
    }
}
