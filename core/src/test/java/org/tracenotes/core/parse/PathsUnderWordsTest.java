package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A list of calls in which an item in words (a message printed, a situation) heads a column of function
 * names, each alone in a code span: the column is the path that leads there, each name the callee of the
 * one above; under a call the same column stays its callees. Every fragment is made up.
 */
class PathsUnderWordsTest {

    private static final String BOOT = String.join("\n",
            "- `start_x`",
            "  - dmesg `Booting ...`",
            "    - `setup_id_x`",
            "  - `setup_arch_x`",
            "    - dmesg `Zone ranges:`",
            "      - `bootmem_init_x`,",
            "      - `zone_init_x`",
            "        - `zone_helper_x`",
            "      - `free_area_x`",
            "    - `paging_init_x`",
            "      - `map_mem_x`",
            "      - `map_kernel_x`",
            "    - the boot CPU",
            "      - `cpu_up_x` brings it up",
            "      - `boot_cpu_x`", "");

    @Test
    void aColumnOfNamesUnderAMessageIsThePathThatPrintsIt() {
        String shape = Parsing.shape(Parsing.parse(BOOT));
        assertEquals(true, shape.contains("""
                    prose dmesg `Zone ranges:`
                      call `bootmem_init_x`,
                        call `zone_init_x`
                          call `zone_helper_x`
                          call `free_area_x`
                """), shape);
    }

    @Test
    void aColumnOfNamesUnderACallStaysItsCallees() {
        String shape = Parsing.shape(Parsing.parse(BOOT));
        assertEquals(true, shape.contains("""
                    call `paging_init_x`
                      call `map_mem_x`
                      call `map_kernel_x`
                """), shape);
    }

    @Test
    void namesWithWordsAfterThemAreNoPath() {
        String shape = Parsing.shape(Parsing.parse(BOOT));
        assertEquals(true, shape.endsWith("""
                    prose the boot CPU
                      call `cpu_up_x` brings it up
                      call `boot_cpu_x`
                """), shape);
    }

    @Test
    void aFencedColumnOfNamesClosedByADeeperElisionUnderWordsOfACallIsAPath() {
        String shape = Parsing.shape(Parsing.parse(
                "Pages for buffers may call shrink_all_x too:\n\n```\nalloc_buffers_x\nfree_more_x\ntry_release_x\n ...\n```\n"));
        assertEquals("""
                root alloc_buffers_x
                  call free_more_x
                    call try_release_x
                      prose ...
                """, shape);
    }

    @Test
    void aFencedColumnOfNamesWithoutADeeperElisionOrWordsOfACallStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.parse(
                "Pages for buffers may call shrink_all_x too:\n\n```\nalloc_buffers_x\nfree_more_x\ntry_release_x\n...\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse(
                "The helpers of this file:\n\n```\nalloc_buffers_x\nfree_more_x\ntry_release_x\n ...\n```\n")));
    }

    @Test
    void aColumnUnderACallWrittenInWordsStaysItsCallees() {
        String shape = Parsing.shape(Parsing.parse(String.join("\n",
                "- `start_x`", "  - 调用 `init_all_x` 初始化", "    - `init_a_x`", "    - `init_b_x`", "    - `init_c_x`", "")));
        assertTrue(shape.contains("""
                    call `init_a_x`
                    call `init_b_x`
                    call `init_c_x`
                """), shape);
    }

    @Test
    void aColumnUnderAConditionWrittenInWordsIsNoPath() {
        String shape = Parsing.shape(Parsing.parse(String.join("\n",
                "- `start_x`", "  - 当页面是脏页时", "    - `writeback_x`", "    - `wait_x`", "    - `free_x`", "")));
        assertTrue(shape.contains("""
                    call `writeback_x`
                    call `wait_x`
                    call `free_x`
                """), shape);
    }

    @Test
    void wordsEndingInAColonIntroduceAListOfAlternativesNotAPath() {
        String shape = Parsing.shape(Parsing.parse(String.join("\n",
                "- `vfs_read_x`", "  - one of the file's ops:", "    - `ext4_read_x`", "    - `xfs_read_x`", "")));
        assertTrue(shape.contains("""
                    call `ext4_read_x`
                    call `xfs_read_x`
                """), shape);
    }

    @Test
    void optionsInCapitalsAreNoPath() {
        String shape = Parsing.shape(Parsing.parse(String.join("\n",
                "- `start_x`", "  - `setup_x`", "    - `setup_a_x`", "  - needs these options", "    - `CONFIG_FOO_X`",
                "    - `CONFIG_BAR_X`", "  - `run_x`", "    - `run_a_x`", "    - `run_b_x`", "")));
        assertTrue(shape.contains("prose needs these options\n") && !shape.contains("`CONFIG_FOO_X`\n      "), "[" + shape + "]");
    }

    @Test
    void aFencedColumnUnderWordsNamingCallersOrCallbacksStaysAListOfSiblings() {
        assertEquals("", Parsing.shape(Parsing.parse(
                "The callers of free_pages_x:\n\n```\nfree_a_x\nfree_b_x\nfree_c_x\n    ...\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse(
                "The callbacks it may run:\n\n```\nfree_a_x\nfree_b_x\nfree_c_x\n    ...\n```\n")));
    }
}
