package org.tracenotes.core.kernel;

/**
 * The model's page migration, as the primitives of soft offline and memory failure do it: a THP split
 * to a raw page, isolation for migration by the page's kind and putback, migrate_pages as a result
 * oracle, and dissolving a free hugetlb folio.
 */
final class PageMigration {

    private PageMigration() {
    }

    /**
     * A THP split: the pfn is now a small page of its own (order 0, its own folio, no longer a tail),
     * and the pin taken on the folio is the raw page's.
     */
    static void splitToRawPage(PageModel m) {
        m.flag(PageFlag.THP, false);
        m.flag(PageFlag.TAIL, false);
        m.set(m.state().withFolio(0, m.state().mappers()));
    }

    /** How a page is isolated for migration, by its kind. */
    enum IsolationKind {
        HUGETLB, LRU, MOVABLE;

        static IsolationKind of(PageModel m) {
            return m.has(PageFlag.HUGETLB) ? HUGETLB : m.has(PageFlag.MOVABLE) ? MOVABLE : LRU;
        }
    }

    /** Takes the isolation reference and puts the page on a migration list, if its kind allows. */
    static boolean isolate(PageModel m, IsolationKind kind) {
        if (m.isolate() != Environment.Outcome.OK || m.has(PageFlag.ISOLATED)) {
            return false;
        }
        switch (kind) {
            case HUGETLB -> {
                if (!m.has(PageFlag.HUGETLB) || !m.has(PageFlag.HUGETLB_MIGRATABLE) || m.refcount() <= 0) {
                    return false;
                }
                m.flag(PageFlag.HUGETLB_MIGRATABLE, false);
            }
            case LRU -> {
                if (!m.has(PageFlag.LRU)) {
                    return false;
                }
                m.flag(PageFlag.LRU, false);
            }
            case MOVABLE -> {
                if (!m.has(PageFlag.MOVABLE) || m.refcount() <= 0) {
                    return false;
                }
            }
            default -> throw new IllegalStateException();
        }
        m.get(RefOwner.ISOLATION);
        m.flag(PageFlag.ISOLATED, true);
        return true;
    }

    /** putback_movable_pages: back on the LRU (or migratable again), the isolation reference dropped. */
    static void putback(PageModel m) {
        if (!m.has(PageFlag.ISOLATED)) {
            return;
        }
        m.flag(PageFlag.ISOLATED, false);
        if (m.has(PageFlag.HUGETLB)) {
            m.flag(PageFlag.HUGETLB_MIGRATABLE, true);
        } else if (!m.has(PageFlag.MOVABLE)) {
            m.flag(PageFlag.LRU, true);
        }
        m.put(RefOwner.ISOLATION);
    }

    /**
     * migrate_pages as a result oracle: 0 when the page migrated (its mapping references move to the
     * new page; a non-hugetlb source keeps the isolation reference for page_handle_poison, a hugetlb
     * source goes back to the pool free), 1 page not migrated, or -ENOMEM.
     */
    static Value migrate(PageModel m, Primitives.Args a) {
        if (!m.has(PageFlag.ISOLATED)) {
            return Value.FALSE;
        }
        switch (m.migrate()) {
            case OK -> {
                m.drop(RefOwner.MAPPING);
                for (PageFlag f : new PageFlag[] {PageFlag.ANON, PageFlag.FILE, PageFlag.MAPPED, PageFlag.DIRTY,
                    PageFlag.SWAPCACHE, PageFlag.MOVABLE}) {
                    m.flag(f, false);
                }
                if (m.has(PageFlag.HUGETLB)) {
                    putback(m);
                    if (m.refcount() == 0) {
                        m.flag(PageFlag.HUGETLB_FREED, true);
                    }
                } else {
                    m.flag(PageFlag.ISOLATED, false);
                }
                return Value.FALSE;
            }
            case ENOMEM -> {
                return new Value.Int(-KernelConstants.ENOMEM);
            }
            default -> {
                return Value.TRUE;
            }
        }
    }

    /** dissolve_free_huge_page: 0 (not hugetlb, or dissolved into buddy pages), -EBUSY or -ENOMEM. */
    static long dissolve(PageModel m) {
        if (!m.has(PageFlag.HUGETLB)) {
            return 0;
        }
        if (m.refcount() > 0) {
            return -KernelConstants.EBUSY;
        }
        switch (m.dissolve()) {
            case EBUSY -> {
                return -KernelConstants.EBUSY;
            }
            case ENOMEM -> {
                return -KernelConstants.ENOMEM;
            }
            default -> {
                m.flag(PageFlag.HUGETLB, false);
                m.flag(PageFlag.HUGETLB_FREED, false);
                m.flag(PageFlag.HUGETLB_MIGRATABLE, false);
                m.flag(PageFlag.RAW_HWP, false);
                m.flag(PageFlag.BUDDY, true);
                return 0;
            }
        }
    }
}
