package org.tracenotes.core.explore;

import java.util.Locale;

/** The invariants every soft-offline path must keep (ground truth §6, end), checked on every explored run. */
public enum Invariant {
    REFCOUNT_NEVER_NEGATIVE("no reference count goes below zero (a put without its get)"),
    BUDDY_HAS_NO_REFERENCES("a page left in the buddy allocator has refcount 0"),
    RETURN_ZERO_POISONS("a return of 0 leaves PG_hwpoison set on the page"),
    CALLER_PIN_CONSUMED_ONCE("the caller's pin (MF_COUNT_INCREASED) is dropped exactly once (not on an invalid pfn)"),
    FAILURE_LEAVES_REFCOUNT("a non-zero return takes no reference it does not give back (the caller's pin and mapping"
            + " references a migration moved aside)"),
    POISON_COUNTED_ONCE("num_poisoned_pages rises by one exactly when PG_hwpoison goes from clear to set"),
    LEFT_FOLIO_RELEASED("a reference taken on a folio the page then left (a demotion under the lookup) is dropped");

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
