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
}
