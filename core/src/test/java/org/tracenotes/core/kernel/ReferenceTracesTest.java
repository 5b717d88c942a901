package org.tracenotes.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** The reference traces are complete, clean notes of the ten functions of the chain. */
class ReferenceTracesTest {

    static final ReferenceTraces REF = ReferenceTraces.softOffline66();

    @Test
    void parsesWithoutAnyDiagnostic() {
        assertEquals(List.of(), REF.note().diagnostics());
    }

    @Test
    void tracesTheFunctionsOfBothChainsWithTheirSignatures() {
        assertEquals(Set.of("soft_offline_page", "put_ref_page", "get_hwpoison_page", "get_any_page", "__get_unpoison_page",
                "__get_hwpoison_page", "get_hwpoison_hugetlb_folio", "HWPoisonHandlable", "soft_offline_in_use_page",
                "page_handle_poison", "__page_handle_poison",
                // kernel-memory-failure.md: hard offline, unpoison, injection
                "memory_failure", "memory_failure_dev_pagemap", "mf_generic_kill_procs", "try_memory_failure_hugetlb",
                "get_huge_page_for_hwpoison", "hwpoison_user_mappings", "identify_page_state", "me_kernel", "me_unknown",
                "me_pagecache_clean", "me_pagecache_dirty", "me_swapcache_dirty", "me_swapcache_clean", "me_huge_page",
                "action_result", "unpoison_memory", "madvise_inject_error"), REF.functions());
        Root getAny = REF.function("get_any_page").orElseThrow();
        assertEquals(RootKind.PROTOTYPE, getAny.kind());
        assertEquals(List.of("p", "flags"), getAny.parameters());
        assertEquals(List.of("folio", "hugetlb", "unpoison"),
                REF.function("get_hwpoison_hugetlb_folio").orElseThrow().parameters());
    }

    @Test
    void isCompleteNoElisionNoProseAndInitialisesItsLocals() {
        List<Step> steps = REF.note().steps();
        assertTrue(steps.stream().noneMatch(Step::elided));
        assertEquals(List.of(), steps.stream().filter(s -> s.kind() == StepKind.PROSE).map(Step::text).toList());
        Root getAny = REF.function("get_any_page").orElseThrow();
        assertEquals(List.of("ret = 0", "pass = 0", "count_increased = flags & MF_COUNT_INCREASED"),
                getAny.body().stream().limit(3).map(s -> s.text().replaceFirst("^(int|bool) ", "")).toList());
        assertEquals(List.of("retry"), REF.function("soft_offline_page").orElseThrow().body().stream()
                .filter(s -> s.kind() == StepKind.LABEL).map(Step::label).toList());
        assertEquals(List.of("try_again", "unlock_locked_page", "unlock_mutex"), REF.function("memory_failure")
                .orElseThrow().body().stream().filter(s -> s.kind() == StepKind.LABEL).map(Step::label).toList());
    }
}
