package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Call trees drawn outside a fence with arms ({@code +-- g()}, {@code +- g()}, {@code `- g()}) hanging from
 * {@code |} and {@code :} stems that the author centres under the caller's name, with branch labels
 * ({@code |yes}, {@code |   no}, {@code |no => note}) on the stems under a condition. The root is the name
 * above the first stem; a label is no step. Every fragment is made up; the expected tree is written as
 * indented {@code kind text} lines.
 */
class StemArmTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse("Some words first.\n\n" + String.join("\n", lines) + "\n\nSome words after.\n"));
    }

    @Test
    void armsUnderAStemCentredOnTheCallersNameNest() {
        assertEquals("""
                root run_queue()
                  call __run_one() if has_work()
                    call pick_item()
                    call do_item()
                      call item_done()
                """, read(
                "run_queue()",
                "    |",
                "    :",
                "    +-- __run_one() if has_work()",
                "            |",
                "            +-- pick_item()",
                "            :",
                "            +-- do_item()",
                "                  |",
                "                  +-- item_done()"));
    }

    @Test
    void aStemUnderTheEmptyParenthesesOfAShortCallIsTheRootsStem() {
        assertEquals("""
                root tick()
                  call poll()
                    call drain()
                  call wake()
                """, read(
                "tick()",
                "    |",
                "    +-- poll()",
                "    |      |",
                "    |      +-- drain()",
                "    |",
                "    +-- wake()"));
    }

    @Test
    void backquoteArmsReadAsPlusArms() {
        assertEquals("""
                root open_dev()
                  call find_dev()
                  call bind_dev()
                    call attach()
                """, read(
                "open_dev()",
                "   |",
                "   +- find_dev()",
                "   |",
                "   `- bind_dev()",
                "         |",
                "         `- attach()"));
    }

    @Test
    void branchLabelsOnStemsUnderAConditionAreNoSteps() {
        assertEquals("""
                root flush_all()
                  if if !list_empty
                    call take_one()
                    call put_back()
                  call unlock()
                """, read(
                "flush_all()",
                "     |",
                "     +- if !list_empty",
                "             |yes => drain it",
                "             +- take_one()",
                "             |",
                "             +- put_back()",
                "     |",
                "     +- unlock()"));
        assertEquals("""
                root sync_one()
                  if if dirty
                    call write_back()
                    call mark_clean()
                """, read(
                "sync_one()",
                "   |",
                "   +- if dirty",
                "          |   yes",
                "          +- write_back()",
                "          :",
                "          +- mark_clean()"));
    }

    @Test
    void aPlusMinusBeforeANumberAndATableRowOfOutcomesStayText() {
        assertTrue(read(
                "The timings are stable:",
                "  +- 5% on most runs",
                "  +- 2% on the rest").isEmpty());
        assertTrue(read(
                "| case | result |",
                "|------|--------|",
                "| a    | yes |",
                "| b    | no |").isEmpty());
    }

    @Test
    void aDiagramHangingFromInsideWordsStaysText() {
        assertTrue(read(
                "register dev(misc) in the misc table",
                "                 |",
                "                 +- misc_list",
                "                 |",
                "                 +- misc_open").isEmpty());
    }
}
