package org.tracenotes.cli.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The pause between a change and its lint: the median of the document's last lints, within bounds. */
class LintDebounceTest {

    private static long ms(long ms) {
        return TimeUnit.MILLISECONDS.toNanos(ms);
    }

    @Test
    void beforeAnyLintIsTimedThePauseIsTheLongest() {
        LintDebounce d = new LintDebounce(-1);
        assertTrue(d.adaptive());
        assertEquals(LintDebounce.MAX_MS, d.delayMs("file:///a.md"));
    }

    @Test
    void thePauseIsTheMedianOfTheLastThreeLintsWithinBounds() {
        LintDebounce d = new LintDebounce(-1);
        String a = "file:///a.md";
        d.took(a, ms(900));            // the first lint, on a cold JVM
        assertEquals(200, d.delayMs(a));
        d.took(a, ms(40));
        d.took(a, ms(30));
        assertEquals(40, d.delayMs(a), "median of 900, 40, 30");
        d.took(a, ms(35));
        assertEquals(35, d.delayMs(a), "median of 40, 30, 35: the 900 is forgotten");
        d.took(a, ms(2));
        d.took(a, ms(1));
        assertEquals(LintDebounce.MIN_MS, d.delayMs(a), "never under the shortest pause");
        d.took(a, ms(5_000));
        d.took(a, ms(4_000));
        assertEquals(LintDebounce.MAX_MS, d.delayMs(a), "never over the longest pause");
        assertEquals(LintDebounce.MAX_MS, d.delayMs("file:///b.md"), "each document its own");
        d.forget(a);
        assertEquals(LintDebounce.MAX_MS, d.delayMs(a));
    }

    @Test
    void aFixedPauseIsKeptWhateverTheLintsTake() {
        LintDebounce d = new LintDebounce(0);
        assertFalse(d.adaptive());
        d.took("u", ms(500));
        assertEquals(0, d.delayMs("u"));
        assertEquals(200, new LintDebounce(200).delayMs("u"));
    }

    @Test
    void theSystemPropertyFixesThePause() {
        String before = System.getProperty(LintDebounce.PROPERTY);
        try {
            System.setProperty(LintDebounce.PROPERTY, "0");
            assertEquals(0, LintDebounce.fromSystemProperty().delayMs("u"));
            System.setProperty(LintDebounce.PROPERTY, "adaptive");
            assertTrue(LintDebounce.fromSystemProperty().adaptive());
            System.setProperty(LintDebounce.PROPERTY, "soon");
            assertTrue(LintDebounce.fromSystemProperty().adaptive(), "not a number: the default");
        } finally {
            if (before == null) {
                System.clearProperty(LintDebounce.PROPERTY);
            } else {
                System.setProperty(LintDebounce.PROPERTY, before);
            }
        }
    }
}
