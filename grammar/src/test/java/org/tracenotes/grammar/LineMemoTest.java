package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The per-line facts a layout keeps ({@link LineMemo}) answer what finding them again would answer. */
class LineMemoTest {

    private static NoteLayout layoutOf(String note) {
        return new NoteLayout(note.codePoints().toArray(), true);
    }

    @Test
    void aLineAskedTwiceIsAnsweredAlikeBothTimes() {
        NoteLayout layout = layoutOf("- -> open_file()\n   \t\nplain words\n");
        for (int round = 0; round < 2; round++) {
            assertEquals(1, ListItemMarkers.bulletEnd(layout, 0));
            assertEquals(4, layout.arrowEnd(0));
            assertFalse(layout.blank(0));
            assertTrue(layout.blank(1));
            assertEquals(-1, ListItemMarkers.bulletEnd(layout, 2));
            assertEquals(-1, layout.arrowEnd(2));
        }
    }

    @Test
    void anArrowLearnedAfterTheLineWasAskedIsFoundOnTheNextAsking() {
        NoteLayout layout = layoutOf("~~> read_page()\n~~> fill_page()\n");
        assertEquals(-1, layout.arrowEnd(0));
        layout.margins().setLearnedArrow(0, 3, false);
        assertEquals(3, layout.arrowEnd(0));
        assertEquals(-1, layout.arrowEnd(1));
    }

    @Test
    void aMarginSetAfterTheLineWasAskedMovesItsArrow() {
        NoteLayout layout = layoutOf("12 -> map_pages()\n");
        assertEquals(-1, layout.arrowEnd(0));
        layout.margins().setEnd(0, 3);
        assertEquals(5, layout.arrowEnd(0));
    }
}
