package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The numbers that lead list items ({@link ListNumbers}): the plain number one to three digits long with
 * Markdown's separators or the wide ones, and the line-text readers core uses. Every line is made up.
 */
class ListNumbersTest {

    /** Asserts where the plain number leading {@code line} ends with Markdown's separators and with the wide ones too. */
    private static void assertPlain(String line, int markdown, int withWide) {
        NoteLayout layout = new NoteLayout((line + "\n").codePoints().toArray(), false);
        assertEquals(markdown, ListNumbers.plainEnd(layout, 0, ListNumbers.Separators.MARKDOWN), line);
        assertEquals(withWide, ListNumbers.plainEnd(layout, 0, ListNumbers.Separators.MARKDOWN_AND_WIDE), line);
    }

    @Test
    void aPlainNumberEndsPastASeparatorOfItsSet() {
        assertPlain("  1. open", 4, 4);
        assertPlain("12) open", 3, 3);
        assertPlain("1.", 2, -1);   // Markdown's number may close its line, a section's may not
        assertPlain("1.open", -1, -1);
        assertPlain("1234. open", -1, -1);
        assertPlain("1、打开", -1, 2);   // the wide separators want no blank after them
        assertPlain("\t2，open", -1, 3);
        assertPlain("3、", -1, -1);
        assertPlain("- 1. open", -1, -1);
    }

    @Test
    void aLinesTextGivesItsNumbersEndInChars() {
        assertEquals(4, ListNumbers.plainEnd(" 12. 𝑓 open"));
        assertEquals(3, ListNumbers.plainEnd("12)"));
        assertEquals(-1, ListNumbers.plainEnd("1.2 open"));
        assertEquals(-1, ListNumbers.plainEnd("open 1."));
        assertEquals(3, ListNumbers.end("1.2 open"));
        assertEquals(2, ListNumbers.end("\t①f"));
        assertEquals(-1, ListNumbers.end("\t①𝑓"));
        assertEquals(-1, ListNumbers.end("1 page"));
        assertEquals(-1, ListNumbers.end("1."));
    }

    @Test
    void aDottedNumberSaysHowDeepItsItemStands() {
        assertEquals(3, ListNumbers.depth("  1.2.10. open"));
        assertEquals(1, ListNumbers.depth("1. open"));
        assertEquals(1, ListNumbers.depth("1."));
        assertEquals(1, ListNumbers.depth("open 1.2"));
    }

    @Test
    void aLineLongerThanTheLastIsReadWholeAndAShorterOneAfterItAlone() {
        String longLine = "\t1.2.3 " + "widget_open(w) ".repeat(20) + "𝑓";
        assertEquals(3, ListNumbers.depth(longLine));
        assertEquals(6, ListNumbers.end(longLine));
        String hugeLine = "\t1.2.3 " + "widget_open(w) ".repeat(400) + "𝑓";   // past the kept buffer: read into its own
        assertEquals(3, ListNumbers.depth(hugeLine));
        assertEquals(6, ListNumbers.end(hugeLine));
        assertEquals(2, ListNumbers.plainEnd("1. " + "x".repeat(5000)));
        assertEquals(2, ListNumbers.depth("1.2"));
        assertEquals(-1, ListNumbers.plainEnd("1.2"));
        assertEquals(2, ListNumbers.plainEnd("1."));
    }
}
