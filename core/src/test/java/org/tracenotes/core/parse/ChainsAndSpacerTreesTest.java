package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Chains and drawn trees of authors outside the gold set: stems centred under the caller's name with
 * {@code |} spacer lines, arrows each in a paragraph of their own (a chain drawn downwards), one-line
 * chains {@code a() -> b() -> c()}. Every fragment is made up.
 */
class ChainsAndSpacerTreesTest {

    @Test
    void aStemCentredUnderTheCallersNameIsATreeNotADiagram() {
        Note note = Parsing.parse("""
                ``` cpp
                start_fork()
                    |
                    | --> copy_task()
                                |
                                | -->  dup_task()  // makes the task
                                | -->  alloc_id()
                                | -->  ......
                ```
                """);
        assertEquals("""
                root start_fork()
                  call copy_task()
                    call dup_task()  // makes the task
                    call alloc_id()
                    prose ......
                """, Parsing.shape(note));
    }

    @Test
    void aStemUnderAnArgumentOrInsideWordsStaysADiagram() {
        Note note = Parsing.parse("""
                ```
                register x_dev(misc_device) in the misc layer
                              |
                              |--> fops(x_fops(file_ops))
                                          |
                                          |--> open: makes a box
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
