package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * An elision ({@code ...}, {@code …}) after a drawn prefix the block repeats ({@code |- f()}, {@code +- f()}):
 * the author left a body out, one level below the step above it, so the elision stands where its text
 * starts, as its siblings' names do. An elision is no evidence that a block is a tree. Every fragment is made up.
 */
class ElidedLeavesUnderDrawnPrefixesTest {

    @Test
    void anElisionOneLevelBelowAStepIsThatStepsBody() {
        Parsing.assertShape("""
                root serve(rq)
                  call parse_rq(rq)
                    call read_hdr(rq)
                      prose ...
                  call reply(rq)
                """,
                "serve(rq)",
                "  |- parse_rq(rq)",
                "    |- read_hdr(rq)",
                "      |- ...",
                "  |- reply(rq)");
    }

    @Test
    void anElisionAfterARemarkStillBelongsToTheStepAbove() {
        Parsing.assertShape("""
                root serve(rq)
                  call parse_rq(rq)
                  call send_rq(rq)
                    prose ...
                  call reply(rq)
                """,
                "serve(rq)",
                "  |- parse_rq(rq)",
                "  |- send_rq(rq)",
                "    // the socket part",
                "    |- ...",
                "  |- reply(rq)");
    }

    @Test
    void anEllipsisCharacterOrWordsAfterTheDotsAreElisionsToo() {
        Parsing.assertShape("""
                root serve(rq)
                  call parse_rq(rq)
                    prose …
                  call send_rq(rq)
                    prose ... the rest of the queue
                  call reply(rq)
                """,
                "serve(rq)",
                "  +- parse_rq(rq)",
                "    +- …",
                "  +- send_rq(rq)",
                "    +- ... the rest of the queue",
                "  +- reply(rq)");
    }

    @Test
    void anElisionOnADottedStemStandsUnderTheStepAbove() {
        Parsing.assertShape("""
                root serve(rq)
                  call parse_rq(rq)
                  call send_rq(rq)
                    call push_rq(rq)
                      prose ...
                  call reply(rq)
                """,
                "serve(rq)",
                "+- parse_rq(rq)",
                "+- send_rq(rq)",
                ":  +- push_rq(rq)",
                ":     +- ...",
                "+- reply(rq)");
    }

    @Test
    void linesOfOnlyElisionsAfterBarsAreNoTree() {
        String text = """
                # Output

                ```
                |- ...
                |- ...
                |- ...
                |- ...
                ```
                """;
        assertTrue(Parsing.parse(text).traceBlocks().stream().allMatch(b -> b.roots().isEmpty()),
                () -> Parsing.shape(Parsing.parse(text)));
    }
}
