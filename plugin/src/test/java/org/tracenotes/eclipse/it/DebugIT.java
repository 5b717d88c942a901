package org.tracenotes.eclipse.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Debugging the seed in the real Eclipse IDE (see {@link WorkbenchRun}): a ruler breakpoint on line 17,
 * Debug As › Trace Note on lru-anon, the stop in the Debug perspective, Step Over, Step Back, Resume to
 * the end, Run As › Trace Note. Screenshots go to {@code plugin/target/screenshots/}.
 */
class DebugIT {

    private static WorkbenchRun run;
    private static Map<String, Object> seen;

    @BeforeAll
    static void debugTheSeed() throws Exception {
        run = WorkbenchRun.of("DebugScenario", "debug");
        seen = run.seen();
    }

    @SuppressWarnings("unchecked")
    private static <T> T seen(String key) {
        return (T) seen.get(key);
    }

    @Test
    void runAsAndDebugAsOfferTraceNoteOnNotesOnly() {
        assertEquals(true, seen("debugAs seed"));
        assertEquals(false, seen("debugAs readme.txt"));
    }

    @Test
    void aDoubleClickInTheRulerOnLine17SetsATraceNoteBreakpoint() {
        assertEquals(17, (int) seen("ruler line clicked"));
        assertEquals(List.of("TraceLineBreakpoint soft-offline.md:17 org.tracenotes.eclipse.lineBreakpointMarker"), seen("breakpoints"));
        assertEquals(List.of(17), seen("breakpoint annotations"), "the ruler shows it");
        List<String> menu = seen("ruler menu");
        assertEquals("Toggle &Breakpoint", menu.get(0), "the ruler's context menu toggles it too: " + menu);
    }

    @Test
    void debugConfigurationsShowTheTraceNoteTab() {
        assertEquals("Debug Configurations", seen("dialog"));
        List<String> tabs = seen("dialog tabs");
        assertTrue(tabs.containsAll(List.of("Trace Note", "Common")), tabs.toString());
        Map<String, String> fields = seen("dialog fields");
        assertEquals("/kernel-notes/soft-offline.md", fields.get("Note:"));
        assertEquals(" [soft_offline_page]", fields.get("Traced function:"), "empty: the note's first; the seed traces one");
        assertTrue(fields.get("Scenario:").startsWith("lru-anon [invalid-pfn, offline, "), fields.toString());
        assertEquals("", fields.get("Given keys:"));
        assertEquals("", fields.get("Forced branches:"));
        assertEquals("false", fields.get("Stop at the first step (Debug)"));
    }

    @Test
    void aDisabledBreakpointDoesNotStopTheRun() {
        assertEquals("0 before; exit 0", seen("disabled breakpoint suspends"));
    }

    @Test
    void debugAsTraceNoteStopsAtTheBreakpointInTheDebugPerspective() {
        assertEquals("soft-offline.md Trace Note scenario lru-anon", seen("configuration"));
        assertEquals("breakpoint", seen("suspend detail"));
        assertEquals("org.eclipse.debug.ui.DebugPerspective", seen("at 17 perspective"));
        assertEquals("soft_offline_page · scenario lru-anon (Suspended: breakpoint at line 17)", seen("at 17 thread"));
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), seen("at 17 frames"));
        assertEquals(List.of(17), seen("at 17 breakpoints hit"));
        assertEquals("frame get_hwpoison_page:17", seen("at 17 debug view selection"));
    }

    @Test
    void theNoteEditorShowsTheInstructionPointerOnLine17() {
        assertEquals("soft-offline.md / NoteEditor", seen("at 17 editor"));
        assertEquals(List.of(17), seen("at 17 instruction pointer"));
    }

    @Test
    void theVariablesViewShowsTheLocalsAndThePage() {
        List<String> rows = seen("at 17 variables view");
        assertTrue(rows.contains("flags = 8"), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("page = refcount 1 · lru anon mapped")), rows.toString());
        assertTrue(rows.contains("  refcount = 1"), "page expanded: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("  ledger = ")), rows.toString());
        List<String> model = seen("at 17 model variables");
        assertTrue(model.get(0).startsWith("p = page (refcount 1 · lru anon mapped)"), model.toString());
    }

    @Test
    void stepOverGoesToTheNextStepNoDeeperWithRetAndTheNewReference() {
        assertEquals(List.of("get_hwpoison_page:75", "soft_offline_page:12"), seen("after step over frames"));
        assertEquals(List.of(75), seen("after step over instruction pointer"));
        List<String> changed = seen("after step over changed");
        assertTrue(changed.contains("ret = 1"), changed.toString());
        assertTrue(changed.contains("page.refcount = 2"), changed.toString());
        List<String> rows = seen("after step over variables view");
        assertTrue(rows.contains("ret = 1"), rows.toString());
        assertTrue(rows.contains("  refcount = 2"), "page stays expanded, with its new values: " + rows);
        assertEquals(true, seen("step back enabled"));
    }

    @Test
    void stepBackReturnsToLine17() {
        assertEquals(List.of("get_hwpoison_page:17", "soft_offline_page:12"), seen("after step back frames"));
        assertEquals(List.of(17), seen("after step back instruction pointer"));
    }

    @Test
    void resumeRunsToTheEndAndTheConsoleShowsTheResult() {
        assertEquals("true launch true", seen("end terminated"));
        assertEquals(0, (int) seen("end exit value"));
        String console = seen("end console");
        assertTrue(console.startsWith("soft_offline_page · scenario lru-anon\n"), console);
        assertTrue(console.contains("returned 0"), console);
        assertEquals(List.of(), seen("end instruction pointer"));
    }

    @Test
    void runAsTraceNoteShowsTheRunInTheTraceRunView() {
        List<String> rows = seen("run rows");
        assertEquals("run | soft_offline_page · scenario lru-anon", rows.get(0), rows.toString());
        assertEquals("outcome | returned 0", rows.get(1));
        assertEquals(24, (int) seen("run annotations"), "the 24 lines of the lru-anon path are coloured");
        assertEquals(List.of("soft-offline.md"), seen("configurations"), "Run As reused Debug As's configuration");
    }

    @Test
    void theIdeLoggedNoError() throws Exception {
        assertEquals(List.of(), run.errors(), "errors in " + run.log());
    }

    @Test
    void theScreenshotOfTheStopWasTaken() {
        assertTrue(!"failed".equals(seen("screenshot 5-debug-suspended-line-17.png")), seen.toString());
    }
}
