package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.ide.Highlights.Highlight;
import org.tracenotes.core.ide.Highlights.Kind;

/** Highlights moved by an edit, and what changed between two parses. */
class HighlightEditsTest {

    private static final List<Highlight> SHOWN = List.of(new Highlight(Kind.ARROW, 0, 2),
            new Highlight(Kind.FUNCTION, 3, 8), new Highlight(Kind.COMMENT, 20, 5));

    @Test
    void anInsertionBeforeAHighlightMovesIt() {
        assertEquals(new Highlight(Kind.COMMENT, 24, 5), HighlightEdits.shift(SHOWN, 12, 0, 4).get(2));
    }

    @Test
    void aDeletionAcrossAHighlightDropsIt() {
        assertEquals(List.of(SHOWN.get(0), new Highlight(Kind.COMMENT, 16, 5)), HighlightEdits.shift(SHOWN, 2, 4, 0));
    }

    @Test
    void theSameHighlightsChangeNothing() {
        assertEquals(Optional.empty(), HighlightEdits.changed(SHOWN, List.copyOf(SHOWN)));
    }

    @Test
    void theChangedSpanRunsFromTheFirstToTheLastHighlightThatDiffers() {
        List<Highlight> after = List.of(SHOWN.get(0), new Highlight(Kind.FUNCTION, 3, 6), new Highlight(Kind.KEYWORD, 12, 2),
                SHOWN.get(2));
        assertEquals(Optional.of(new HighlightEdits.Span(3, 14)), HighlightEdits.changed(SHOWN, after));
    }

    @Test
    void aHighlightGoneAtTheEndIsChanged() {
        assertEquals(Optional.of(new HighlightEdits.Span(20, 25)), HighlightEdits.changed(SHOWN, SHOWN.subList(0, 2)));
    }

    @Test
    void typingBeforeAHighlightMovesItAndTheOnesAfter() {
        assertEquals(List.of(SHOWN.get(0), new Highlight(Kind.FUNCTION, 6, 8), new Highlight(Kind.COMMENT, 23, 5)),
                HighlightEdits.shift(SHOWN, 3, 0, 3));
    }

    @Test
    void typingInsideANameGrowsItsColour() {
        assertEquals(new Highlight(Kind.FUNCTION, 3, 10), HighlightEdits.shift(SHOWN, 6, 0, 2).get(1));
    }

    @Test
    void deletingOverAHighlightDropsItUntilTheNextParse() {
        assertEquals(List.of(SHOWN.get(0), new Highlight(Kind.COMMENT, 15, 5)), HighlightEdits.shift(SHOWN, 4, 5, 0));
    }

    @Test
    void typingAfterTheLastHighlightChangesNothing() {
        assertEquals(SHOWN, HighlightEdits.shift(SHOWN, 25, 0, 7));
        assertEquals(SHOWN.get(1), HighlightEdits.shift(SHOWN, 11, 0, 1).get(1), "right after a name, as after a word");
    }

    @Test
    void noHighlightsStayNone() {
        assertEquals(List.<Highlights.Highlight>of(), HighlightEdits.shift(List.of(), 0, 0, 1));
    }
}
