package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A path told in stages numbered with keycap emoji, each stage over a tree of its steps drawn with
 * corner edges: the stages are the path's top-level steps (its root implied), a sentence that says it
 * calls is a call, and list items under a step ending in a colon are its steps. Every fragment is made up.
 */
class KeycapStagesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    private static void assertNoTrace(String... lines) {
        Note note = Parsing.fenced(lines);
        assertTrue(note.traceBlocks().isEmpty(), () -> "read as a trace:\n" + Parsing.shape(note));
    }

    @Test
    void keycapStagesAreTopLevelStepsOverTheTreesDrawnUnderThem() {
        assertEquals("""
                root\s
                  call sys_mount()
                    call do_mount()
                      call path_mount()
                  call mount_fs()
                    call Calls fill_super()
                      prose Either reads the super block.
                      prose Or builds an empty one.
                  prose Publish the mount:
                    call attach_mnt()
                  prose The caller sees the new tree
                """, read(
                "1️⃣ sys_mount()",
                "  └ do_mount()",
                "     └ path_mount()",
                "",
                "2️⃣ mount_fs()",
                "  └ Calls fill_super()",
                "     └ Either reads the super block.",
                "     └ Or builds an empty one.",
                "",
                "3️⃣ Publish the mount:",
                "  └ attach_mnt()",
                "",
                "4️⃣ The caller sees the new tree"));
    }

    @Test
    void listItemsUnderAnEdgedStepEndingInAColonAreItsSteps() {
        assertEquals("""
                root\s
                  call ring_init()
                    prose Sets up the ring:
                      prose - clears the slots
                      prose - resets both heads
                  call ring_start()
                    call kick_ring()
                """, read(
                "1️⃣ ring_init()",
                "  └ Sets up the ring:",
                "      - clears the slots",
                "      - resets both heads",
                "2️⃣ ring_start()",
                "  └ kick_ring()"));
    }

    @Test
    void keycapNumberedSentencesWithoutEdgesStayAList() {
        assertNoTrace("1️⃣ Install the toolchain", "2️⃣ Build the kernel with make()", "3️⃣ Boot it in a VM");
    }

    @Test
    void keycapNumberedFoldersWithEdgesButNoCallStayAListing() {
        assertNoTrace("1️⃣ drivers", "  └ net", "  └ block", "2️⃣ fs", "  └ ext4", "  └ xfs");
    }

    @Test
    void keycapStagesWithAPlainLineAtTheMarginStayAList() {
        assertNoTrace("Steps:", "1️⃣ open_dev()", "  └ alloc_ring()", "2️⃣ close_dev()", "  └ free_ring()");
    }
}
