package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A fence that opens with a title in words ending in a colon ({@code read path:}, {@code 读流程：}) over
 * the root of its tree: the title is no step. A name with a colon is still read as before. Every
 * fragment is made up.
 */
class FenceTitleLinesTest {

    @Test
    void aTitleInWordsOverTheRootIsNoStep() {
        for (String title : new String[] {"read path:", "读流程："}) {
            assertEquals("""
                    root read_block(dev)
                      call find_buffer(dev)
                        call hash_of(dev)
                      call submit_read(bh)
                    """, Parsing.shape(Parsing.fenced(
                    title,
                    "read_block(dev)",
                    "  -> find_buffer(dev)",
                    "    -> hash_of(dev)",
                    "  -> submit_read(bh)")), title);
        }
    }

    @Test
    void aNameWithAColonIsStillTheRoot() {
        assertEquals("""
                root read_block:
                  call find_buffer(dev)
                  call submit_read(bh)
                """, Parsing.shape(Parsing.fenced("read_block:", "  -> find_buffer(dev)", "  -> submit_read(bh)")));
    }
}
