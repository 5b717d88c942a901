package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A Markdown ordered list whose items are calls or C names, nested by indentation or by dotted numbers
 * ({@code 1.2.1}), numbered {@code 1.}, {@code 1)} or {@code ①}: an item under another is its callee.
 * Lists of prose steps, of files and of options stay prose. Every fragment is made up.
 */
class NumberedCallListsTest {

    private static Note parse(String... lines) {
        return Parsing.parse(String.join("\n", lines) + "\n");
    }

    private static String read(String... lines) {
        return Parsing.shape(parse(lines));
    }

    @Test
    void nestedNumberedItemsInCodeSpansAreTheCalleesOfTheItemAbove() {
        assertEquals("""
                root\s
                  call `dev_open()`
                    call `dev_lookup()`
                      call `dev_find_slot()`
                    call `dev_setup()`
                  call `dev_close()`
                """, read(
                "Text.",
                "",
                "1. `dev_open()`",
                "   1.1 `dev_lookup()`",
                "       1.1.1 `dev_find_slot()`",
                "   1.2 `dev_setup()`",
                "2. `dev_close()`",
                "",
                "More text."));
    }

    @Test
    void dottedNumbersAtTheMarginNestByTheirParts() {
        assertEquals("""
                root\s
                  call `dev_open()`
                    call `dev_lookup()`
                      call `dev_find_slot()`
                    call `dev_setup()`
                  call `dev_close()`
                """, read(
                "1. `dev_open()`",
                "1.1 `dev_lookup()`",
                "1.1.1 `dev_find_slot()`",
                "1.2 `dev_setup()`",
                "2. `dev_close()`"));
    }

    @Test
    void bareNamesShapedLikeFunctionsInANestedNumberedListAreCalls() {
        assertEquals("""
                root\s
                  call do_ring_open
                    call get_free_slot
                    call do_ring_setup
                      call ring_map_pages
                  call ring_put
                """, read(
                "1) do_ring_open",
                "   1) get_free_slot",
                "   2) do_ring_setup",
                "      1) ring_map_pages",
                "2) ring_put"));
    }

    @Test
    void circledNumbersNumberACallListToo() {
        String shape = read(
                "① do_ring_open()",
                "   ① get_free_slot()",
                "   ② do_ring_setup()",
                "      ① ring_map_pages()",
                "② ring_put()");
        assertTrue(shape.contains("\n      call ring_map_pages()"), shape);
    }

    @Test
    void aNumberedListOfProseStepsStaysProse() {
        assertTrue(parse(
                "1. Install the package",
                "   1. Run make install",
                "   2. Run make clean",
                "      1. Check the log",
                "2. Reboot").traceBlocks().isEmpty());
    }

    @Test
    void aNumberedListOfFilesStaysProse() {
        assertTrue(parse(
                "1. fs/open.c",
                "   1. fs/namei.c",
                "      1. fs/file.c",
                "   2. fs/inode.c",
                "2. fs/read_write.c").traceBlocks().isEmpty());
    }

    @Test
    void aNumberedListOfOptionsStaysProse() {
        assertTrue(parse(
                "1. `CONFIG_RING`",
                "   1. `CONFIG_RING_DEBUG`",
                "      1. `CONFIG_RING_STATS`",
                "   2. `--ring-size`",
                "2. `CONFIG_SLOT`").traceBlocks().isEmpty());
    }

    @Test
    void aNestedNumberedListOfStructFieldsStaysProse() {
        assertTrue(parse(
                "1. ring_info",
                "   1. slot_count",
                "      1. slot_size_kb",
                "   2. ring_flags_t",
                "2. ring_ops").traceBlocks().isEmpty());
    }
}
