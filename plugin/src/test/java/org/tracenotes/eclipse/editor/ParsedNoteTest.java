package org.tracenotes.eclipse.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.Highlights.Highlight;
import org.tracenotes.core.ide.Highlights.Kind;

/** The colours shown between two parses follow the text: {@link ParsedNote#shift}. */
class ParsedNoteTest {

    private static final List<Highlight> SHOWN = List.of(
            new Highlight(Kind.ARROW, 0, 2),      // "=>"
            new Highlight(Kind.FUNCTION, 3, 8),   // "get_page"
            new Highlight(Kind.COMMENT, 20, 5));

    @Test
    void typingBeforeAHighlightMovesItAndTheOnesAfter() {
        assertEquals(List.of(SHOWN.get(0), new Highlight(Kind.FUNCTION, 6, 8), new Highlight(Kind.COMMENT, 23, 5)),
                ParsedNote.shift(SHOWN, 3, 0, 3));
    }

    @Test
    void typingInsideANameGrowsItsColour() {
        assertEquals(new Highlight(Kind.FUNCTION, 3, 10), ParsedNote.shift(SHOWN, 6, 0, 2).get(1));
    }

    @Test
    void deletingOverAHighlightDropsItUntilTheNextParse() {
        assertEquals(List.of(SHOWN.get(0), new Highlight(Kind.COMMENT, 15, 5)), ParsedNote.shift(SHOWN, 4, 5, 0));
    }

    @Test
    void typingAfterTheLastHighlightChangesNothing() {
        assertEquals(SHOWN, ParsedNote.shift(SHOWN, 25, 0, 7));
        assertEquals(SHOWN.get(1), ParsedNote.shift(SHOWN, 11, 0, 1).get(1), "right after a name, as after a word");
    }

    @Test
    void noHighlightsStayNone() {
        assertEquals(List.<Highlights.Highlight>of(), ParsedNote.shift(List.of(), 0, 0, 1));
    }
}
