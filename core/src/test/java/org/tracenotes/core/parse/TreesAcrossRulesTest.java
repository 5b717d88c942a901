package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A tree of {@code |--->} arms (a blank between the head and the step) drawn across a boundary: a rule of dashes
 * across the block and labels beside the stem naming each side ({@code |      User Space}). The arms are a
 * tree's, not a box's edges, and the labels and the rule are no steps. Every fragment is made up; the expected
 * tree is written as indented {@code kind text} lines.
 */
class TreesAcrossRulesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse("```text\n" + String.join("\n", lines) + "\n```\n"));
    }

    @Test
    void armsWithABlankAfterTheirHeadAreATree() {
        assertEquals("""
                root sys_read()
                  call vfs_read()
                    call rw_verify_area()
                    call new_sync_read()
                      call ext4_file_read_iter()
                """, read(
                "sys_read()",
                "  |---> vfs_read()",
                "           |---> rw_verify_area()",
                "           |---> new_sync_read()",
                "                      |---> ext4_file_read_iter()"));
    }

    @Test
    void labelsBesideARuleAcrossTheTreeAreNoSteps() {
        assertEquals("""
                root read()
                root sys_read()
                  call vfs_read()
                    call new_sync_read()
                """, read(
                "read()",
                "  |                  user space",
                "==========================================",
                "  |                  kernel space",
                "sys_read()",
                "  |---> vfs_read()",
                "           |---> new_sync_read()"));
    }

    @Test
    void boxesJoinedByArmsStayADiagram() {
        assertEquals("", read(
                "+----------+        +----------+",
                "|  client  |        |  server  |",
                "+----------+        +----------+",
                "     |---> request       |",
                "     |              +----------+",
                "     |              |  store   |",
                "     |              +----------+"));
    }

    @Test
    void armsLeadingWordsAreNoTree() {
        assertEquals("", read(
                "|---> first item",
                "|---> second item",
                "|---> Sum: 2"));
    }
}
