package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * An HTML {@code <pre>} block is a fence everywhere a fence line is looked for: a long note is not cut
 * inside one, a call item keeps the steps of a {@code <pre>} trace in it, a chain in one under a heading
 * naming a call chain is a chain, and braces wrapping a {@code <pre>} body of an item open no level.
 * Every fragment is made up.
 */
class FenceAndPreLinesTest {

    private static final NoteParser WHOLE = new NoteParser(ParseOptions.defaults(), Integer.MAX_VALUE, true);
    private static final NoteParser EVERY_HEADING = new NoteParser(ParseOptions.defaults(), 1, true);

    private static String shape(String text) {
        return Parsing.shape(Parsing.parse(text));
    }

    @Test
    void aNoteCutInPiecesReadsAPreBlockOfHashLinesAsAWholeParseDoes() {
        String text = """
                # Enabling a widget

                <pre>
                widget_enable(w)
                # echo 1 > /sys/widget/w0/enable
                    widget_power_on(w)
                        widget_poke(w, 1)
                    widget_start(w)
                # echo 0 > /sys/widget/w0/enable
                </pre>

                # After it

                the widget runs.
                """;
        Note whole = WHOLE.parse("pre.md", text);
        assertEquals(1, whole.traceBlocks().size(), Parsing.shape(whole));
        int echo = text.indexOf("# echo");
        for (int[] cut : SectionedParse.cuts(text, 1)) {
            assertTrue(cut[0] < text.indexOf("<pre>") || cut[0] > text.indexOf("</pre>"), "cut inside the <pre> at " + cut[0]);
        }
        assertTrue(echo > 0);
        Note inPieces = EVERY_HEADING.parseInPieces("pre.md", text);
        assertNotNull(inPieces);
        assertEquals(whole, inPieces);
    }

    @Test
    void aPreTraceInACallItemKeepsItsStepsAsAFencedOneDoes() {
        String list = """
                - dev_open(name)
                  - dev_lookup(name)
                    OPEN
                    dev_reset(dev)
                        ring_reset(dev)
                            ring_clear(dev->ring)
                            ring_unmap(dev->ring)
                        ring_start(dev)
                            ring_map(dev->ring)
                    CLOSE
                    - ring_init(dev)
                  - dev_start(dev)
                """;
        String fenced = shape(list.replace("OPEN", "```").replace("CLOSE", "```"));
        assertTrue(fenced.contains("call ring_unmap"), fenced + "\n--\n" + shape(list.replace("OPEN", "<pre>").replace("CLOSE", "</pre>")));
        assertEquals(fenced, shape(list.replace("OPEN", "<pre>").replace("CLOSE", "</pre>")));
    }

    @Test
    void aChainInAPreUnderACallChainHeadingIsAChainAsInAFence() {
        String note = "## call chain\n\nOPEN\nwidget_main()\nwidget_parse(argv)\nwidget_run_all()\nCLOSE\n";
        String fenced = shape(note.replace("OPEN", "```").replace("CLOSE", "```"));
        assertTrue(fenced.contains("    call widget_run_all"), fenced);
        assertEquals(fenced, shape(note.replace("OPEN", "<pre>").replace("CLOSE", "</pre>")));
    }

    @Test
    void bracesWrappingAPreBodyOfAnItemOpenNoLevelAsInAFence() {
        String list = """
                - dev_open(name)
                  - dev_lookup(name)
                    OPEN
                    {
                    dev->state = 0;
                    ring_init(dev);
                    }
                    CLOSE
                  - dev_start(dev)
                """;
        String fenced = shape(list.replace("OPEN", "```c").replace("CLOSE", "```"));
        assertFalse(fenced.contains("{"), fenced);
        assertEquals(fenced, shape(list.replace("OPEN", "<pre>").replace("CLOSE", "</pre>")));
    }

    @Test
    void aCloserTypedInALaterSectionClosesAnEarlierPreAsAWholeParseDoes() {
        NoteParser parser = new NoteParser();
        String before = """
                # One

                <pre>
                widget_enable(w)
                    widget_power_on(w)
                        widget_poke(w, 1)
                    widget_start(w)

                # Two

                widget_done(w)
                """;
        Note note = parser.parse("n.md", before);
        int at = before.length();
        String after = before + "</pre>\n";
        assertEquals(parser.parse("n.md", after), parser.reparse(note, at, at, "</pre>\n"));
        int open = before.indexOf("<pre>");
        String unopened = before.substring(0, open) + before.substring(open + "<pre>\n".length());
        Note closed = parser.parse("n.md", after);
        assertEquals(parser.parse("n.md", unopened + "</pre>\n"), parser.reparse(closed, open, open + "<pre>\n".length(), ""));
    }
}
