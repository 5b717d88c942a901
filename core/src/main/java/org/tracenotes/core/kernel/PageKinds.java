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
    }

    /** Whether a caller can hold a pin on this kind: not on a free page. */
    public static boolean pinnable(String kind) {
        return !kind.equals("free-buddy") && !kind.equals("hugetlb-free") && !kind.equals("unreferenced-tail");
    }

    private PageKinds() {
    }
}
