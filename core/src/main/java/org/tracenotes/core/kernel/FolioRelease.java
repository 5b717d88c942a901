package org.tracenotes.core.kernel;

/** What {@code folio_put} does to the page when a put drops the folio's last reference. */
final class FolioRelease {

    private FolioRelease() {
    }

    /**
     * A put that dropped the last reference frees the folio, as {@code folio_put} does: a hugetlb folio
     * to its pool (freed, no longer migratable), any other page to the buddy allocator (PG_buddy set,
     * PG_lru and its mapping cleared) — except an order-0 page with PG_hwpoison, which
     * free_pages_prepare keeps out of buddy. The ledger records whose put it was. An offline pfn's page
     * (ZONE_DEVICE) is not freed to buddy.
     *
     * @param state  the page after the put
     * @param before its references before the put
     * @return the page once freed, or {@code state} when the put did not drop the last reference
     */
    static PageState afterPut(PageState state, RefLedger before) {
        RefLedger after = state.refs();
        if (before.total() <= 0 || after.total() != 0 || !state.online()) {
            return state;
        }
        RefOwner who = null;
        for (RefOwner o : RefOwner.values()) {
            if (after.count(o) < before.count(o)) {
                who = o;
            }
        }
        PageState s = state;
        boolean placed = true;
        if (s.has(PageFlag.HUGETLB)) {
            s = s.with(PageFlag.HUGETLB_FREED, true).with(PageFlag.HUGETLB_MIGRATABLE, false);
        } else {
            placed = !s.has(PageFlag.HWPOISON);
            for (PageFlag f : new PageFlag[] {PageFlag.LRU, PageFlag.ANON, PageFlag.FILE, PageFlag.SHMEM, PageFlag.MAPPED,
                PageFlag.DIRTY, PageFlag.SWAPCACHE, PageFlag.MOVABLE, PageFlag.THP, PageFlag.SLAB, PageFlag.ISOLATED}) {
                s = s.with(f, false);
            }
            s = s.withFolio(s.order(), 0).with(PageFlag.BUDDY, !s.has(PageFlag.HWPOISON));
        }
        return placed ? s.withRefs(s.refs().freedBy(who)) : s;
    }
}
