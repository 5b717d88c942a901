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

    @Test
    void aMarginSetOnOneLineLeavesTheOtherLinesArrowsAsFound() {
        NoteLayout layout = layoutOf("12 -> map_pages()\n13 -> fill_pages()\n");
        assertEquals(-1, layout.arrowEnd(1));
        layout.margins().setEnd(0, 3);
        assertEquals(5, layout.arrowEnd(0));
        assertEquals(-1, layout.arrowEnd(1));
        layout.margins().setEnd(1, 3);
        assertEquals(5, layout.arrowEnd(1));
    }

    @Test
    void twoLayoutsAskedInTurnAnswerAsEachAskedAlone() {
        String note = "12 -> map_pages()\n~~> read_page()\n- -> open_file()\n";
        NoteLayout alone = layoutOf(note);
        int[] expected = new int[3];
        for (int j = 0; j < 3; j++) {
            alone.arrowEnd(j);
        }
        alone.margins().setEnd(0, 3);
        alone.margins().setLearnedArrow(1, 3, false);
        for (int j = 0; j < 3; j++) {
            expected[j] = alone.arrowEnd(j);
        }
        NoteLayout first = layoutOf(note);
        NoteLayout second = layoutOf(note);
        for (int j = 0; j < 3; j++) {
            first.arrowEnd(j);
            second.arrowEnd(j);
        }
        first.margins().setEnd(0, 3);
        assertEquals(-1, second.arrowEnd(0));   // the other layout's margin moves nothing here
        second.margins().setEnd(0, 3);
        second.margins().setLearnedArrow(1, 3, false);
        assertEquals(-1, first.arrowEnd(1));
        first.margins().setLearnedArrow(1, 3, false);
        for (int j = 0; j < 3; j++) {
            assertEquals(expected[j], first.arrowEnd(j));
            assertEquals(expected[j], second.arrowEnd(j));
        }
    }
}
