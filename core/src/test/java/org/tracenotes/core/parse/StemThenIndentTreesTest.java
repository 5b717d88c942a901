package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Trees drawn partly with {@code |} stems at the parent's column ({@code |   child}) and partly with plain
 * indentation: a plain line snapped beside a stem-drawn sibling keeps its own column for its children.
 * Every fragment is made up.
 */
class StemThenIndentTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void aPlainLineBesideAStemDrawnSiblingIndentsItsBodyFromItsOwnColumn() {
        assertEquals("""
                root boot_all
                  call load_config
                    call walk_items
                  call check_args
                  call make_board
                    call pick_board
                      assign kind = board_name
                  call finish_setup
                    call init_board
                      call run_init
                    call creation_done
                      call load_dtb
                """, read(
                "boot_all",
                "    // 1. set up tables",
                "    |   load_config",
                "    |   |   walk_items",
                "    check_args",
                "    make_board",
                "    |   pick_board",
                "    |       kind = board_name",
                "    finish_setup",
                "        init_board",
                "        |   run_init",
                "        creation_done",
                "            load_dtb"));
    }

    @Test
    void anOffGridPlainLineAmongPlainSiblingsStillSnapsBesideThem() {
        assertEquals("""
                root boot_all
                  call load_config
                    call walk_items
                  call check_args
                  call make_board
                """, read(
                "boot_all",
                "    load_config",
                "        walk_items",
                "   check_args",
                "    make_board"));
    }
}
