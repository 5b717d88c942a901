package org.tracenotes.core.kernel;

/**
 * Page and folio properties that change soft offline's outcome (ground truth §3.1), each with the
 * {@code --given} key that sets it.
 */
public enum PageFlag {
    HWPOISON("hwpoison"),
    BUDDY("buddy"),
    LRU("lru"),
    ANON("anon"),
    FILE("file"),
    MAPPED("mapped"),
    DIRTY("dirty"),
    WRITEBACK("writeback"),
    SWAPCACHE("swapcache"),
    HUGETLB("hugetlb"),
    HUGETLB_FREED("hugetlb_freed"),
    HUGETLB_MIGRATABLE("hugetlb_migratable"),
    SLAB("slab"),
    RESERVED("reserved"),
    /** Movable non-LRU ({@code page->mapping & 3 == PAGE_MAPPING_MOVABLE}): zsmalloc, balloon … */
    MOVABLE("movable"),
    /** A large folio that is not hugetlb (THP). */
    THP("thp"),
    /** Set by take_page_off_buddy: {@code page_private == MAGIC_HWPOISON}. Not a given key. */
    TAKEN_OFF(null),
    /** On a migration list after isolation. Not a given key. */
    ISOLATED(null);

    private final String key;

    PageFlag(String key) {
        this.key = key;
    }

    /** The {@code --given} key, or null for a flag only the model sets. */
    public String key() {
        return key;
    }

    int bit() {
        return 1 << ordinal();
    }
}
