package org.tracenotes.core.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one normal form conditions are compared in, and the tolerant match of a note's with the source's. */
class ConditionTextTest {

    @Test
    void outerParenthesesAndSpacesDoNotCount() {
        assertEquals("folio==page_folio(page)", ConditionText.normalize("(folio == page_folio(page))"));
        assertEquals("folio==page_folio(page)", ConditionText.normalize("  ((folio ==  page_folio(page)))  "));
    }

    @Test
    void innerParenthesesThatAreNotOuterStay() {
        assertEquals("(a)&&(b)", ConditionText.normalize("(a) && (b)"));
    }

    @Test
    void arrowAndDotAreAlike() {
        assertEquals(ConditionText.normalize("folio->page.flags"), ConditionText.normalize("folio.page->flags"));
    }

    @Test
    void addressAndDereferenceMarksAndCastsAreDropped() {
        assertEquals("!HWPoisonHandlable(folio.page,flags)",
                ConditionText.normalize("!HWPoisonHandlable(&folio->page, flags)"));
        assertEquals("hugetlb", ConditionText.normalize("*hugetlb"));
        assertEquals("f(p)", ConditionText.normalize("f((struct page *)p)"));
    }

    @Test
    void binaryAndLogicalOperatorsStay() {
        assertEquals("flags&MF_COUNT_INCREASED", ConditionText.normalize("flags & MF_COUNT_INCREASED"));
        assertEquals("a&&b", ConditionText.normalize("a && b"));
        assertEquals("a*b>0", ConditionText.normalize("a * b > 0"));
    }

    @Test
    void anAssignmentIsNotAComparison() {
        assertFalse(ConditionText.matches(ConditionText.normalize("folio = page_folio(page)"),
                ConditionText.normalize("folio == page_folio(page)")));
    }

    @Test
    void nullAndBlankAreEmpty() {
        assertEquals("", ConditionText.normalize(null));
        assertEquals("", ConditionText.normalize("   "));
        assertFalse(ConditionText.matches("", ""));
    }

    @Test
    void aNoteMayNameOneOperandOfAnAndOrAnOr() {
        String source = ConditionText.normalize("PageHuge(p) || HWPoisonHandlable(p, flags)");
        assertTrue(ConditionText.matches(ConditionText.normalize("HWPoisonHandlable(p, flags)"), source));
        assertTrue(ConditionText.matches(ConditionText.normalize("PageHuge(p)"), source));
        assertFalse(ConditionText.matches(ConditionText.normalize("PageLRU(p)"), source));
    }

    @Test
    void parenthesesInsideAndDoubleNegationDoNotCount() {
        assertTrue(ConditionText.matches(ConditionText.normalize("(flags & MF_SOFT_OFFLINE) && __PageMovable(page)"),
                ConditionText.normalize("flags & MF_SOFT_OFFLINE && __PageMovable(page)")));
        assertTrue(ConditionText.matches(ConditionText.normalize("!!x"), ConditionText.normalize("x")));
    }

    @Test
    void operandsSplitOnlyAtTheTopLevel() {
        assertEquals(List.of("a", "f(b&&c)"), ConditionText.operands(ConditionText.normalize("a && f(b && c)")));
        assertEquals(List.of(), ConditionText.operands("f(b&&c)"));
    }
}
