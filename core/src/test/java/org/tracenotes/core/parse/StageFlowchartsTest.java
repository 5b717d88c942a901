package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Flowcharts of stages drawn in plain text (stages joined by {@code |}, {@code v}, {@code ↓}, captions
 * underlined by {@code ===} or {@code ---}) and where their reading must not reach: chains of calls joined
 * by down arrows, the {@code ^ … v} bracket notation, charts of words. Every fragment is made up; the
 * expected tree is written as indented {@code kind text} lines.
 */
class StageFlowchartsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void twoDownArrowChainsInOneFenceStayTwoChains() {
        Parsing.assertShape("""
                root fs_open()
                  call open_dentry()
                root fs_close()
                  call close_dentry()
                """, "fs_open()", "   \u2193", "open_dentry()", "", "fs_close()", "   \u2193", "close_dentry()");
    }

    @Test
    void anAssignmentBelowADownArrowIsTheCallee() {
        Parsing.assertShape("""
                root boot_main()
                  assign err = run_init()
                    call mount_root()
                """, "boot_main()", "\u2193", "err = run_init()", "\u2193", "mount_root()");
    }

    @Test
    void bracketsClosedByALoneVKeepTheirBodies() {
        String shape = Parsing.shape(Parsing.fenced("-> update_stats(sg)", "   ^ for_each_cpu(i) {", "   |   +-> account(i)",
                "   v", "   ^ for_each_node(n) {", "   |   +-> balance(n)", "   v"));
        assertTrue(shape.contains("""
                  call update_stats(sg)
                    loop for_each_cpu(i)
                      call account(i)
                """), shape);
    }

    @Test
    void aChartOfStagesInWordsWithParenthesesIsNoTrace() {
        assertEquals("", read("NIC (hardware)", "   |", "   v", "driver", "   |", "   v", "TCP/IP stack", ""));
        assertEquals("", read("CONNECTING -- on timeout()", "   |", "   v", "RETRYING", "   |", "   v", "CLOSED", ""));
    }

    @Test
    void theParagraphRightAboveAChartIntroducesItAndIsNoStage() {
        assertEquals("""
                root dev_close(dev)
                  call dev_flush(dev)
                  call ring_free(dev)
                """, read("", "the device is closed and freed", "dev_close(dev)", "     |", "     v", " dev_flush(dev)", "     |", "     v",
                " ring_free(dev)", ""));
    }

    @Test
    void aStageOpeningWithWordsInAnotherScriptKeepsTheChart() {
        assertEquals("""
                root dev_close(dev)
                  call dev_flush(dev)
                  prose \u91ca\u653e\u8d44\u6e90 ring_free(dev)
                """, read("dev_close(dev)", "     |", "     v", " dev_flush(dev)", "     |", "     v",
                " \u91ca\u653e\u8d44\u6e90 ring_free(dev)", ""));
    }
}
