package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Lists and columns of names that look like stacks or paths but are ordinary API or how-to lists (grammar's
 * {@code StackEntryPoints} strong and weak prefixes, {@code PastedStacks}' list form, {@code CallerFirstStacks}'
 * paragraphs, {@code TitledNameRuns}, {@code KernelPathLists}): a list whose last name merely starts {@code ret_},
 * {@code entry_} or {@code sys_}, a tutorial step over function names, a list of patches with their files. Every
 * fragment is made up.
 */
class EntryLookAlikeListsTest {

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), () -> text + "\n=> " + Parsing.shape(note));
    }

    @Test
    void aListEndingInANameWithAWeakEntryPrefixStaysText() {
        assertNoTrace("Wrappers we export:\n\n- open_widget\n- read_widget\n- shut_widget\n- sys_quit\n");
        assertNoTrace("Macros of this file:\n\n- `put_val`\n- `take_val`\n- `drop_val`\n- `ret_val`\n");
        assertNoTrace("Widget operations:\n\n- widget_find()\n- widget_add()\n- widget_trim()\n- entry_drop()\n");
        assertNoTrace("Result helpers, best first:\n  - build_reply\n  - wrap_fault\n  - ret_fine\n");
    }

    @Test
    void numberedLinesWithoutTheDebuggersMinusStayText() {
        assertNoTrace("# Stages\n\n```\n000: take_input\n001: split_words\n002: count_words\n003: print_counts\n```\n");
        assertNoTrace("# Start order\n\n```\n0: load_blob()\n1: map_tables()\n2: start_kernel()\n```\n");
    }

    @Test
    void aListUnderACaptionOfThingsEndingInAnExactEntryStaysText() {
        assertNoTrace("## Public hooks\n\nThe driver offers:\n\n- gizmo_alloc\n- gizmo_free\n- gizmo_find\n- kthread\n");
    }

    @Test
    void aListEndingInASureEntryIsStillAStack() {
        Note note = Parsing.parse("#### gizmo log\n- gizmo_free\n- gizmo_put\n- ksys_gizmo\n- ret_from_fork\n\nText.\n");
        assertEquals("root ret_from_fork\n  call ksys_gizmo\n    call gizmo_put\n      call gizmo_free\n", Parsing.shape(note));
    }

    @Test
    void aParagraphOfCallsUnderAnEntryLikeNameStaysText() {
        assertNoTrace("Run these in turn:\n\nentry_setup()\nload_config()\nstart_loop()\n\nDone.\n");
    }

    @Test
    void aTutorialStepOverFunctionNamesStaysText() {
        assertNoTrace("# Guide\n\n1. First steps\n   - load_module\n   - open_device\n   - fetch_block\n   - shut_device\n\nMore.\n");
        assertNoTrace("Setup:\n\n1. Fetch the tool\n   1. fetch_tarball\n   2. check_digest\n   3. unpack_tarball\n2. Use it\n");
    }

    @Test
    void aNumberedListOfPatchesWithTheirFilesStaysText() {
        assertNoTrace("Commits in this series:\n\n1 gizmo_fix_race: fs/gizmo.c\n2 gizmo_tidy: fs/gizmo_dir.c\n"
                + "3 rx_ring_fix: net/core/rx.c\n4 trim_fix: mm/trim.c\n");
    }

    @Test
    void aTitleOverThousandsOfNamesIsNoDeepPath() {
        StringBuilder b = new StringBuilder("1. The gizmo call path\n");
        for (int k = 0; k < 6000; k++) {
            b.append("   - do_g").append(k).append('\n');
        }
        Note note = Parsing.parse(b.toString());
        assertTrue(note.traceBlocks().isEmpty() || !Parsing.shape(note).contains("\n" + " ".repeat(200)), "no 6000-deep path");
    }
}
