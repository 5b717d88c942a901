package org.tracenotes.core.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The kinds of page soft offline can be asked about (ground truth §3.1 and the starting states of the
 * decision table, §4), each as {@code --given} items. An exploration starts from each, with and
 * without the caller's pin, and forks on the environment answers a path reads.
 */
public final class PageKinds {

    /** Kind name → given items, in decision-table order. */
    public static final Map<String, List<String>> ALL = new LinkedHashMap<>();

    static {
        ALL.put("invalid-pfn", List.of("!pfn_valid"));
        ALL.put("offline", List.of("!online"));
        ALL.put("already-poisoned", List.of("hwpoison", "lru", "anon", "mapped", "refcount=1"));
        ALL.put("free-buddy", List.of("buddy"));
        ALL.put("lru-anon", List.of("lru", "anon", "mapped", "refcount=1"));
        ALL.put("lru-file-clean", List.of("lru", "file", "refcount=1"));
        ALL.put("lru-file-dirty", List.of("lru", "file", "dirty", "refcount=1"));
        ALL.put("hugetlb-free", List.of("hugetlb", "hugetlb_freed"));
        ALL.put("hugetlb-in-use", List.of("hugetlb", "hugetlb_migratable", "refcount=1"));
        ALL.put("hugetlb-busy", List.of("hugetlb", "refcount=1"));
        ALL.put("slab", List.of("slab", "refcount=1"));
        ALL.put("reserved", List.of("reserved", "refcount=1"));
        ALL.put("movable", List.of("movable", "refcount=1"));
        ALL.put("thp", List.of("thp", "anon", "lru", "mapped", "refcount=1"));
        ALL.put("unknown-kernel-page", List.of("refcount=1"));
        ALL.put("unreferenced-tail", List.of("refcount=0"));
        // a page mid-free: its last reference dropped, PG_lru not yet cleared (issue 14)
        ALL.put("mid-free", List.of("lru", "refcount=0"));
        // kernel-memory-failure.md §4.1: the page-cache, swap-cache and device kinds memory_failure tells apart
        ALL.put("lru-file-mapped-dirty", List.of("lru", "file", "mapped", "dirty", "refcount=2"));
        ALL.put("shmem", List.of("lru", "file", "shmem", "mapped", "dirty", "refcount=2"));
        ALL.put("swapcache", List.of("lru", "anon", "swapcache", "mapped", "refcount=2"));
        ALL.put("truncated-lru", List.of("lru", "refcount=1"));
        ALL.put("dax", List.of("!online", "zone_device"));
        // what memory_failure leaves behind, for unpoison_memory: an in-use pin, a page in or taken off buddy
        ALL.put("poisoned-pinned", List.of("hwpoison", "anon", "refcount=1"));
        ALL.put("poisoned-free", List.of("hwpoison", "buddy"));
        ALL.put("taken-off", List.of("hwpoison", "taken_off", "refcount=1"));
        ALL.put("poisoned-hugetlb-free", List.of("hwpoison", "hugetlb", "hugetlb_freed"));
    }

    /**
     * Whether a caller can hold a pin on this kind: not on a free page. An unreferenced page with the
     * caller's pin is the state "only the caller's pin holds the page" (issue 14).
     */
    public static boolean pinnable(String kind) {
        return !kind.equals("free-buddy") && !kind.equals("hugetlb-free") && !kind.equals("dax")
                && !kind.equals("poisoned-free") && !kind.equals("poisoned-hugetlb-free");
    }

    private PageKinds() {
    }
}
