package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A rule drawn alone across a line, in each meaning's characters (made-up lines). */
class RuleLinesTest {

    private static boolean rule(String line, String chars, int min) {
        int[] t = line.codePoints().toArray();
        boolean byCodePoints = RuleLines.isRuleLine(t, 0, t.length, chars, min);
        boolean byChars = RuleLines.isRuleLine(line, chars, min);
        assertTrue(byCodePoints == byChars, "both readers agree on '" + line + "'");
        return byChars;
    }

    @Test
    void aDividerIsOneAsciiCharacterRepeatedAlone() {
        assertTrue(rule("-----", RuleLines.DIVIDER, 3));
        assertTrue(rule("  +++++++  ", RuleLines.DIVIDER, 3));
        assertTrue(rule("*****", RuleLines.DIVIDER, 3));
        assertTrue(rule("_____", RuleLines.DIVIDER, 3));
        assertFalse(rule("--", RuleLines.DIVIDER, 3));
        assertFalse(rule("-=-=-=", RuleLines.DIVIDER, 3));
        assertFalse(rule("--- next_step()", RuleLines.DIVIDER, 3));
        assertFalse(rule("─────", RuleLines.DIVIDER, 3));
    }

    @Test
    void aLabelRuleMayBeDrawnInBoxLinesButNotInPlusSigns() {
        assertTrue(rule("━━━━━━━━━━━━", RuleLines.LABEL_RULE, 10));
        assertTrue(rule("____________", RuleLines.LABEL_RULE, 10));
        assertFalse(rule("++++++++++++", RuleLines.LABEL_RULE, 10));
        assertFalse(rule("=====", RuleLines.LABEL_RULE, 10));
    }

    @Test
    void anUnderlineIsEqualsSignsOrDashes() {
        assertTrue(rule("===", RuleLines.UNDERLINE, 3));
        assertTrue(rule("-------", RuleLines.UNDERLINE, 3));
        assertFalse(rule("*****", RuleLines.UNDERLINE, 3));
        assertFalse(rule("", RuleLines.UNDERLINE, 3));
        assertFalse(rule("   ", RuleLines.UNDERLINE, 3));
    }
}
