package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Traces whose depth is a run of dashes with no arrow head, one dash per level right against the name
 * ({@code -f()}, {@code --g()}) or two dashes per level and a blank ({@code -- f()}, {@code ---- g()});
 * lists of options and bullets in words stay text. Every fragment is made up.
 */
class DashRunTreesTest {

    @Test
    void oneDashPerLevelRightAgainstTheNameIsTheDepth() {
        assertEquals("""
                root mount_disk()
                  call read_super()
                    call check_magic()
                    call load_bitmap()
                      call alloc_map()
                  call set_root()
                """, Parsing.shape(Parsing.fenced(
                "mount_disk()",
                "-read_super()",
                "--check_magic()",
                "--load_bitmap()",
                "---alloc_map()",
                "-set_root()")));
    }

    @Test
    void twoDashesPerLevelAndABlankIsTheDepthInPlainText() {
        assertEquals("""
                root mount_disk
                  call read_super
                    call check_magic
                      call walk_tree
                  call set_root
                """, Parsing.shape(Parsing.parse("""
                Mounting

                mount_disk
                -- read_super
                ---- check_magic
                ------ walk_tree
                -- set_root
                """)));
    }

    @Test
    void optionsBulletsAndDashedWordsStayText() {
        for (String text : new String[] {"""
                Usage: tool [options]

                -v, --verbose    print more
                -q, --quiet      print less
                --dry-run        change nothing
                """, """
                Plan
                - first point
                -- a sub point
                --- a detail
                -- another sub point
                """, """
                Plan
                -- first point
                ---- a sub point
                ------ a detail
                """}) {
            assertTrue(Parsing.parse(text).traceBlocks().isEmpty(), text);
        }
    }
}
