package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A tree drawn under a first line in words ({@code user open()}, {@code 用户调用}, {@code the app calls
 * open}): the line is the tree's root, whatever draws the tree below it (box edges, ASCII edges, arrows,
 * indentation). A folder listing or a list of things under a caption stays text. Every fragment is made up.
 */
class WordedRootTreesTest {

    private static final String[] ROOTS = {"user open()", "用户 open()", "the app calls open", "用户调用"};
    private static final String[][] TREES = {
        {"  └─ sys_open", "       └─ do_file_open"},
        {"  |- sys_open", "     |- do_file_open"},
        {"  -> sys_open", "      -> do_file_open"},
        {"  +-> sys_open", "       +-> do_file_open"},
        {"  --> sys_open", "        --> do_file_open"},
        {"  → sys_open", "     → do_file_open"},
        {"    sys_open", "        do_file_open"},
    };

    @Test
    void aRootInWordsHoldsTheTreeDrawnUnderIt() {
        for (String root : ROOTS) {
            for (String[] tree : TREES) {
                Note note = Parsing.fenced(root, tree[0], tree[1]);
                String shape = Parsing.shape(note);
                assertTrue(shape.startsWith("root "), root + " / " + tree[0] + "\n" + shape);
                assertEquals(1, Parsing.onlyRoot(note).body().size(), shape);
                assertEquals(1, Parsing.firstStep(note).children().size(), shape);
            }
        }
    }

    @Test
    void aBoxTreeUnderASentenceIsATreeInAnyFence() {
        Note note = Parsing.parse("```text\nthe reader asks for a page\n  ├─ fetch_page\n  │   └─ read_block\n  └─ map_page\n```\n");
        assertEquals(2, Parsing.onlyRoot(note).body().size(), Parsing.shape(note));
    }

    @Test
    void aFolderListingUnderACaptionStaysText() {
        Note note = Parsing.parse("```text\nProject layout here\n  ├─ src\n  │   └─ main\n  └─ docs\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aListOfThingsUnderACaptionStaysText() {
        Note note = Parsing.parse("```\nwhat to buy\n  ├─ apples\n  └─ pears\n```\n\n```\nSteps to install\n    download_pkg\n"
                + "        run_it\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aShellSessionStaysText() {
        Note note = Parsing.parse("```\n$ make all\n    cc -c main.c\n        ld -o app main.o\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }
}
