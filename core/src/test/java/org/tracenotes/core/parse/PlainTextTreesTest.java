package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees written in a plain-text file, with no fence: a root call over nested bullet items of code,
 * or an ASCII tree ({@code |--}, {@code `--}) of calls. Lists of words and trees of files stay text.
 * Every fragment is made up.
 */
class PlainTextTreesTest {

    private static Note text(String body) {
        return new NoteParser().parse("notes.txt", body);
    }

    @Test
    void bulletItemsOfCodeUnderARootCallAreItsSteps() {
        assertEquals("""
                root mount_disk(dev)
                  call read_super(dev)
                    call check_magic(sb)
                  call set_root(sb)
                    call pin_inode(root)
                """, Parsing.shape(text("""
                Mounting a disk

                mount_disk(dev)
                  * read_super(dev)
                    * check_magic(sb)
                  * set_root(sb)
                    * pin_inode(root)

                That is all.
                """)));
    }

    @Test
    void anAsciiTreeOfCallsIsATrace() {
        assertEquals("""
                root mount_disk()
                  call read_super()
                    call check_magic()
                  call set_root()
                """, Parsing.shape(text("""
                Mounting a disk

                mount_disk()
                |-- read_super()
                |   `-- check_magic()
                `-- set_root()
                """)));
    }

    @Test
    void bulletsOfWordsAndTreesOfFilesStayText() {
        for (String body : new String[] {"""
                Packing
                  - clothes
                    - socks
                  - books
                  - the small_bag
                """, """
                release_notes
                  - The installer checks the disk first.
                    - It warns when the disk is full.
                  - Logging is quieter.
                """, """
                src
                |-- main
                |   |-- app.c
                |   `-- util.c
                `-- README
                """}) {
            assertTrue(text(body).traceBlocks().isEmpty(), body);
        }
    }
}
