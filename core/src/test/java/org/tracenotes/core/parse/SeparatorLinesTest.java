package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A rule drawn across a flow between its stages: a comment line, no step (made-up fragments). */
class SeparatorLinesTest {

    @Test
    void aRuleWithWordsBetweenTheStagesIsNoStage() {
        Parsing.assertShape("""
                root rx_loop()
                  call irq_handler()
                  call softirq_run()
                """,
                "rx_loop()",
                "  \u2192 irq_handler()",
                "  \u2500\u2500\u2500\u2500\u2500 deferred from here \u2500\u2500\u2500\u2500\u2500",
                "  \u2192 softirq_run()");
    }

    @Test
    void rulesOfEveryBoxWeightAreSeparators() {
        assertTrue(SeparatorLines.isSeparator("\u2501\u2501\u2501\u2501\u2501\u2501"));
        assertTrue(SeparatorLines.isSeparator("  \u2550\u2550\u2550 later \u2550\u2550\u2550  "));
    }

    @Test
    void anEdgeOrAShortRuleIsNoSeparator() {
        assertFalse(SeparatorLines.isSeparator("\u2500\u2500 f()"));
        assertFalse(SeparatorLines.isSeparator("\u2500\u2500\u2500 f()"));
        assertFalse(SeparatorLines.isSeparator("\u2500\u2500\u2500\u2500\u2500"));
        assertFalse(SeparatorLines.isSeparator("f() \u2500\u2500\u2500 g()"));
    }

    @Test
    void anAsciiRuleAloneIsASeparatorAndADashedArrowIsNot() {
        assertTrue(SeparatorLines.isSeparator("+++++"));
        assertTrue(SeparatorLines.isSeparator("  ***  "));
        assertTrue(SeparatorLines.isSeparator("__________"));
        assertFalse(SeparatorLines.isSeparator("--- f()"));
        assertFalse(SeparatorLines.isSeparator("-=-=-="));
        assertFalse(SeparatorLines.isSeparator("=="));
    }
}
