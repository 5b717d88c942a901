package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A function's name as a caption (a line of its own or a heading) over a Markdown list of the calls it
 * makes, outside a fence: the items are calls, nested items deeper calls; a caption over items deeper
 * than it is their root. Lists of words, of structures, a module over its API and lists under a heading in
 * words stay text. Every fragment is made up.
 */
class CaptionedCallListsTest {

    @Test
    void aCaptionOverDeeperItemsIsTheirRoot() {
        Note note = Parsing.parse("Some words first.\n\nwidget_handle_request  \n - widget_read_header \n - widget_parse_line\n"
                + "   - widget_parse_token\n - widget_finish\n");
        Root root = Parsing.onlyRoot(note);
        assertEquals("widget_handle_request", root.name(), Parsing.shape(note));
        assertEquals(3, root.body().size(), Parsing.shape(note));
        assertEquals(1, root.body().get(1).children().size(), Parsing.shape(note));
    }

    @Test
    void itemsUnderAHeadingNamingAFunctionAreCalls() {
        Note note = Parsing.parse("### widget_open\n\n- widget_lookup()\n- widget_lock()\n    - spin_lock_x()\n- then it is released\n");
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size(), shape);
        assertEquals(2, Parsing.onlyBlock(note).roots().size(), shape);
        assertEquals(1, Parsing.onlyBlock(note).roots().get(1).body().size(), shape);
    }

    @Test
    void aCaptionInBoldOrCodeCountsToo() {
        Note note = Parsing.parse("`widget_close()`\n  * widget_flush_x\n  * widget_free_x\n");
        assertEquals(2, Parsing.onlyRoot(note).body().size(), Parsing.shape(note));
    }

    @Test
    void listsOfWordsUnderACaptionStayText() {
        Note note = Parsing.parse("### Install\n\n- download the archive\n- run setup_env\n\n### widget_notes\n\n- it is fast\n"
                + "- it is small\n- see widget_open\n\nShopping\n- apples\n- pears\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void structuresAndAModulesApiStayText() {
        Note note = Parsing.parse("### widget_struct\n- widget_t head\n- list_struct\n\nstring_util\n- split(s, sep)\n"
                + "- join(a, b)\n\nCONFIG_WIDGET\n- widget_x\n- widget_y\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aCaptionInsideAParagraphStaysText() {
        Note note = Parsing.parse("The handler is set up here and\nwidget_open\n- widget_lookup\n- widget_lock_x\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aFlatListOfFunctionsUnderAHeadingOrABoldNameIsAModulesApi() {
        Note note = Parsing.parse("# widgetlib\n\n## widget_shutdown\n\n- widget_flush_all()\n- widget_release()\n\n"
                + "**buffer_pool**\n- pool_get()\n- pool_put()\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }
}
