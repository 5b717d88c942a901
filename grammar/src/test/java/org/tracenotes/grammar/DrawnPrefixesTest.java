package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Where a drawn prefix before a line's text ends ({@link RepeatedMarkers#drawnPrefixEnd}). Fragments are made up. */
class DrawnPrefixesTest {

    @Test
    void underscoresDrawnAfterABarArePartOfThePrefix() {
        assertEquals(7, RepeatedMarkers.drawnPrefixEnd("|______step_one()"));
    }

    @Test
    void underscoresRightAfterDashesThatRunIntoANameAreTheNames() {
        assertEquals(2, RepeatedMarkers.drawnPrefixEnd("--_leave(0)"));
        assertEquals(5, RepeatedMarkers.drawnPrefixEnd("  ---__free_one(p)"));
    }

    @Test
    void underscoresAfterDashesThatRunIntoABlankAreDrawn() {
        assertEquals(6, RepeatedMarkers.drawnPrefixEnd("--___ step_two()"));
    }

    @Test
    void aLineWithNoDrawnMarkHasNoPrefix() {
        assertEquals(-1, RepeatedMarkers.drawnPrefixEnd("  step_three()"));
    }
}
