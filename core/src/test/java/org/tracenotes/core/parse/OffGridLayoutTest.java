package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/**
 * Layout rules for lines of outside authors that a column alone reads wrong: a line off the grid that
 * heads a body. Every fragment is made up.
 */
class OffGridLayoutTest {

    @Test
    void anOffGridLineWithADeeperBodyTakesTheGridLevelBelowIt() {
        Parsing.assertShape("""
                root start_work_x
                  call outer_x
                    call first_x
                      call inner_x
                    call second_x
                      call body_x
                        call leaf_x
                      call body_two_x
                    call third_x
                """, "start_work_x", "    -->outer_x", "        -->first_x", "            -->inner_x",
                "           -->second_x", "            -->body_x", "                -->leaf_x",
                "            -->body_two_x", "        -->third_x");
    }

    @Test
    void anOffGridLineWithoutABodyStaysBesideTheNearerDeeperLevel() {
        Parsing.assertShape("""
                root start_work_x
                  call outer_x
                    call first_x
                      call inner_x
                      call second_x
                    call third_x
                """, "start_work_x", "    -->outer_x", "        -->first_x", "            -->inner_x",
                "           -->second_x", "        -->third_x");
    }

    @Test
    void anOffGridLineFollowedByALineAtItsOwnGridLevelCapturesNothing() {
        Parsing.assertShape("""
                root start_work_x
                  call outer_x
                    call first_x
                      call inner_x
                      call second_x
                    call third_x
                    call fourth_x
                """, "start_work_x", "    -->outer_x", "        -->first_x", "            -->inner_x",
                "           -->second_x", "        -->third_x", "        -->fourth_x");
    }

    @Test
    void anOffGridLineWhoseBodyIsDeeperThanTheNearerLevelStillSnapsToIt() {
        Parsing.assertShape("""
                root start_work_x
                  call outer_x
                    if if (flag_x)
                      assign a = b
                    if if (other_x)
                      assign c = d
                  call after_x
                """, "start_work_x", "=> outer_x", "   => if (flag_x)", "      => a = b",
                "  => if (other_x)", "     => c = d", "=> after_x");
    }
}
