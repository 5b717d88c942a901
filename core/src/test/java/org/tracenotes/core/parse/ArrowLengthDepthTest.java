package org.tracenotes.core.parse;

import static org.tracenotes.core.parse.Parsing.assertShape;

import org.junit.jupiter.api.Test;

/**
 * Depth drawn by the arrow's length, every arrow at one column ({@link ArrowLengthDepth}). Every
 * fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class ArrowLengthDepthTest {

    @Test
    void aLongerArrowIsOneLevelDeeperAndAnEqualOneASibling() {
        assertShape("""
                root foo_boot-->arch_setup
                  call bar_setup
                    call bar_mem
                      call baz_release_all
                        call baz_release_early
                        call baz_reset_zones
                          call qux_reset_node(pg)
                  call bar_late
                """,
                "\tfoo_boot-->arch_setup",
                "\t--> bar_setup",
                "\t----> bar_mem",
                "\t-------> baz_release_all",
                "\t----------> baz_release_early",
                "\t----------> baz_reset_zones",
                "\t-------------> qux_reset_node(pg);",
                "\t--> bar_late");
    }

    @Test
    void codeWrittenUnderALengthDrawnArrowStaysInItAndTheRunGoesOn() {
        assertShape("""
                root foo_boot
                  call bar_setup
                    call bar_mem
                      call baz_release_all
                        call baz_one(x)
                  call bar_late
                """,
                "foo_boot",
                "--> bar_setup",
                "----> bar_mem",
                "------> baz_release_all",
                "            baz_one(x)",
                "--> bar_late");
    }

    @Test
    void twoArrowLengthsAtOneColumnAreNoiseAndKeepTheirSiblings() {
        assertShape("""
                root foo_open
                  call bar_get
                  call bar_lock
                  call bar_put
                """, "foo_open", "-> bar_get", "--> bar_lock", "-> bar_put");
    }

    @Test
    void arrowsOfManyLengthsBesideIndentedArrowsNestByTheirColumns() {
        assertShape("""
                root foo_open
                  call bar_get
                    call baz_lock
                  call bar_put
                    call baz_unlock
                  call bar_end
                """, "foo_open", "-> bar_get", "    ---> baz_lock", "-----> bar_put", "    --> baz_unlock", "---> bar_end");
    }
}
