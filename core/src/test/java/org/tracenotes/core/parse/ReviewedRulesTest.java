package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * The same reading whatever stands beside a line: a last item in words is a step whether or not the
 * item above it has children; a list whose deeper items are only words is no call tree; names over
 * prototypes are an API summary, no trace. Every fragment is made up.
 */
class ReviewedRulesTest {

    @Test
    void aLastItemInWordsIsAStepWhetherOrNotTheItemAboveHasChildren() {
        String tree = """
                start_queue(q)
                    - queue_init(q)
                        - queue_alloc(q)
                        - queue_fill(q)
                    - queue_start(q)
                        - take_lock(q)
                CHILD
                        - it kicks the queue
                """;
        String bare = Parsing.shape(Parsing.parse("```\n" + tree.replace("CHILD\n", "") + "```\n"));
        String withChild = Parsing.shape(Parsing.parse("```\n" + tree.replace("CHILD", "            - spin_lock(&q->lock)") + "```\n"));
        assertTrue(bare.contains("prose it kicks the queue"), bare + "\n--\n" + withChild);
        assertTrue(withChild.contains("prose it kicks the queue"), bare + "\n--\n" + withChild);
    }

    @Test
    void aListWhoseDeeperItemsAreWordsIsNoCallTree() {
        Note note = Parsing.fenced("widget_api", "  - widget_register(w)", "    - now returns -EBUSY while probing",
                "  - widget_unregister(w)", "    - waits for the last user", "  - widget_lookup(name)");
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aNameOverPrototypesIsNoTrace() {
        Note note = Parsing.parse("""
                ```c
                widget_core
                    int widget_register(struct widget *w);
                    void widget_unregister(struct widget *w);
                    struct widget *widget_lookup(const char *name);
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aNameOverCallsBesideAPrototypeIsStillATrace() {
        Note note = Parsing.parse("""
                ```c
                widget_core_init()
                \tint widget_check(struct widget *w);
                \twidget_iter_init(&it, list);
                \twidget_iter_exit(&it);
                ```
                """);
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
    }
}
