package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Lists of calls written with the callees' names alone (or as links), remarks in words among them.
 * Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class NameAndSentenceListsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aListOfBareNamesNestedByBlanksIsACallTreeWithRemarksInWords() {
        String[] lines = {
                "## callers",
                "",
                " * ring_alloc",
                "   * __slot_get",
                "   * open(2) で ring_struct を作る ( make_ring )",
                "     * 失敗したら -EBUSY",
                " * ring_one, ring_two, __ring_three",
                "   * slot_zeroed",
                "     * __slot_get",
                "       * slot_pages",
                " * dev_fault",
                "   * do_dev_fault",
                "     * handle_dev_fault",
                "        * map_dev_page",
                "",
                "Words."};
        assertEquals("""
                root ring_alloc
                  call __slot_get
                root ring_one, ring_two, __ring_three
                  call slot_zeroed
                    call __slot_get
                      call slot_pages
                root dev_fault
                  call do_dev_fault
                    call handle_dev_fault
                      call map_dev_page
                """, read(lines));
        Note note = Parsing.parse(String.join("\n", lines) + "\n");
        long remarks = note.traceBlocks().get(0).roots().stream().mapToLong(r -> r.comments().size()).sum();
        assertEquals(2, remarks, () -> "remarks: " + note.traceBlocks());
    }

    @Test
    void boldNamesAndNamesFollowedByWordsAreCallsAndSentencesAboutOtherFunctionsAreRemarks() {
        assertEquals("""
                root __ring_alloc
                root __ring_alloc_mask
                  call get_slot_from_list
                    call slot_reclaim  で slot ごとに探す
                      call **shrink_slots**
                        call shrink_one
                  call **__ring_slowpath**
                    call wake_ringd  で ringd を起こす
                    call ring_compact
                """, read(
                " * __ring_alloc",
                "   * ringmask を NULL にして __ring_alloc_mask を呼ぶ",
                " * __ring_alloc_mask",
                "   * get_slot_from_list",
                "     * list から取れなかったら __ring_slowpath を呼ぶ",
                "     * slot_reclaim で slot ごとに探す",
                "       * **shrink_slots**",
                "         * shrink_one",
                "   * **__ring_slowpath**",
                "     * wake_ringd で ringd を起こす",
                "       * __RING_NO_WAKE が立っていない場合だけ",
                "     * ring_compact",
                ""));
    }

    @Test
    void aListOfLinksToCallsNestedByTabsIsACallTree() {
        assertEquals("""
                root [dev_loop()](#dev_loop)
                  call [schedule_dev()](#schedule_dev)
                    call [__schedule_dev()](#__schedule_dev)
                      call [dev_switch()](#dev_switch)
                """, read(
                "Call Graph",
                "",
                "- [dev_loop()](#dev_loop)",
                "\t- [schedule_dev()](#schedule_dev)",
                "\t\t- [__schedule_dev()](#__schedule_dev)",
                "\t\t\t- [dev_switch()](#dev_switch)",
                ""));
    }

    @Test
    void listsOfNamesSideBySideOrOfThingsStayProse() {
        assertEquals("", read(
                "Functions to read:",
                "",
                "- ring_alloc",
                "  - ring_free",
                "  - ring_grow",
                "- slot_get",
                "  - slot_put",
                "- dev_open"));
        assertEquals("", read(
                "Files:",
                "",
                "- mm",
                "  - page_alloc.c",
                "    - vmscan.c",
                "      - slab.c"));
        assertEquals("", read(
                "Flags:",
                "",
                "- GFP_KERNEL",
                "  - __GFP_IO",
                "    - __GFP_FS",
                "      - __GFP_RECLAIM"));
        assertEquals("", read(
                "- see ring_alloc for the rings",
                "  - and slot_get for the slots",
                "    - which uses slot_find and slot_lock",
                "      - then dev_open"));
    }

    @Test
    void itemsInWordsOfANameListAreNoSteps() {
        String shape = read(
                " * ring_alloc",
                "   * ring_init",
                "     * ここでは何もしない",
                "     * slot_get",
                "       * 失敗したら返す",
                "");
        assertEquals("""
                root ring_alloc
                  call ring_init
                    call slot_get
                """, shape);
        assertFalse(shape.contains("prose"), shape);
    }

    @Test
    void aNameEndingInACommaAndAOneWordItemInANameListAreCalls() {
        assertEquals("""
                root main
                  call dev_main_loop
                    call dev_poll,
                      call dev_dispatch
                        call dev_read
                """, read(
                "- main",
                "  - dev_main_loop",
                "    - dev_poll,",
                "      - dev_dispatch",
                "        - dev_read",
                ""));
    }
}
