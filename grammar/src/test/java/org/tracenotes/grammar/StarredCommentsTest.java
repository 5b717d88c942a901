package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A trace kept in a C block comment whose lines are led by {@code *}: in a note's text (a note kept as a
 * {@code .c} file) and in a fence that holds the comment alone, its lines past the {@code *} margins are read
 * as any trace is. Doc comments, comments in words and a name over a list of names stay comments. Every
 * fragment is made up.
 */
class StarredCommentsTest {

    @Test
    void aCallTreeInAStarredCommentIsATrace() {
        NoteLayout layout = layout("// notes\n\n/*\n * foo_fault()\n *   foo_check()\n *   foo_map()\n *     foo_map_one()\n"
                + " *       foo_set()\n */\n");
        assertEquals(NoteLayout.Role.TEXT, layout.role(2));
        assertEquals(NoteLayout.Role.TRACE, layout.role(3));
        assertEquals(NoteLayout.Role.TRACE, layout.role(7));
        assertEquals(NoteLayout.Role.TEXT, layout.role(8));
        assertEquals(3, layout.marginEnd(4));
    }

    @Test
    void arrowsAndTabsAfterTheStarAreReadPastIt() {
        assertEquals(NoteLayout.Role.TRACE, layout("/*\n * bar_entry\n *   -> bar_one()\n *      -> bar_two()\n"
                + " *   -> bar_three()\n */\n").role(2));
        assertEquals(NoteLayout.Role.TRACE, layout("/**\n * baz_run(x)\n *\tbaz_lock(x);\n *\tbaz_walk(x)\n"
                + " *\t\tbaz_step(x);\n *\t\tbaz_leaf(x)\n *\t\t\tbaz_done(x);\n */\n").role(3));
    }

    @Test
    void aTitleInWordsOpensTheCommentAboveItsTree() {
        NoteLayout layout = layout("/*\n * Call flow:\n *\n * foo_fault()\n *   foo_check()\n *   foo_map()\n"
                + " *     foo_map_one()\n */\n");
        assertEquals(NoteLayout.Role.TEXT, layout.role(1));
        assertEquals(NoteLayout.Role.TRACE, layout.role(3));
    }

    @Test
    void aFenceHoldingTheCommentAloneIsATrace() {
        String note = "Text.\n\n```c\n/*\n * foo_fault()\n *   foo_check()\n *   foo_map()\n *     foo_map_one()\n */\n```\n";
        NoteLayout layout = layout(note);
        assertEquals(NoteLayout.Role.TRACE, layout.role(4), note);
        assertEquals(layout.contentEnd(3) - layout.start(3), layout.marginEnd(3), "the `/*` line is margin whole");
    }

    @Test
    void docCommentsAndCommentsInWordsStayComments() {
        assertEquals(NoteLayout.Role.TEXT, layout("/**\n * foo_run - runs foo\n * @x: the thing\n *\n * Locks:\n"
                + " *   foo_lock\n *     foo_inner_lock\n *       foo_leaf_lock\n */\nint foo_run(int x);\n").role(5));
        assertEquals(NoteLayout.Role.TEXT, layout("/*\n * The states are:\n *   idle, when nothing runs\n"
                + " *     then busy, once a request comes\n *       then done\n */\n").role(2));
        assertEquals(NoteLayout.Role.TEXT, layout("/*\n * FooObject\n *\n *  FooObject_GetName\n *  FooObject_GetSize\n"
                + " *  FooObject_SetName\n *  FooObject_Destroy\n */\n").role(3));
        assertEquals(NoteLayout.Role.CODE, layout("Text.\n\n```c\n/*\n * open(): opens the device\n * close(): two cases\n"
                + " *   - closes the device\n *   - closes the memory\n * mmap(): maps memory using the\n *\t   foo_data\n */\n```\n")
                .role(4));
    }

    private static NoteLayout layout(String note) {
        return new NoteLayout(note.codePoints().toArray(), note, false);
    }
}
