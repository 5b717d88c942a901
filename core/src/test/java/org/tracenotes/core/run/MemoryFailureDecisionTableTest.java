package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracenotes.core.kernel.PageFlag;

/**
 * The model's reference traces reproduce the decision tables of kernel-memory-failure.md (kernel 6.6,
 * §4.1 memory_failure, §4.2 unpoison_memory): return value, PG_hwpoison at the end, the change in
 * num_poisoned_pages, the action recorded and the folio's final refcount, one run per row, driven by
 * given keys as {@code tracenotes run --reference --trace FUNCTION --given …} takes them. Row suffixes
 * follow the document (C: with the caller's pin; d, m, x, b: the variants its rows name).
 */
class MemoryFailureDecisionTableTest {

    @ParameterizedTest(name = "memory_failure row {0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # row; given;                                                       return; hwpoison; dn; action;                 final
            1;   !pfn_valid;                                                       -6;  false;  0;  '';                      0
            2;   !online;                                                          -6;  false;  0;  '';                      0
            2C;  !online, flags=MF_COUNT_INCREASED;                                -6;  false;  0;  '';                      0
            3;   !online, zone_device;                                              0;  true;   1;  DAX/RECOVERED;           0
            4;   hwpoison, refcount=1, lru, anon, mapped;                        -133;  true;   0;  '';                      1
            4C;  hwpoison, refcount=1, lru, anon, mapped, flags=MF_COUNT_INCREASED; -133; true; 0;  '';                      1
            5;   hwpoison, flags=MF_ACTION_REQUIRED, current_maps;               -133;  true;   0;  '';                      0
            6;   hwpoison, flags=MF_ACTION_REQUIRED;                                0;  true;   0;  '';                      0
            7;   refcount=0, buddy;                                                 0;  true;   1;  BUDDY/RECOVERED;         1
            8;   refcount=0, buddy, take_off=fail;                                -16;  true;   1;  BUDDY/FAILED;            0
            9;   refcount=0;                                                      -16;  true;   1;  UNKNOWN/IGNORED;         0
            10s; refcount=1, slab;                                                -16;  true;   1;  UNKNOWN/IGNORED;         1
            10r; refcount=1, reserved;                                            -16;  true;   1;  UNKNOWN/IGNORED;         1
            10m; refcount=1, movable;                                             -16;  true;   1;  UNKNOWN/IGNORED;         1
            10u; refcount=1;                                                      -16;  true;   1;  UNKNOWN/IGNORED;         1
            12;  refcount=1, lru, anon, mapped;                                     0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            12d; refcount=1, lru, anon, mapped, dirty;                              0;  true;   1;  DIRTY_LRU/RECOVERED;     1
            12C; refcount=1, lru, anon, mapped, flags=MF_COUNT_INCREASED;           0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            13;  refcount=1, lru, anon, mapped, unmap=fail;                       -16;  true;   1;  UNMAP_FAILED/IGNORED;    2
            14;  refcount=1, lru, file;                                             0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            14m; refcount=2, lru, file, mapped;                                     0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            15;  refcount=2, lru, file, mapped, dirty;                              0;  true;   1;  DIRTY_LRU/RECOVERED;     1
            17;  refcount=2, lru, file, shmem, mapped, dirty;                       0;  true;   1;  DIRTY_LRU/RECOVERED;     2
            18;  refcount=1, lru;                                                 -16;  true;   1;  TRUNCATED_LRU/IGNORED;   2
            19;  refcount=1, lru, file, writeback;                                  0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            20;  refcount=2, lru, anon, swapcache, mapped, dirty;                   0;  true;   1;  DIRTY_SWAPCACHE/DELAYED; 2
            21;  refcount=2, lru, anon, swapcache, mapped;                          0;  true;   1;  CLEAN_SWAPCACHE/RECOVERED; 1
            21x; refcount=3, lru, anon, swapcache, mapped, extra_refs=1;          -16;  true;   1;  CLEAN_SWAPCACHE/FAILED;  2
            22;  refcount=1, lru, anon, mapped, filter;                           -95;  false;  0;  '';                      1
            24;  refcount=1, lru, anon, mapped, thp;                                0;  true;   1;  CLEAN_LRU/RECOVERED;     1
            25;  refcount=1, lru, anon, mapped, thp, split=fail;                  -16;  true;   1;  UNSPLIT_THP/IGNORED;     1
            26;  refcount=0, hugetlb, hugetlb_freed;                                0;  true;   1;  FREE_HUGE/RECOVERED;     1
            26b; refcount=0, hugetlb, hugetlb_freed, dissolve=ebusy;              -16;  true;   1;  FREE_HUGE/FAILED;        0
            27;  refcount=1, hugetlb, hugetlb_migratable, anon, mapped;             0;  true;   1;  HUGE/RECOVERED;          1
            27b; refcount=1, hugetlb, hugetlb_migratable, anon, mapped, dissolve=ebusy; -16; true; 1; HUGE/FAILED;           0
            28;  refcount=1, hugetlb, anon, mapped;                               -16;  true;   1;  UNKNOWN/IGNORED;         1
            29;  refcount=1, hugetlb, anon, mapped, hwpoison;                    -133;  true;   0;  '';                      1
            """)
    void memoryFailureReproducesTheRow(String row, String given, long result, boolean hwpoison, long dn, String action,
                                       int finalRefcount) {
        RunResult r = Runs.reference("memory_failure", given);
        assertEquals(RunOutcome.RETURNED, r.outcome(), () -> "row " + row + ": " + r.message());
        assertEquals(result, r.result(), "return value, row " + row);
        assertEquals(hwpoison, r.state().has(PageFlag.HWPOISON), "PG_hwpoison at the end, row " + row);
        assertEquals(dn, r.state().poisonedPages() - r.initial().poisonedPages(), "num_poisoned_pages, row " + row);
        assertEquals(action == null || action.isEmpty() ? "none" : action, r.state().asGiven().get("action"), "action_result, row " + row);
        assertEquals(finalRefcount, r.state().refcount(), () -> "final refcount, row " + row + ": ledger " + r.state().refs());
        assertEquals(0, r.lenient().size(), () -> "the reference traces need no leniency: " + r.lenient());
    }

    @ParameterizedTest(name = "unpoison_memory row {0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # row; given;                                            return; hwpoison; dn; final
            U1;  !pfn_valid;                                           -5;  false;  0;  0
            U2;  !online;                                              -5;  false;  0;  0
            U4;  refcount=1, lru, anon, mapped;                       -16;  false;  0;  1
            U5;  hwpoison, refcount=2, anon;                          -16;  true;   0;  2
            U6;  hwpoison, refcount=1, slab;                          -16;  true;   0;  1
            U7;  hwpoison, refcount=1, anon, mapped;                  -16;  true;   0;  1
            U8;  hwpoison, refcount=1, file;                          -16;  true;   0;  1
            U10; hwpoison, refcount=1, anon;                            0;  false; -1;  0
            U11; hwpoison, refcount=0, buddy;                           0;  false; -1;  0
            U12; hwpoison, refcount=0, hugetlb, hugetlb_freed;          0;  false; -1;  0
            UT;  hwpoison, taken_off, refcount=1;                       0;  false; -1;  0
            UH;  hwpoison, taken_off, refcount=1, hw_memory_failure;  -95;  true;   0;  1
            UR;  hwpoison, refcount=0, hugetlb, hugetlb_freed, raw_hwp_unreliable; -16; true; 0; 0
            """)
    void unpoisonReproducesTheRow(String row, String given, long result, boolean hwpoison, long dn, int finalRefcount) {
        RunResult r = Runs.reference("unpoison_memory", given);
        assertEquals(RunOutcome.RETURNED, r.outcome(), () -> "row " + row + ": " + r.message());
        assertEquals(result, r.result(), "return value, row " + row);
        assertEquals(hwpoison, r.state().has(PageFlag.HWPOISON), "PG_hwpoison at the end, row " + row);
        assertEquals(dn, r.state().poisonedPages() - r.initial().poisonedPages(), "num_poisoned_pages, row " + row);
        assertEquals(finalRefcount, r.state().refcount(), () -> "final refcount, row " + row + ": ledger " + r.state().refs());
        assertEquals(0, r.lenient().size(), () -> "the reference traces need no leniency: " + r.lenient());
    }
}
