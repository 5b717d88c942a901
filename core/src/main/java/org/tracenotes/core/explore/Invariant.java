package org.tracenotes.core.explore;

import java.util.Locale;

/**
 * The invariants every path must keep, checked on every explored run: soft offline's (ground truth
 * §6, end), memory_failure's and unpoison_memory's (kernel-memory-failure.md §6).
 */
public enum Invariant {
    REFCOUNT_NEVER_NEGATIVE("no reference count goes below zero (a put without its get)"),
    BUDDY_HAS_NO_REFERENCES("a page left in the buddy allocator has refcount 0"),
    RETURN_ZERO_POISONS("a return of 0 leaves PG_hwpoison set on the page"),
    CALLER_PIN_CONSUMED_ONCE("the caller's pin (MF_COUNT_INCREASED) is dropped exactly once (not on an invalid pfn)"),
    FAILURE_LEAVES_REFCOUNT("a non-zero return takes no reference it does not give back (the caller's pin and mapping"
            + " references a migration moved aside)"),
    POISON_COUNTED_ONCE("num_poisoned_pages rises by one exactly when PG_hwpoison goes from clear to set"),
    LEFT_FOLIO_RELEASED("a reference taken on a folio the page then left (a demotion under the lookup) is dropped"),
    // memory_failure (kernel-memory-failure.md §6)
    MF_RETURN_ZERO_POISONS("memory_failure returns 0 only with PG_hwpoison set on the pfn"),
    MF_POISONED_UNLESS_FILTERED("on an online non-hugetlb pfn, PG_hwpoison is set at the return exactly when it is not"
            + " -EOPNOTSUPP"),
    MF_COUNTED_BY_ACTION_RESULT("num_poisoned_pages changes by the number of action_result calls (a new raw page of a"
            + " poisoned hugetlb folio aside)"),
    MF_RECOVERED_KEEPS_ONE_PIN("a page recovered that is not anon, shmem or swap cache ends with exactly one reference,"
            + " the hwpoison pin"),
    // unpoison_memory
    UNPOISON_CLEARS("unpoison returns 0 only with PG_hwpoison and the taken-off marker clear and the counter lowered"),
    UNPOISON_REFUSED_AFTER_HW_FAILURE("unpoison never returns 0 once a hardware memory failure was latched"),
    UNPOISON_RESULTS("unpoison returns 0, -EIO, -EOPNOTSUPP or -EBUSY");

    private final String description;

    Invariant(String description) {
        this.description = description;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String description() {
        return description;
    }
}
