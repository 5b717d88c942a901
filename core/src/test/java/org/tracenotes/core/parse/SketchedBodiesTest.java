package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Definitions cut down to the calls a reader follows, each written without its {@code ;}, elisions
 * between them: a trace of what each function calls, told from listings of C (whose statements end
 * with {@code ;}). Every fragment is made up.
 */
class SketchedBodiesTest {

    @Test
    void definitionsWhoseBodiesAreCallsWithoutSemicolonsAndElisionsAreATrace() {
        Note note = Parsing.parse("""
                ```c
                /* io/gadget.c */
                gadget_alias (libg, gadget_write_impl, gadget_write);

                size_t gadget_write_impl (struct gadget *g, const void *buf, size_t n)
                {
                \t...
                \tgadget_flush()\t// empties the cache // 同 part_flush
                \t...
                \tpart_write()
                }

                // then the device
                size_t part_write (struct gadget *g, const void *buf, ssize_t n)
                {
                \t...
                \t__dev_write()  // the system call
                \t...
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("""
                root size_t gadget_write_impl (struct gadget *g, const void *buf, size_t n)
                  brace {
                """), shape);
        assertTrue(shape.contains("  call gadget_flush()"), shape);
        assertTrue(shape.contains("  call __dev_write()"), shape);
    }

    @Test
    void aDefinitionOfBareCallsWrittenKAndRStyleIsATraceToo() {
        Note note = Parsing.parse("""
                ```
                void board_init(void) {
                    clock_setup()
                    pin_setup()
                    uart_setup()
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void bodiesWithOneStatementOfCStayAListing() {
        Note note = Parsing.parse("""
                ```c
                size_t gadget_write(struct gadget *g, const void *buf, size_t n)
                {
                \t...
                \tgadget_flush()
                \tn = part_write(g, buf, n);
                \tpart_sync()
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void listingsOfCWithElisionsStayListings() {
        Note ended = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g)
                {
                \t...
                \tgadget_reset(g);
                \t...
                \tgadget_start(g);
                }
                ```
                """);
        assertEquals(0, ended.traceBlocks().size());
        // one macro without `;` among them is no sketch
        Note macro = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g)
                {
                \tGADGET_TRACE_ENTER()
                \t...
                }
                ```
                """);
        assertEquals(0, macro.traceBlocks().size());
        // a body inside a body is a statement's: C
        Note nested = Parsing.parse("""
                ```c
                void gadget_poll(struct gadget *g)
                {
                \twhile (busy(g)) {
                \t\tcpu_relax()
                \t\tpart_poll()
                \t}
                }
                ```
                """);
        assertEquals(0, nested.traceBlocks().size());
    }
}
