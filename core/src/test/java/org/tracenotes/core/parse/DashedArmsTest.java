package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees whose arms are drawn with em or en dashes ({@code |——}, {@code |—}, {@code +––}, {@code ├——},
 * {@code └—}) are read as the same trees drawn with {@code -} and {@code ─}; dashes in prose, tables and
 * text stay as written. Every fragment is made up.
 */
class DashedArmsTest {

    private static final String TREE = """
            gadget_open()
              part_lookup()
                part_find()
              part_open()
                part_attach()
            """;

    @Test
    void emDashArmsAfterBarsAreReadAsDashedArms() {
        assertEquals(TREE, shapeOf("""
                ```
                gadget_open()
                |—— part_lookup()
                |   |—— part_find()
                |—— part_open()
                    |—— part_attach()
                ```
                """));
    }

    @Test
    void singleEmDashAndEnDashArmsAreReadToo() {
        assertEquals(TREE, shapeOf("""
                ```
                gadget_open()
                |— part_lookup()
                |   |— part_find()
                +– part_open()
                    `– part_attach()
                ```
                """));
    }

    @Test
    void emDashArmsAfterBoxDrawnCornersAreReadAsABoxDrawnTree() {
        assertEquals(TREE, shapeOf("""
                ```
                gadget_open()
                ├—— part_lookup()
                │   └—— part_find()
                └—— part_open()
                    └—— part_attach()
                ```
                """));
    }

    @Test
    void anEmDashArrowLeadingItsLineIsReadAsAnArrow() {
        assertEquals("""

                  gadget_open()
                    part_lookup()
                    part_open()
                """, shapeOf("""
                ```
                -> gadget_open()
                   -> part_lookup()
                   —> part_open()
                ```
                """));
        assertEquals("  -> part_open()\n\t-> part_find()", DashedArms.plain("  —> part_open()\n\t–> part_find()"));
        String run = "  ——> part_open()\n";   // a run of dashes: a marker RepeatedMarkers learns when repeated
        assertSame(run, DashedArms.plain(run));
    }

    @Test
    void emDashArrowsBeforeWordsAreProseNotATrace() {
        String text = "Pros of the new design:\n\n—> it is faster\n—> it is simpler\n—> Nobody needs the old flag\n";
        assertSame(text, DashedArms.plain(text));
        assertEquals(0, Parsing.parse(text).traceBlocks().size());
        assertEquals("  -> ops.open\n  -> init()\n  -> a::b", DashedArms.plain("  —> ops.open\n  —> init()\n  —> a::b"));
    }

    @Test
    void anEmDashArrowInProseOrWithNothingAfterItStays() {
        String text = "The lookup —> a hash walk.\n  —>\n— > spaced\n";
        assertSame(text, DashedArms.plain(text));
    }

    @Test
    void aNoteWithoutDashesIsReturnedAsItIs() {
        String text = "gadget_open()\n|-- part_lookup()\n";
        assertSame(text, DashedArms.plain(text));
    }

    @Test
    void dashesInProseTablesAndAtALinesStartStay() {
        String text = """
                The lookup — a hash walk — comes first.
                — a dash leading a line
                | step |——| note |
                `part_open`——the driver's open
                | ——
                """;
        assertSame(text, DashedArms.plain(text));
    }

    @Test
    void theArmKeepsEveryOffsetOfTheLine() {
        assertEquals("|-- part_find()\n│ ├── part_open()", DashedArms.plain("|—— part_find()\n│ ├—— part_open()"));
    }

    private static String shapeOf(String text) {
        Note note = Parsing.parse(text);
        assertEquals(1, note.traceBlocks().size());
        StringBuilder out = new StringBuilder();
        for (String line : Parsing.shape(note).split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            String[] kindAndText = line.stripLeading().split(" ", 2);
            out.append(" ".repeat(indent)).append(kindAndText[1]).append('\n');
        }
        return out.toString();
    }
}
