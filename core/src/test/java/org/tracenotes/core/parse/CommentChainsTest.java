package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A call chain written on one line as a {@code //} comment among a fence's code ({@code // open => __sys_open
 * => do_widget_open}) is a root of its own, named after its last link; the code around it stays code (no
 * step). Comments in words, chains of capitals and code with no such comment stay code. Every fragment is
 * made up.
 */
class CommentChainsTest {

    @Test
    void aChainInACommentIsARootNamedAfterItsLastLink() {
        Note note = Parsing.parse("```cpp\n// fs/widget.c\n// open => __sys_open => do_widget_open => widget_lookup\n"
                + "int widget_lookup(struct widget *w)\n{\n\t...\n\tw->state = 1;\n\treturn 0;\n}\n```\n");
        Root root = Parsing.onlyRoot(note);
        assertEquals("widget_lookup", root.name(), Parsing.shape(note));
        assertTrue(root.body().isEmpty(), Parsing.shape(note));
    }

    @Test
    void everyChainCommentOfTheFenceIsARoot() {
        Note note = Parsing.parse("```c\n// read_x() -> vfs_read_x() -> widget_read()\nint a = 1;\n"
                + "// write_x --> vfs_write_x --> widget_write\nint b = 2;\n```\n");
        assertEquals(2, Parsing.onlyBlock(note).roots().size(), Parsing.shape(note));
    }

    @Test
    void commentsInWordsAndStatesStayCode() {
        Note note = Parsing.parse("```c\n// the state goes IDLE -> BUSY -> DONE\nint widget_run(void)\n{\n"
                + "\t// see widget_init -> later\n\treturn 0;\n}\n// TASK_A -> TASK_B -> TASK_C\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void twoPlainNamesInACommentStayCode() {
        Note note = Parsing.parse("```c\n// widget_a -> widget_b\nint x;\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aShellSessionWithArrowsStaysText() {
        Note note = Parsing.parse("```\n$ make\n// building => done\ncc -o app main.c\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }
}
