package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The numbers that lead list items ({@link ListNumbers}): the plain number one to three digits long with
 * Markdown's separators or the wide ones, and the line-text readers core uses. Every line is made up.
 */
class ListNumbersTest {

    private static int plain(String line, ListNumbers.Separators separators) {
        NoteLayout layout = new NoteLayout((line + "\n").codePoints().toArray(), false);
        return ListNumbers.plainEnd(layout, 0, separators);
    }

    @Test
    void aPlainNumberEndsPastMarkdownsSeparatorBeforeABlankOrTheLinesEnd() {
        assertEquals(4, plain("  1. open", ListNumbers.Separators.MARKDOWN));
        assertEquals(3, plain("12) open", ListNumbers.Separators.MARKDOWN));
        assertEquals(2, plain("1.", ListNumbers.Separators.MARKDOWN));
        assertEquals(-1, plain("1.open", ListNumbers.Separators.MARKDOWN));
        assertEquals(-1, plain("1234. open", ListNumbers.Separators.MARKDOWN));
        assertEquals(-1, plain("1、open", ListNumbers.Separators.MARKDOWN));
        assertEquals(-1, plain("- 1. open", ListNumbers.Separators.MARKDOWN));
    }

    @Test
    void theWideSeparatorsNeedNoBlankButANumberClosingItsLineIsNone() {
        assertEquals(2, plain("1、打开", ListNumbers.Separators.MARKDOWN_AND_WIDE));
        assertEquals(3, plain("\t2，open", ListNumbers.Separators.MARKDOWN_AND_WIDE));
        assertEquals(2, plain("3. open", ListNumbers.Separators.MARKDOWN_AND_WIDE));
        assertEquals(-1, plain("3.", ListNumbers.Separators.MARKDOWN_AND_WIDE));
        assertEquals(-1, plain("3、", ListNumbers.Separators.MARKDOWN_AND_WIDE));
        assertEquals(-1, plain("3.open", ListNumbers.Separators.MARKDOWN_AND_WIDE));
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
        assertEquals(2, ListNumbers.depth("1.2"));
        assertEquals(-1, ListNumbers.plainEnd("1.2"));
        assertEquals(2, ListNumbers.plainEnd("1."));
    }
}
