package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Steps an author writes with a word or a note around the code: the code's kind. Every fragment is made up. */
class WordedStepKindsTest {

    @Test
    void aGotoWithTheConditionAfterItIsAGoto() {
        assertEquals("""
                root open_port
                  call find_port
                    goto goto not_found  slot == NULL
                      call make_port
                """, Parsing.shape(Parsing.fenced("open_port", "  -> find_port", "    -> goto not_found:  slot == NULL",
                "      -> make_port")));
    }

    @Test
    void aGotoWithACommentAfterItKeepsTheComment() {
        String shape = Parsing.shape(Parsing.fenced("open_port", "  -> find_port", "    -> goto out;  // gives up",
                "  -> close_port"));
        assertEquals(true, shape.contains("goto goto out"), shape);
    }

    @Test
    void setWithAnAssignmentIsAnAssignment() {
        assertEquals("""
                root start_listen
                  call alloc_queue
                  assign set sk->state = LISTENING
                  call hash_port
                """, Parsing.shape(Parsing.fenced("start_listen", "  -> alloc_queue", "  -> set sk->state = LISTENING",
                "  -> hash_port")));
    }

    @Test
    void setInASentenceStaysWords() {
        String shape = Parsing.shape(Parsing.fenced("start_listen", "  -> alloc_queue", "  -> set up the queue",
                "  -> hash_port"));
        assertEquals(true, shape.contains("prose set up the queue"), shape);
    }

    @Test
    void setWithAComparisonStaysWords() {
        String shape = Parsing.shape(Parsing.fenced("start_listen", "  -> alloc_queue", "  -> set x>=3",
                "  -> hash_port"));
        assertEquals(true, shape.contains("prose set x>=3"), shape);
    }
}
