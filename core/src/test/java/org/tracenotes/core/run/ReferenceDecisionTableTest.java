package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracenotes.core.kernel.PageFlag;

/**
 * The model's reference traces reproduce the ground truth's decision table (kernel 6.6, §4): return
 * value, PG_hwpoison at the end, net refcount change and final refcount, one run per row, driven by
 * given keys as {@code tracenotes run --reference --given …} takes them. Rows with a {@code C} suffix
 * add the caller's pin (MF_COUNT_INCREASED). Row 3 (the v6.11 sysctl) is not in 6.6; row 22 needs a
 * concurrent poisoning between two steps, which a starting state cannot express.
 */
class ReferenceDecisionTableTest {

    @ParameterizedTest(name = "row {0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # row; given;                                                            return; hwpoison; net; final
            1;   !pfn_valid;                                                          -6;  false;  0; 0
            1C;  !pfn_valid, flags=MF_COUNT_INCREASED;                                -6;  false;  0; 1
            2;   !online;                                                             -5;  false;  0; 0
            2C;  !online, flags=MF_COUNT_INCREASED;                                   -5;  false; -1; 0
            4;   hwpoison;                                                             0;  true;   0; 0
            4C;  hwpoison, flags=MF_COUNT_INCREASED;                                   0;  true;  -1; 0
            5;   buddy;                                                                0;  true;   1; 1
            7;   lru, anon, mapped, refcount=1;                                        0;  true;   0; 1
            7C;  lru, anon, mapped, refcount=1, flags=MF_COUNT_INCREASED;              0;  true;  -1; 1
            8;   lru, anon, mapped, refcount=1, isolate=fail;                        -16;  false;  0; 1
            9;   lru, anon, mapped, refcount=1, migrate=fail;                        -16;  false;  0; 1
            9M;  lru, anon, mapped, refcount=1, migrate=enomem;                      -12;  false;  0; 1
            11;  hugetlb, hugetlb_freed;                                                0;  true;   1; 1
            13;  hugetlb, hugetlb_migratable, refcount=1;                              0;  true;   0; 1
            14;  hugetlb, hugetlb_migratable, refcount=1, migrate=enomem;            -12;  false;  0; 1
            14F; hugetlb, hugetlb_migratable, refcount=1, migrate=fail;              -16;  false;  0; 1
            15;  hugetlb, refcount=1;                                                 -5;  false;  0; 1
            16;  slab, refcount=1;                                                    -5;  false;  0; 1
            16C; slab, refcount=1, flags=MF_COUNT_INCREASED;                          -5;  false; -1; 1
            18;  movable, refcount=1;                                                  0;  true;   0; 1
            18F; movable, refcount=1, migrate=fail;                                  -16;  false;  0; 1
            19;  thp, anon, lru, mapped, refcount=1;                                   0;  true;   0; 1
            19F; thp, anon, lru, mapped, refcount=1, split=fail;                     -16;  false;  0; 1
            """)
    void referenceTraceReproducesTheDecisionTableRow(String row, String given, long result, boolean hwpoison,
                                                    int net, int finalRefcount) {
        RunResult r = Runs.reference(given);
        assertEquals(RunOutcome.RETURNED, r.outcome(), () -> "row " + row + ": " + r.message());
        assertEquals(result, r.result(), "return value, row " + row);
        assertEquals(hwpoison, r.state().has(PageFlag.HWPOISON), "PG_hwpoison at the end, row " + row);
        assertEquals(net, r.netRefs(), "net refcount change, row " + row + ": ledger " + r.state().refs());
        assertEquals(finalRefcount, r.state().refcount(), "final refcount, row " + row);
        boolean newlyPoisoned = !r.initial().has(PageFlag.HWPOISON) && r.state().has(PageFlag.HWPOISON);
        assertEquals(newlyPoisoned ? 1 : 0, r.state().poisonedPages() - r.initial().poisonedPages(),
                "num_poisoned_pages rises exactly when PG_hwpoison goes from clear to set, row " + row);
        assertEquals(0, r.lenient().size(), () -> "the reference traces need no leniency: " + r.lenient());
    }
}
