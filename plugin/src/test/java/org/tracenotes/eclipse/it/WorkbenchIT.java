package org.tracenotes.eclipse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Eclipse IDE (application {@code org.eclipse.ui.ide.workbench}) with the built plugin jar, on
 * an X display (CI runs it under {@code xvfb-run}; without {@code DISPLAY} it is skipped). Screenshots
 * are written to {@code plugin/target/screenshots/}.
 */
class WorkbenchIT {

    /** The lines of soft_offline_page that run on an in-use LRU page (the path of `tracenotes run --scenario lru-anon`). */
    private static final List<Integer> IN_USE_LRU_PATH = List.of(11, 12, 14, 16, 17, 18, 21, 22, 24, 25, 37, 40, 52, 54, 55,
            56, 63, 67, 73, 75, 82, 86, 90, 95);

    private static Map<String, Object> seen;
    private static Path log;

    @BeforeAll
    static void runTheIde() throws Exception {
        WorkbenchRun run = WorkbenchRun.of("WorkbenchScenario", "workbench");
        seen = run.seen();
        log = run.log();
    }

    @Test
    void theSeedOpensInTheNoteEditorWithColours() {
        assertEquals("org.tracenotes.eclipse.editor.NoteEditor", seen.get("editorClass"));
        assertEquals("RGB {200, 0, 0} bold", seen.get("arrowStyle"));
        assertEquals("RGB {127, 0, 85} bold", seen.get("keywordStyle"));
        assertEquals("RGB {0, 0, 192}", seen.get("functionStyle"));
        assertEquals("RGB {128, 128, 128} italic", seen.get("commentStyle"), "a comment saying code was skipped");
        assertEquals("default", seen.get("proseStyle"), "prose outside the trace block");
    }

    @Test
    void lintFindingsAreMarkersOnTheirLines() {
        assertEquals(List.of("34 unknown-function", "41 assignment-in-condition", "67 else-step-arrow"), seen.get("warningMarkers"));
    }

    @Test
    void theOutlineShowsTheFiveTracedFunctions() {
        @SuppressWarnings("unchecked")
        List<String> outline = (List<String>) seen.get("outline");
        assertEquals(List.of("ƒ soft_offline_page(pfn, flags)", "ƒ get_hwpoison_page", "ƒ get_any_page", "ƒ __get_hwpoison_page",
                "ƒ get_hwpoison_hugetlb_folio"), outline.stream().filter(l -> l.startsWith("ƒ ")).toList());
        assertTrue(outline.contains("◇ else"), outline.toString());
    }

    @Test
    void runningTheInUseLruScenarioHighlightsExactlyItsPath() {
        @SuppressWarnings("unchecked")
        Map<Integer, String> annotations = (Map<Integer, String>) seen.get("inUseLruAnnotations");
        assertEquals(IN_USE_LRU_PATH, List.copyOf(annotations.keySet()));
        assertEquals("org.tracenotes.eclipse.run.notTaken", annotations.get(14));
        assertEquals("org.tracenotes.eclipse.run.ran", annotations.get(16));
        assertEquals("org.tracenotes.eclipse.run.ran", annotations.get(90));
    }

    @Test
    void theTraceRunViewShowsTheResultAndTheState() {
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) seen.get("inUseLruRows");
        assertEquals("run | soft_offline_page · scenario lru-anon", rows.get(0));
        assertEquals("outcome | returned 0", rows.get(1));
        assertTrue(rows.get(2).startsWith("state | hwpoison false → true"), rows.get(2));
        assertTrue(rows.get(3).startsWith("refs | gets 3, puts 3, net 0; ledger {poison-pin=1}"), rows.get(3));
        assertTrue(rows.contains("line 90 | => ret = soft_offline_in_use_page(page);    "
                + "# soft_offline_in_use_page() = 0 (kernel reference trace); ret = 0"), rows.toString());
    }

    @Test
    void executingTheFinalElseHighlightsPageHandlePoison() {
        @SuppressWarnings("unchecked")
        Map<Integer, String> annotations = (Map<Integer, String>) seen.get("elseAnnotations");
        assertEquals("org.tracenotes.eclipse.run.forced", annotations.get(91));
        assertEquals("org.tracenotes.eclipse.run.ran", annotations.get(93));
        assertEquals("org.tracenotes.eclipse.run.forced", annotations.get(82), "the filter forced not taken to get past it");
        assertTrue(!annotations.containsKey(90), "the if's body did not run: " + annotations);
        assertEquals("RGB {190, 240, 190}", seen.get("page_handle_poison background"));
        @SuppressWarnings("unchecked")
        List<String> rows = (List<String>) seen.get("elseRows");
        assertTrue(rows.contains("forced | lines 82, 86, 91"), rows.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCallGraphViewMarksTheLastRunsCalls() {
        List<String> graph = (List<String>) seen.get("graphAfterElse");
        assertTrue(graph.contains("page_handle_poison *"), graph.toString());
        assertTrue(graph.contains("soft_offline_in_use_page"), "not on the else path: " + graph);
        assertTrue(graph.contains("flio_try_get"), graph.toString());
        assertEquals(true, seen.get("graphOpensGetAnyPage"));
        assertEquals(17, seen.get("caretAfterGraphClick"), "a click on get_any_page reveals its inline expansion");
    }

    @Test
    @SuppressWarnings("unchecked")
    void exploreColoursCoverageAcrossAllStatesAndListsDivergences() {
        List<String> rows = (List<String>) seen.get("exploreRows");
        assertEquals("explore | soft_offline_page · 279 states, 17 distinct paths", rows.get(0));
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("vs kernel | ") && r.contains("states diverge, 8 causes")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("diverges | line 11:")), rows.toString());
        Map<Integer, String> annotations = (Map<Integer, String>) seen.get("exploreAnnotations");
        assertEquals("org.tracenotes.eclipse.run.notTaken", annotations.get(14), "no state sets MF_UNPOISON");
        assertEquals("org.tracenotes.eclipse.run.ran", annotations.get(93));
        assertEquals("org.tracenotes.eclipse.run.elided", annotations.get(63));
    }

    @Test
    void hoversAndLinksReachTheModel() {
        assertTrue(seen.get("hover flio_try_get").toString().contains("did you mean `folio_try_get`?"), seen.toString());
        assertEquals(List.of("REFERENCE 154"), seen.get("links get_hwpoison_hugetlb_folio"));
        assertTrue(seen.get("referenceEditor").toString().startsWith("soft-offline-6.6.md (Linux 6.6 reference traces) / NoteEditor"));
        assertEquals(154, seen.get("referenceLine"));
    }

    @Test
    void ctrl1InTheEditorOffersTheQuickFixesOfTheLine() {
        assertEquals(List.of("34: Change to `folio_try_get`", "41: Change `=` to `==` (compare)",
                "67: Change `=>` to `->` (an alternative of the if above)"), seen.get("ctrl1"), "line 11 has only an info without a fix");
    }

    @Test
    void unsavedEditsKeepTheOutlineOpenAndQuickFixesFollowTheText() {
        assertEquals(seen.get("outlineExpandedBefore"), seen.get("outlineExpandedAfter"));
        assertEquals("=> ret = folio_try_get(folio)", seen.get("fixedAfterUnsavedEdit"));
        assertEquals(true, seen.get("dirtyAfterFix"), "the fix edits the open editor; the user saves");
    }

    @Test
    void theIdeLoggedNoError() throws Exception {
        List<String> errors = Files.exists(log) ? Files.readAllLines(log).stream()
                .filter(l -> l.matches("!ENTRY \\S+ 4 .*")).toList() : List.of();
        assertEquals(List.of(), errors, "errors in " + log);
    }

    @Test
    void screenshotsWereTaken() {
        Map<String, Object> shots = new TreeMap<>(seen.entrySet().stream().filter(e -> e.getKey().startsWith("screenshot "))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        assertEquals(4, shots.size(), shots.toString());
        shots.values().forEach(v -> assertTrue(!v.equals("failed"), shots.toString()));
    }
}
