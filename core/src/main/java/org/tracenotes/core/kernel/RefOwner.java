package org.tracenotes.core.kernel;

import java.util.Locale;

/** Who holds a reference on a folio: the page model keeps a ledger per owner, not a bare count. */
public enum RefOwner {
    /** The caller's pin, announced by {@code MF_COUNT_INCREASED}; soft offline must consume it once. */
    CALLER_PIN,
    /** Taken by get_any_page / __get_hwpoison_page ({@code folio_try_get}). */
    GET,
    /** Taken by isolation (isolate_lru_page, isolate_movable_page, folio_isolate_hugetlb). */
    ISOLATION,
    /** The pin page_handle_poison leaves on a poisoned page ({@code page_ref_inc}). */
    POISON_PIN,
    /** Mapping and page-cache references, which migration moves to the new page. */
    MAPPING,
    /** Every other user of the page (a kernel user of a slab or reserved page, say). */
    OTHER;

    /** Lower-case, hyphenated name used in output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
