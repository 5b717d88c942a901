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
            # row; given;                                          outcome;          result; elided;       stop; kernel's?; why, when not (ground truth §4.1)
            1;  !pfn_valid;                                         error;            ;       10;           24;   false; item 3: no pfn_valid exit, so a NULL page reaches page_folio
            2;  !online;                                            error;            ;       10;           24;   false; item 3: no offline exit
            4;  hwpoison;                                           returned;         -16;    10 51 67 72;  0;    false; item 3: no already-poisoned exit; then the elided -EBUSY arm
            5;  buddy;                                              returned;         0;      10 51 63 72;  0;    true;  the elided ret == 0 arm leaves ret 0, as the kernel's does
            5C; buddy, flags=MF_COUNT_INCREASED;                    returned;         0;      10 72;        0;    false; item 6: the final classification skipped at line 72
            7;  lru, anon, mapped, refcount=1;                      returned;         0;      10 51 72;     0;    true;  -
            7C; lru, anon, mapped, refcount=1, flags=MF_COUNT_INCREASED; returned;    0;      10 72;        0;    true;  returns 0 but poisons nothing: item 6, line 72
            8;  lru, anon, mapped, refcount=1, isolate=fail;        returned;         -16;    10 51 72;     0;    true;  -
            9;  lru, anon, mapped, refcount=1, migrate=fail;        returned;         -16;    10 51 72;     0;    true;  -
            9M; lru, anon, mapped, refcount=1, migrate=enomem;      returned;         -12;    10 51 72;     0;    true;  -
            11; hugetlb, hugetlb_freed;                             returned;         0;      10 63 72;     0;    true;  -
            13; hugetlb, hugetlb_migratable, refcount=1;            unknown-function; ;       10;           34;   false; item 2: flio_try_get
            14; hugetlb, hugetlb_migratable, refcount=1, migrate=enomem; unknown-function; ; 10;            34;   false; item 2: flio_try_get
            15; hugetlb, refcount=1;                                returned;         -16;    10 67 72;     0;    false; the elided -EBUSY arm (kernel: -EIO after retries)
            16; slab, refcount=1;                                   returned;         -16;    10 51 67 72;  0;    false; the elided -EBUSY arm (kernel: -EIO after retries)
            16C; slab, refcount=1, flags=MF_COUNT_INCREASED;        returned;         0;      10 72;        0;    false; item 6 (line 72) and item 4: ret 0 reaches page_handle_poison
            18; movable, refcount=1;                                returned;         0;      10 51 72;     0;    true;  -
            19; thp, anon, lru, mapped, refcount=1;                 returned;         0;      10 51 72;     0;    true;  -
            """)
    void seedRunsUnderEachRowAndSaysWhereItDiffers(String row, String given, String outcome, Long result,
                                                  String elided, int stopLine, boolean kernels, String why) {
        RunResult seed = Runs.run(SEED, given);
        assertEquals(outcome, seed.outcome().id(), () -> "row " + row + ": " + seed.message());
        assertEquals(result, seed.result(), "row " + row);
        List<Integer> expectedElided = Arrays.stream(elided.split(" ")).map(Integer::valueOf).toList();
        assertEquals(expectedElided, seed.elided(), "row " + row + " elided lines");
        assertEquals(stopLine, seed.line(), "row " + row + " stop line");
        RunResult kernel = Runs.reference(given);
        boolean same = seed.outcome() == RunOutcome.RETURNED && seed.result().equals(kernel.result());
        assertEquals(kernels, same, () -> "row " + row + ": the note returns the kernel's result (" + seed.result() + " vs "
                + kernel.result() + "): " + why);
        if (!same) {
            // every difference is explained: the run stopped at a line, or crossed an arm the note elides
            // or a place where it says it skipped code (line 72's 先略, the final classification)
            assertTrue(seed.outcome() != RunOutcome.RETURNED || seed.elided().stream().anyMatch(l -> l > 10),
                    () -> "row " + row + " differs without saying where");
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
