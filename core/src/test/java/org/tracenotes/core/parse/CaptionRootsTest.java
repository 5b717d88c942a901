package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A fence that opens with a caption ending in a colon ({@code read path:}, {@code 读流程：}, {@code COW:}) over a
 * tree at the caption's column: the caption is the root, the tree its body ({@link CaptionRoots}). A caption
 * over a flat run of lines heads no tree. Every
 * fragment is made up.
 */
class CaptionRootsTest {

    @Test
    void aTitleInWordsOverATreeAtItsColumnIsTheRoot() {
        for (String title : new String[] {"read path:", "读流程："}) {
            assertEquals("""
                    root %s
                      call read_block(dev)
                        call find_buffer(dev)
                          call hash_of(dev)
                        call submit_read(bh)
                    """.formatted(title), Parsing.shape(Parsing.fenced(
                    title,
                    "read_block(dev)",
                    "  -> find_buffer(dev)",
                    "    -> hash_of(dev)",
                    "  -> submit_read(bh)")), title);
        }
    }

    @Test
    void aCaptionOverAStaircaseAfterABlankLineIsTheRoot() {
        for (String caption : new String[] {"Slow path:", "FAULT:", "慢路径："}) {
            assertEquals("""
                    root %s
                      call fault_entry
                        call fault_walk
                          call fault_fill
                        call fault_done
                    """.formatted(caption), Parsing.shape(Parsing.fenced(
                    caption, "", "fault_entry", "  fault_walk", "    fault_fill", "  fault_done")), caption);
        }
    }

    @Test
    void theCaptionsTreeEndsWhereABlankLineReturnsToItsColumn() {
        assertEquals("""
                root Write path:
                  call write_entry
                    call write_walk
                      call write_fill
                root flush_entry
                  call flush_walk
                """, Parsing.shape(Parsing.fenced(
                "Write path:", "write_entry", "  write_walk", "    write_fill", "", "flush_entry", "  flush_walk")));
    }

    @Test
    void aNameWithAColonIsStillTheRoot() {
        assertEquals("""
                root read_block:
                  call find_buffer(dev)
                  call submit_read(bh)
                """, Parsing.shape(Parsing.fenced("read_block:", "  -> find_buffer(dev)", "  -> submit_read(bh)")));
    }

    @Test
    void aCaptionOverAFlatRunHeadsNoTree() {
        String shape = Parsing.shape(Parsing.fenced("Steps:", "open_dev(d)", "read_dev(d)", "close_dev(d)"));
        assertEquals(false, shape.contains("\n  call open_dev(d)"), shape);
    }
}
