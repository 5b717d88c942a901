package org.tracenotes.core.kernel;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The kernel leaves that soft-offline notes call, in Java with kernel 6.6 semantics (ground truth
 * §2 and the minimal primitive set of §6), acting on a {@link PageModel}. Calls that change no page
 * state in this model — locks, hotplug brackets, pcp disable/enable, WARN_ON*, pr_*, lru drains —
 * are recorded no-ops, so a complete kernel note runs without stubs. The model has one pfn: every
 * page pointer is that page, every folio pointer its folio.
 */
public final class Primitives {

    /** Whether a primitive changes or reads the model, or is a recorded no-op. */
    public enum Kind { MODEL, NO_OP }

    /** The Java body of a primitive. Arguments a trace omitted are null. */
    @FunctionalInterface
    interface Body {
        Value apply(PageModel model, Args args);
    }

    /**
     * A primitive: its name, the parameter names an omitted argument is taken from, and its body.
     *
     * @param name       the kernel function
     * @param parameters its parameters, as the kernel names them
     * @param kind       model or no-op
     */
    public record Primitive(String name, List<String> parameters, Kind kind, Body body) {

        /**
         * Calls the primitive over the arguments the caller hands over (the interpreter's argument array,
         * read in place and not kept); a NULL page or the like is a {@link ModelFault}.
         */
        public Value call(PageModel model, Value[] arguments) {
            return body.apply(model, new Args(name, parameters, arguments));
        }
    }

    /** A primitive's arguments, with checks that name the primitive in their message. */
    static final class Args {
        private final String function;
        private final List<String> parameters;
        private final Value[] values;

        Args(String function, List<String> parameters, Value[] values) {
            this.function = function;
            this.parameters = parameters;
            this.values = values;
        }

        Value get(int i) {
            return i < values.length ? values[i] : null;
        }

        /** A page or folio argument: NULL is the kernel's oops, here a fault. */
        void page(int i) {
            if (get(i) instanceof Value.Null) {
                String p = i < parameters.size() ? parameters.get(i) : "argument " + (i + 1);
                throw new ModelFault(function + "() got a NULL `" + p + "`: the kernel would dereference it");
            }
        }

        boolean bool(int i) {
            Value v = get(i);
            return v != null && Value.truthy(v);
        }
    }

    private static final Map<String, Primitive> ALL = new TreeMap<>();

    static void model(Body body, String params, String... names) {
        List<String> ps = params.isEmpty() ? List.of() : Arrays.asList(params.split(",\\s*"));
        for (String n : names) {
            ALL.put(n, new Primitive(n, ps, Kind.MODEL, body));
        }
    }

    static void flagTest(PageFlag flag, String... names) {
        model((m, a) -> {
            a.page(0);
            return Value.of(m.has(flag));
        }, names[0].startsWith("folio") ? "folio" : "page", names);
    }

    static void noOp(String params, String... names) {
        List<String> ps = params.isEmpty() ? List.of() : Arrays.asList(params.split(",\\s*"));
        for (String n : names) {
            ALL.put(n, new Primitive(n, ps, Kind.NO_OP, (m, a) -> Value.VOID));
        }
    }

    static {
        // pfn and page lookups
        model((m, a) -> Value.of(m.state().pfnValid()), "pfn", "pfn_valid");
        model((m, a) -> m.state().pfnValid() && m.state().online() ? Value.PAGE : Value.NULL, "pfn",
                "pfn_to_online_page");
        model((m, a) -> Value.PAGE, "pfn", "pfn_to_page");
        model((m, a) -> {
            a.page(0);
            return new Value.Int(Value.PFN);
        }, "page", "page_to_pfn", "folio_pfn");
        model((m, a) -> {
            a.page(0);
            return m.pageFolio();
        }, "page", "page_folio");
        model((m, a) -> {
            a.page(0);
            return Value.PAGE;
        }, "page", "compound_head", "folio_page", "pfn_folio");
        model((m, a) -> {
            a.page(0);
            return Value.ZONE;
        }, "page", "page_zone", "folio_zone");
        model((m, a) -> {
            a.page(0);
            return m.has(PageFlag.FILE) || m.has(PageFlag.SWAPCACHE) ? Value.MAPPING : Value.NULL;
        }, "folio", "folio_mapping", "page_mapping");

        // flag tests
        flagTest(PageFlag.HWPOISON, "PageHWPoison", "folio_test_hwpoison");
        flagTest(PageFlag.TAKEN_OFF, "PageHWPoisonTakenOff");
        flagTest(PageFlag.HUGETLB, "PageHuge", "folio_test_hugetlb");
        flagTest(PageFlag.HUGETLB_FREED, "folio_test_hugetlb_freed", "HPageFreed");
        flagTest(PageFlag.HUGETLB_MIGRATABLE, "folio_test_hugetlb_migratable", "HPageMigratable");
        flagTest(PageFlag.LRU, "PageLRU", "folio_test_lru");
        flagTest(PageFlag.SWAPCACHE, "PageSwapCache", "folio_test_swapcache");
        flagTest(PageFlag.DIRTY, "PageDirty", "folio_test_dirty");
        flagTest(PageFlag.WRITEBACK, "PageWriteback", "folio_test_writeback");
        flagTest(PageFlag.SLAB, "PageSlab", "folio_test_slab");
        flagTest(PageFlag.RESERVED, "PageReserved", "folio_test_reserved");
        flagTest(PageFlag.ANON, "PageAnon", "folio_test_anon");
        flagTest(PageFlag.MAPPED, "page_mapped", "folio_mapped");
        flagTest(PageFlag.MOVABLE, "__PageMovable", "page_has_movable_ops", "__folio_test_movable");
        flagTest(PageFlag.BUDDY, "PageBuddy", "is_free_buddy_page");
        flagTest(PageFlag.ISOLATED, "PageIsolated", "folio_test_isolated");
        model((m, a) -> {
            a.page(0);
            return Value.of(m.has(PageFlag.THP) || m.has(PageFlag.HUGETLB));
        }, "page", "PageTransHuge", "PageCompound", "PageHead", "folio_test_large", "PageTransCompound");

        // PG_hwpoison
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.HWPOISON, true);
            return Value.VOID;
        }, "page", "SetPageHWPoison", "folio_set_hwpoison");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.HWPOISON, false);
            return Value.VOID;
        }, "page", "ClearPageHWPoison", "folio_clear_hwpoison");
        model((m, a) -> {
            a.page(0);
            boolean was = m.has(PageFlag.HWPOISON);
            m.flag(PageFlag.HWPOISON, true);
            return Value.of(was);
        }, "page", "TestSetPageHWPoison", "folio_test_set_hwpoison");
        model((m, a) -> {
            a.page(0);
            boolean was = m.has(PageFlag.HWPOISON);
            m.flag(PageFlag.HWPOISON, false);
            return Value.of(was);
        }, "page", "TestClearPageHWPoison", "folio_test_clear_hwpoison");
        model((m, a) -> {
            a.page(0);
            m.set(m.state().withPoisonedPages(m.state().poisonedPages() + 1));
            return Value.VOID;
        }, "pfn", "num_poisoned_pages_inc");

        // references
        model((m, a) -> {
            a.page(0);
            if (m.isOldFolio(a.get(0))) {
                m.oldFolio(1);
                return Value.TRUE;
            }
            if (m.refcount() <= 0) {
                return Value.FALSE;
            }
            m.get(RefOwner.GET);
            return Value.TRUE;
        }, "folio", "folio_try_get", "get_page_unless_zero", "folio_try_get_rcu");
        model((m, a) -> {
            a.page(0);
            m.get(RefOwner.GET);
            return Value.VOID;
        }, "page", "get_page", "folio_get");
        model((m, a) -> {
            a.page(0);
            if (m.isOldFolio(a.get(0))) {
                m.oldFolio(-1);
            } else {
                m.put();
            }
            return Value.VOID;
        }, "page", "put_page", "folio_put");
        model((m, a) -> {
            a.page(0);
            m.get(RefOwner.POISON_PIN);
            return Value.VOID;
        }, "page", "page_ref_inc", "folio_ref_inc");
        model((m, a) -> {
            a.page(0);
            return new Value.Int(m.refcount());
        }, "page", "page_count", "folio_ref_count", "page_ref_count");

        // the environment's answers
        model((m, a) -> {
            a.page(0);
            return m.filterRejects() ? new Value.Int(-KernelConstants.EINVAL) : Value.FALSE;
        }, "page", "hwpoison_filter");
        model((m, a) -> {
            a.page(0);
            if (m.split() == Environment.Outcome.OK) {
                PageMigration.splitToRawPage(m);
                return Value.FALSE;
            }
            m.put();
            return new Value.Int(-KernelConstants.EBUSY);
        }, "page", "try_to_split_thp_page");
        model((m, a) -> {
            a.page(0);
            if (m.split() == Environment.Outcome.OK) {
                PageMigration.splitToRawPage(m);
                return Value.FALSE;
            }
            return new Value.Int(-KernelConstants.EBUSY);
        }, "page", "split_huge_page", "split_folio");
        model((m, a) -> {
            a.page(0);
            m.flag(PageFlag.WRITEBACK, false);
            return Value.VOID;
        }, "page", "wait_on_page_writeback", "folio_wait_writeback");
        model((m, a) -> {
            a.page(0);
            // a clean, unmapped page-cache page whose only references are the cache's and ours
            boolean evictable = m.has(PageFlag.FILE) && !m.has(PageFlag.ANON) && !m.has(PageFlag.DIRTY)
                    && !m.has(PageFlag.WRITEBACK) && !m.has(PageFlag.MAPPED) && m.refcount() <= 2;
            if (!evictable) {
                return Value.FALSE;
            }
            m.put(RefOwner.MAPPING);
            m.flag(PageFlag.FILE, false);
            return Value.TRUE;
        }, "page", "invalidate_inode_page");
        model((m, a) -> {
            a.page(1);
            return ALL.get("invalidate_inode_page").call(m, new Value[] {Value.PAGE});
        }, "mapping, folio", "mapping_evict_folio");
        model((m, a) -> {
            a.page(0);
            return Value.of(PageMigration.isolate(m, PageMigration.IsolationKind.HUGETLB));
        }, "folio", "isolate_hugetlb", "folio_isolate_hugetlb");
        model((m, a) -> {
            a.page(0);
            return Value.of(PageMigration.isolate(m, PageMigration.IsolationKind.LRU));
        }, "page", "isolate_lru_page", "folio_isolate_lru");
        model((m, a) -> {
            a.page(0);
            return Value.of(PageMigration.isolate(m, PageMigration.IsolationKind.MOVABLE));
        }, "page, mode", "isolate_movable_page");
        model((m, a) -> {
            a.page(0);
            boolean ok = PageMigration.isolate(m, PageMigration.IsolationKind.of(m));
            m.put();
            return Value.of(ok);
        }, "page, pagelist", "isolate_page", "mf_isolate_folio");
        model((m, a) -> Value.of(!m.has(PageFlag.ISOLATED)), "list", "list_empty");
        model((m, a) -> {
            PageMigration.putback(m);
            return Value.VOID;
        }, "list", "putback_movable_pages", "folio_putback_hugetlb", "putback_active_hugepage");
        model(PageMigration::migrate, "from, get_new_folio, put_new_folio, private, mode, reason, ret_succeeded",
                "migrate_pages");
        model((m, a) -> {
            a.page(0);
            return new Value.Int(PageMigration.dissolve(m));
        }, "page", "dissolve_free_huge_page", "dissolve_free_hugetlb_folio");
        model((m, a) -> {
            a.page(0);
            if (!m.has(PageFlag.BUDDY) || m.takeOff() != Environment.Outcome.OK) {
                return Value.FALSE;
            }
            m.flag(PageFlag.BUDDY, false);
            m.flag(PageFlag.TAKEN_OFF, true);
            return Value.TRUE;
        }, "page", "take_page_off_buddy");

        noOp("lock", "mutex_lock", "mutex_unlock", "spin_lock", "spin_unlock", "spin_lock_irq", "spin_unlock_irq",
                "spin_lock_irqsave", "spin_unlock_irqrestore", "read_lock", "read_unlock", "rcu_read_lock",
                "rcu_read_unlock");
        model((m, a) -> {
            a.page(0);
            m.lockPage();
            return Value.VOID;
        }, "page", "lock_page", "folio_lock");
        noOp("page", "unlock_page", "folio_unlock", "shake_page", "shake_folio",
                "lru_add_drain_all", "lru_add_drain", "get_online_mems", "put_online_mems", "zone_pcp_disable",
                "zone_pcp_enable", "drain_all_pages", "cond_resched", "might_sleep");
        // WARN_ON(cond) and friends log, then return their condition; likely/unlikely only hint
        for (String n : List.of("WARN_ON", "WARN_ON_ONCE", "WARN_ONCE", "WARN", "VM_WARN_ON", "VM_WARN_ON_ONCE",
                "VM_WARN_ON_FOLIO", "likely", "unlikely")) {
            ALL.put(n, new Primitive(n, List.of("condition"), Kind.NO_OP, (m, a) -> Value.of(a.bool(0))));
        }
        noOp("condition", "VM_BUG_ON", "VM_BUG_ON_PAGE", "VM_BUG_ON_FOLIO", "BUG_ON");
        MemoryFailurePrimitives.register();
        noOp("fmt", "pr_err", "pr_info", "pr_warn", "pr_debug", "pr_notice", "printk", "dump_page", "unpoison_pr_info");
    }

    private Primitives() {
    }

    /** The primitive of that name, if the model has one. */
    public static Optional<Primitive> find(String name) {
        return Optional.ofNullable(ALL.get(name));
    }

    /** Every primitive's name, sorted. */
    public static java.util.Set<String> names() {
        return Collections.unmodifiableSet(ALL.keySet());
    }
}
