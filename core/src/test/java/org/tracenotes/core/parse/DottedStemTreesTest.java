package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Drawn trees whose stems are dotted, a {@code :} below each connector with later siblings
 * ({@code :  +- f()}): the {@code :} is margin like a {@code |} stem. A {@code :} before words is text.
 * Every fragment is made up.
 */
class DottedStemTreesTest {

    @Test
    void aColonStemIsMarginLikeABar() {
        assertEquals("""
                root mount_disk()
                  call read_super()
                    call check_magic()
                    call load_bitmap()
                      call alloc_map()
                  call set_root()
                """, Parsing.shape(Parsing.fenced(
                "mount_disk()",
                "+- read_super()",
                ":  +- check_magic()",
                ":  +- load_bitmap()",
                ":     +- alloc_map()",
                "+- set_root()")));
    }

    @Test
    void aColonBeforeWordsIsNoStem() {
        assertEquals("""
                root mount_disk()
                  call read_super()
                  prose : reads the first block
                  call set_root()
                """, Parsing.shape(Parsing.fenced(
                "mount_disk()",
                "  -> read_super()",
                "  : reads the first block",
                "  -> set_root()")));
    }
}
