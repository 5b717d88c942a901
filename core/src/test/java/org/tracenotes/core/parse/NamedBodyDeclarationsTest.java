package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** A name alone over its body's statements, declarations with a value among them (made-up fragments). */
class NamedBodyDeclarationsTest {

    @Test
    void aDeclarationWithAValueIsAStatementOfTheNamedBody() {
        Note note = Parsing.parse("""
                ```c
                fill_ring_buf
                \t\tconst unsigned char *from = ring_addr(r, tail);
                \t\t\t\t\t\t// the slot it reads
                \t\tn = copy_out(buf, from, len);
                ```
                """);
        assertEquals("""
                root fill_ring_buf
                  assign const unsigned char *from = ring_addr(r, tail)
                  assign n = copy_out(buf, from, len)
                """, Parsing.shape(note));
    }

    @Test
    void declarationsOfAListingStayAListing() {
        Note note = Parsing.parse("""
                ```c
                static int ring_size = 64;
                int ring_init(struct ring *r)
                {
                \tint n = ring_size;
                \tstruct page *p = alloc_pages(n);
                \treturn p ? 0 : -ENOMEM;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }
}
