package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
