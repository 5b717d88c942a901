package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A staircase, then the quoted definition it reads, whose statements are indented by tabs (eight wide:
 * the wrapped conditions are aligned for eight) and whose author's own lines ({@code ....}, a statement
 * typed in) by two spaces: both hands stand at one level of the body. Every fragment is made up.
 */
class TabLedBodyLinesTest {

    private static final String STAIRCASE = String.join("\n",
            "ring_push",
            "  ring_next",
            "    ring_step",
            "  ring_kick",
            "    ring_wake",
            "");

    private static final String STAIRCASE_SHAPE = """
            root ring_push
              call ring_next
                call ring_step
              call ring_kick
                call ring_wake
            """;

    private static String shapeOf(String... definition) {
        return Parsing.shape(Parsing.parse("```\n" + STAIRCASE + "\n" + String.join("\n", definition) + "\n```\n"));
    }

    @Test
    void aTabLedStatementUnderTheAuthorsSpacedElisionIsTheBodysNextStatement() {
        assertEquals(STAIRCASE_SHAPE + """
                root static int ring_push(struct ring *r)
                  brace {
                  prose ....
                  assign r->head = ring_next(r)
                  prose ....
                  if if (r->full && r->busy)
                    return return ring_wait(r, 0)
                  call ring_kick(r)
                  brace }
                """, shapeOf(
                "static int ring_push(struct ring *r)",
                "{",
                "  ....",
                "\tr->head = ring_next(r);",
                "  ....",
                "\tif (r->full &&",
                "\t    r->busy)",
                "\t\treturn ring_wait(r,",
                "\t\t    0);",
                "\tring_kick(r);",
                "}"));
    }

    @Test
    void aTabLedLineUnderASpacedStatementEndedBySemicolonIsItsSibling() {
        assertEquals(STAIRCASE_SHAPE + """
                root static void ring_drain(struct ring *r)
                  brace {
                  call ring_lock(r)
                  if if (ring_empty(r) && r->busy)
                    return return ring_wait(r, 0)
                  call ring_unlock(r)
                  brace }
                """, shapeOf(
                "static void ring_drain(struct ring *r)",
                "{",
                "  ring_lock(r);",
                "\tif (ring_empty(r) &&",
                "\t    r->busy)",
                "\t\treturn ring_wait(r,",
                "\t\t    0);",
                "\tring_unlock(r);",
                "}"));
    }

    @Test
    void aTabLedLineUnderASpacedIfStaysInItsBody() {
        assertEquals(STAIRCASE_SHAPE + """
                root static void ring_flush(struct ring *r)
                  brace {
                  if if (ring_full(r))
                    return return ring_wait(r, 0)
                  prose ....
                  if if (r->full && r->busy)
                    call ring_kick(r)
                  brace }
                """, shapeOf(
                "static void ring_flush(struct ring *r)",
                "{",
                "  if (ring_full(r))",
                "\t\treturn ring_wait(r,",
                "\t\t    0);",
                "  ....",
                "\tif (r->full &&",
                "\t    r->busy)",
                "\t\tring_kick(r);",
                "}"));
    }

    @Test
    void aBodyIndentedBySpacesAloneKeepsItsColumns() {
        assertEquals(STAIRCASE_SHAPE + """
                root static void ring_fill(struct ring *r)
                  brace {
                  prose ....
                    call ring_step(r)
                  brace }
                """, shapeOf(
                "static void ring_fill(struct ring *r)",
                "{",
                "  ....",
                "        ring_step(r);",
                "}"));
    }
}
