package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tracenotes.core.model.Note;

/**
 * The user's unchanged note runs under the given keys of each decision-table row. Where its path
 * crosses nothing it skipped, its result is the kernel's; where it crosses an elided arm or stops at
 * a line, the run says where — and every difference from the reference trace is one of those.
 */
class SeedRunTest {

    private static final Note SEED = Runs.seed();

    @ParameterizedTest(name = "row {0}: {1} -> {2} {3}")
    @CsvSource(delimiter = ';', textBlock = """
            # row; given;                                              outcome;          result; elided; stop line; why (ground truth §4.1)
            1;  !pfn_valid;                                            error;            ;       ;       24; item 3: no pfn_valid / NULL-page exit, so a NULL page reaches page_folio
            2;  !online;                                               error;            ;       ;       24; item 3: no offline exit
            4;  hwpoison;                                              returned;         -16;    67;      0; item 3: no already-poisoned exit; the elided -EBUSY arm
            5;  buddy;                                                 returned;         0;      63;      0; the elided ret == 0 arm leaves ret 0, as the kernel does
            7;  lru, anon, mapped, refcount=1;                         returned;         0;      ;        0; same as the kernel
            8;  lru, anon, mapped, refcount=1, isolate=fail;           returned;         -16;    ;        0; same as the kernel
            9;  lru, anon, mapped, refcount=1, migrate=fail;           returned;         -16;    ;        0; same as the kernel
            9M; lru, anon, mapped, refcount=1, migrate=enomem;         returned;         -12;    ;        0; same as the kernel
            11; hugetlb, hugetlb_freed;                                returned;         0;      63;      0; elided arm; same result
            13; hugetlb, hugetlb_migratable, refcount=1;               unknown-function; ;       ;       34; item 2: flio_try_get
            14; hugetlb, hugetlb_migratable, refcount=1, migrate=enomem; unknown-function; ;     ;       34; item 2: flio_try_get
            15; hugetlb, refcount=1;                                   returned;         -16;    67;      0; the elided -EBUSY arm (kernel: -EIO after retries)
            16; slab, refcount=1;                                      returned;         -16;    67;      0; the elided -EBUSY arm (kernel: -EIO after retries)
            18; movable, refcount=1;                                   returned;         0;      ;        0; same as the kernel
            19; thp, anon, lru, mapped, refcount=1;                    returned;         0;      ;        0; same as the kernel
            """)
    void seedRunsUnderEachRowAndSaysWhereItDiffers(String row, String given, String outcome, Long result,
                                                  String elided, int stopLine, String why) {
        RunResult seed = Runs.run(SEED, given);
        assertEquals(outcome, seed.outcome().id(), () -> "row " + row + ": " + seed.message());
        assertEquals(result, seed.result(), "row " + row);
        List<Integer> expectedElided = elided == null ? List.of()
                : Arrays.stream(elided.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expectedElided, seed.elided(), "row " + row + " elided lines");
        assertEquals(stopLine, seed.line(), "row " + row + " stop line");
        RunResult kernel = Runs.reference(given);
        boolean same = seed.outcome() == RunOutcome.RETURNED && seed.result().equals(kernel.result());
        assertTrue(same || !seed.elided().isEmpty() || seed.outcome() != RunOutcome.RETURNED,
                () -> "row " + row + ": the note differs from the kernel (" + seed.result() + " vs " + kernel.result()
                        + ") without crossing an elision or stopping: " + why);
        if (seed.outcome() == RunOutcome.RETURNED && seed.elided().isEmpty()) {
            assertEquals(kernel.result(), seed.result(), "row " + row + ": a path that skips nothing gives the kernel's result");
            assertEquals(kernel.state().refs(), seed.state().refs(), "row " + row + ": and the kernel's references");
        }
    }

    @org.junit.jupiter.api.Test
    void seedRecordsItsLeniencyWhereItAbbreviates() {
        RunResult r = Runs.run(SEED, "hugetlb, hugetlb_freed");
        List<String> kinds = r.lenient().stream().map(l -> l.line() + " " + l.kind()).toList();
        assertTrue(kinds.contains("11 omitted-argument"), kinds::toString);
        assertTrue(kinds.contains("21 reference-initialiser"), kinds::toString);
        assertTrue(kinds.contains("41 assignment-in-condition"), kinds::toString);
    }
}
