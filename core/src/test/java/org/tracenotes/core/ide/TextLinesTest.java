package org.tracenotes.core.ide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Offsets to lines and UTF-16 characters and back, as the Language Server Protocol counts them. */
class TextLinesTest {

    @Test
    void positionsCountUtf16UnitsFromTheLineStart() {
        // '𝑥' is two UTF-16 units (a surrogate pair), '页' one
        TextLines t = TextLines.of("ab\n页𝑥c\n");
        assertEquals(3, t.lineCount());
        assertEquals(new TextLines.Position(0, 0), t.position(0));
        assertEquals(new TextLines.Position(0, 2), t.position(2));
        assertEquals(new TextLines.Position(1, 0), t.position(3));
        assertEquals(new TextLines.Position(1, 3), t.position(6), "after the surrogate pair");
        assertEquals(new TextLines.Position(2, 0), t.position(8), "the empty last line");
        assertEquals(6, t.offset(1, 3));
        for (int i = 0; i <= t.text().length(); i++) {
            TextLines.Position p = t.position(i);
            assertEquals(i, t.offset(p.line(), p.character()), "round trip at " + i);
        }
    }

    @Test
    void crlfAndALoneCrEndLinesAndBelongToNoLine() {
        TextLines t = TextLines.of("a\r\nbc\rd");
        assertEquals(3, t.lineCount());
        assertEquals(3, t.lineStart(1));
        assertEquals(5, t.lineEnd(1));
        assertEquals(new TextLines.Position(0, 1), t.position(2), "between \\r and \\n: the end of the line");
        assertEquals(new TextLines.Position(2, 0), t.position(6));
        assertEquals(1, t.offset(0, 99), "a character past the end is the line's end, before the terminator");
        assertEquals(7, t.offset(99, 0), "a line past the last is the end of the text");
        assertEquals(0, t.offset(-1, 5));
    }

    @Test
    void aRangeIsCutIntoOnePiecePerLine() {
        TextLines t = TextLines.of("/* one\r\n two */ x\n");
        assertEquals(List.of(new TextLines.Segment(0, 0, 6), new TextLines.Segment(1, 0, 7)), t.segments(0, 15));
        assertEquals(List.of(new TextLines.Segment(1, 1, 3)), t.segments(9, 3));
        assertEquals(List.of(), t.segments(6, 2), "a terminator alone is no piece");
        assertEquals(List.of(new TextLines.Segment(0, 4, 2)), t.segments(4, 1000).subList(0, 1), "clamped to the text");
    }

    @Test
    void anIncrementalChangeReplacesItsRange() {
        TextLines t = TextLines.of("=> if folio = page_folio(page)\n=> x\n");
        assertEquals("=> if folio == page_folio(page)\n=> x\n",
                t.replace(new TextLines.Position(0, 12), new TextLines.Position(0, 13), "=="));
        assertEquals("=> if folio = page_folio(page)\n=> x\nmore",
                t.replace(new TextLines.Position(2, 0), new TextLines.Position(2, 0), "more"), "insert at the end");
        assertEquals("=> y\n", t.replace(new TextLines.Position(0, 0), new TextLines.Position(1, 4), "=> y"),
                "across lines");
    }
}
