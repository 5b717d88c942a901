package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Names nested under a caption that speaks of a lock order ({@code Lock ordering:}, {@code Locking order:},
 * {@code Lock hierarchy in widgets:}) are the order locks nest in, not a call tree: in a C comment, in a fence,
 * in an indented block under the caption. A tree under such a caption whose lines call stays a tree, and so
 * does a tree of functions that take locks with no caption. Every fragment is made up.
 */
class LockOrderListsTest {

    @Test
    void aStarredLockOrderStaysAComment() {
        assertNoTrace("```c\n/*\n * Locking order:\n *   tree_lock\n *     leaf_lock\n *       node_lock\n */\n```\n");
        assertNoTrace("```c\n/*\n * Lock hierarchy in widgets:\n *\n *  widget->w_rwsem\n *    dev->lock\n"
                + " *      queue_lock\n *        stats_lock\n */\n```\n");
        assertNoTrace("# Locks\n\n/*\n * Lock order:\n *   tree_lock\n *     leaf_lock\n *       node_lock\n */\n");
    }

    @Test
    void aCaptionedLockOrderStaysText() {
        assertNoTrace("```\nlock ordering:\n  tree_lock\n    leaf_lock\n      node_lock\n```\n");
        assertNoTrace("# Locks\n\nLock nesting:\n\n    tree_lock\n      leaf_lock\n        node_lock\n");
    }

    @Test
    void aTreeThatCallsUnderTheCaptionIsStillATree() {
        Note note = Parsing.parse("```\nLock order:\n  widget_lock()\n    leaf_lock()\n      node_lock()\n```\n");
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aTreeOfFunctionsThatTakeLocksIsStillATree() {
        Note note = Parsing.parse("```\nwidget_lock\n    __widget_lock\n        __widget_lock_common\n"
                + "            widget_sleep\n```\n");
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), text + Parsing.shape(note));
    }
}
