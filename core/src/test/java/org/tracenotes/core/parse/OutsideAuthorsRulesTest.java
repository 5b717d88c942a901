package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Rules for notations of outside authors that a column or a first guess reads wrong: a line off the grid that
 * heads a body; tabs whose width the note's other fences seemed to say. Every fragment is made up.
 */
class OutsideAuthorsRulesTest {

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

    /** A fence whose author lines a tab up under four spaces, with tab-and-four-spaces levels deeper down. */
    private static final String FOUR_WIDE_FENCE = "```\nstart_x()\n    run_a();\n\trun_b();\n\t\tinner_x()\n"
            + "\t\t    deeper_x()\n\t\t    deeper_y()\n```\n\n";
    /** The same tree with no line lining a tab up under spaces. */
    private static final String UNALIGNED_FENCE = "```\nstart_x()\n\trun_a();\n\trun_b();\n\t\tinner_x()\n"
            + "\t\t    deeper_x()\n\t\t    deeper_y()\n```\n\n";
    /** A tab tree with one line led by four spaces and two tabs: one level under the tabs above only at four. */
    private static final String MIXED_FENCE = "```\nboot_x()\n\tsetup_x()\n\t\tparse_x()\n    \t\tval = map_x(a);\n"
            + "\t\t\tscan_x(val)\n```\n";

    @Test
    void halfTabLinesInAFenceThatShowsTabsFourWideSayNothingAboutOtherFences() {
        String shape = Parsing.shape(Parsing.parse(FOUR_WIDE_FENCE + MIXED_FENCE));
        assertEquals("""
                root boot_x()
                  call setup_x()
                    call parse_x()
                      assign val = map_x(a)
                      call scan_x(val)
                """, shape.substring(shape.indexOf("root boot_x()")));
    }

    @Test
    void halfTabLinesInAFenceThatShowsNoWidthStillSayEight() {
        String shape = Parsing.shape(Parsing.parse(UNALIGNED_FENCE + MIXED_FENCE));
        assertEquals("""
                root boot_x()
                  call setup_x()
                    call parse_x()
                    assign val = map_x(a)
                      call scan_x(val)
                """, shape.substring(shape.indexOf("root boot_x()")));
    }

    @Test
    void aChainOfBareNamesAloneInAFenceIsACallChainWhenANameIsFollowedByItsWorker() {
        Parsing.assertShape("root sendit -> push_msg_x -> __push_msg_x -> tcp_out_x\n",
                "sendit -> push_msg_x -> __push_msg_x -> tcp_out_x");
    }

    @Test
    void aChainOfBareNamesWithoutACallOrAWorkerStaysNoTrace() {
        Parsing.assertShape("", "task_struct_x -> mm_struct_x -> vm_area_x");
        Parsing.assertShape("", "read_x -> __read_x -> done");   // a plain word past the first is no link
    }

    @Test
    void aCaseWithItsStatementsOnOneLineIsACase() {
        Parsing.assertShape("""
                root filter_x
                  call check_x()
                  assign ret = lookup_x()
                  switch switch (ret)
                    case case NEW_X     : create_x(); break;
                    case case OLD_X     :
                    case default        : ret = DROP_X; break;
                    brace }
                """, "filter_x", "  -> check_x()", "  -> ret = lookup_x()", "  -> switch (ret) {",
                "      case NEW_X     : create_x(); break;", "      case OLD_X     :",
                "      default        : ret = DROP_X; break;", "    }");
    }

    @Test
    void aCaseWordWithoutALabelStaysWords() {
        Parsing.assertShape("""
                root filter_x
                  call check_x()
                  assign ret = lookup_x()
                  prose case: keep it; then go on
                """, "filter_x", "  -> check_x()", "  -> ret = lookup_x()", "  -> case: keep it; then go on");
    }
}
