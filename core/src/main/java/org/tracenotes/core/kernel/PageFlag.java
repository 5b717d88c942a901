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
    /**
     * Set by take_page_off_buddy: {@code page_private == MAGIC_HWPOISON}. As a given key (unpoison's
     * starting states) it needs {@code hwpoison}, {@code refcount=1} and not {@code buddy}.
     */
    TAKEN_OFF("taken_off"),
    /** On a migration list after isolation. Not a given key. */
    ISOLATED(null),
    /** The pfn is a tail page of its large folio (THP or hugetlb), not the head. */
    TAIL("tail"),
    /** A {@code file} page whose mapping is shmem/tmpfs: kept in the page cache by truncate_error_page. */
    SHMEM("shmem"),
    /** An offline pfn inside a ZONE_DEVICE pgmap (FS_DAX or devdax) whose folio a DAX mapping uses. */
    ZONE_DEVICE("zone_device"),
    /** The current task maps the pfn (kill_accessing_process finds it). */
    CURRENT_MAPS("current_maps"),
    /** The global latch: some memory_failure since boot lacked MF_SW_SIMULATED (unpoison is refused). */
    HW_MEMORY_FAILURE("hw_memory_failure"),
    /** The hugetlb folio lost its raw-error list: every subpage counts as poisoned. */
    RAW_HWP_UNRELIABLE("raw_hwp_unreliable"),
    /** Every mapping process is collected for a kill (sysctl memory_failure_early_kill=1). Model-level. */
    EARLY_KILL("early_kill"),
    /** The raw page is on its hugetlb folio's raw-error list. Set by {@code hwpoison} on a hugetlb page. */
    RAW_HWP(null),
    /** PG_has_hwpoisoned on a THP (set before its split is tried). Not a given key. */
    HAS_HWPOISONED(null);

    private final String key;

    PageFlag(String key) {
        this.key = key;
    }

    /** The {@code --given} key, or null for a flag only the model sets. */
    public String key() {
        return key;
    }

    /** Flags only the model sets, which the state reports by their lower-case names. */
    public String reportedName() {
        return key != null ? key : name().toLowerCase(java.util.Locale.ROOT);
    }

    int bit() {
        return 1 << ordinal();
    }
}
