package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** An item's text opening with a quote mark ({@link QuotedItems}), read alike by code points and by chars (made-up texts). */
class QuotedItemsTest {

    private static boolean opens(String text) {
        int[] t = text.codePoints().toArray();
        boolean byCodePoints = QuotedItems.opensWithQuote(t, 0, t.length);
        boolean byChars = QuotedItems.opensWithQuote(text, 0);
        assertEquals(byCodePoints, byChars, "both readers agree on '" + text + "'");
        return byChars;
    }

    @Test
    void aQuoteMarkAndABlankOpenAQuotedStep() {
        assertTrue(opens("> 取得设备"));
        assertTrue(opens(">\tcall dev_bind"));
        assertTrue(opens(">  wait for it"));
    }

    @Test
    void anArrowAComparisonOrALoneMarkOpenNone() {
        assertFalse(opens("->x"));
        assertFalse(opens(">= 4"));
        assertFalse(opens(">"));
        assertFalse(opens("dev_bind >"));
        assertFalse(opens(""));
    }
}
