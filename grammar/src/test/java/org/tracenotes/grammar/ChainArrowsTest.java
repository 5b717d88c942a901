package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one reading of a chain arrow along a line that the chain readers share (made-up fragments). */
class ChainArrowsTest {

    private static int endAt(String s, int i) {
        return ChainArrows.endAt(s, i, s.length());
    }

    @Test
    void dashAndEqualsShaftsOfAnyLengthEndInAHead() {
        assertEquals(4, endAt("a -> b", 2));
        assertEquals(5, endAt("a --> b", 2));
        assertEquals(4, endAt("a => b", 2));
        assertEquals(5, endAt("a ==> b", 2));
        assertEquals(7, endAt("a ----> b", 2));
    }

    @Test
    void theUnicodeArrowIsAChainArrow() {
        assertEquals(3, endAt("a → b", 2));
        assertEquals(4, endAt("f()→g()", 3));
    }

    @Test
    void aSingleDashArrowAfterANameIsAMembersAccess() {
        assertEquals(-1, endAt("dev->ops", 3));
        assertEquals(-1, endAt("slot[i]->next", 7));
        assertEquals(-1, endAt("x = y->z", 5));
    }

    @Test
    void aSingleDashArrowAfterACallABacktickOrABlankIsAHop() {
        assertEquals(5, endAt("f()->g()", 3));
        assertEquals(5, endAt("`f`->g", 3));
        assertEquals(2, endAt("->g", 0));
    }

    @Test
    void longerArrowsJoinLinksWhereverTheyStand() {
        assertEquals(5, endAt("f()=>g()", 3));
        assertEquals(4, endAt("a-->b", 1));
        assertEquals(3, endAt("a=>b", 1));
    }

    @Test
    void noArrowStartsInsideAShaftOrWithoutAHead() {
        assertEquals(-1, endAt("a --> b", 3));
        assertEquals(-1, endAt("a -- b", 2));
        assertEquals(-1, endAt("a > b", 2));
        assertEquals(-1, endAt("a =-> b", 2));
        assertEquals(-1, endAt("a >= b", 3));
    }

    @Test
    void theLeadingArrowIsFoundPastBlanks() {
        assertEquals(4, ChainArrows.leadingEnd("  -> f()"));
        assertEquals(3, ChainArrows.leadingEnd("  → f()"));
        assertEquals(-1, ChainArrows.leadingEnd("f() -> g()"));
        assertEquals(-1, ChainArrows.leadingEnd("   "));
    }

    @Test
    void aChainIsSplitAtItsArrowsOnly() {
        assertEquals(List.of("open_file()", "walk_path()", "find_slot()"),
                ChainLinkTexts.split("open_file() → walk_path() ==> find_slot()"));
        assertEquals(List.of("tbl->lock", "grab_entry()"), ChainLinkTexts.split("tbl->lock -> grab_entry()"));
        assertEquals(List.of("f()", "g()", "h()"), ChainLinkTexts.split("f()=>g()->h()"));
    }
}
