package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A legend over a trace explains its marks and is no step of it. Every fragment is made up. */
class LegendLinesTest {

    @Test
    void aLegendParagraphOpeningTheFenceIsNoStep() {
        Parsing.assertShape("""
                root ring_open()
                  call ring_alloc(r)
                  call ring_zero(r)
                """,
                "Legend:",
                "--> the function above calls this one",
                "",
                "ring_open()",
                "-->  ring_alloc(r)",
                "-->  ring_zero(r)");
    }

    @Test
    void aKeyInWordsOverAnIndentedTreeIsNoStep() {
        Parsing.assertShape("""
                root ring_open()
                  call ring_alloc(r)
                    call ring_fill(r)
                """,
                "Key:",
                "indented = called by the line above",
                "",
                "ring_open()",
                "  ring_alloc(r)",
                "    ring_fill(r)");
    }

    @Test
    void aLabelNamedKeyInsideTheTreeKeepsItsLines() {
        Parsing.assertShape("""
                root ring_open()
                  call ring_alloc(r)
                  call key:
                    call ring_fill(r)
                root ring_close()
                """,
                "ring_open()",
                "  ring_alloc(r)",
                "  key:",
                "    ring_fill(r)",
                "",
                "ring_close()");
    }
}
