package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lines of outside authors' call trees count as call-like: a source location or a remark in words after
 * the call, an edge drawn against the name ({@code |--name}), a {@code >} before it. Every fragment is made up.
 */
class OutsideCallTreeLinesTest {

    @Test
    void aCallFollowedByASourceLocationIsNoted() {
        assertEquals(CallTreeLine.Kind.NOTED, kind("submit_io_x      fs/buf.c"));
        assertEquals(CallTreeLine.Kind.COMPLETE, kind("|--lock_init          # kernel/lock.c:3570"));   // a comment: call-like too
        assertEquals(CallTreeLine.Kind.NOTED, kind(">mount_x (super.c) 返回dentry"));
        assertEquals(CallTreeLine.Kind.NOTED, kind("handle_pte_x()  checks the entry"));
    }

    @Test
    void operandsAndTableColumnsAreNotRemarks() {
        assertEquals(CallTreeLine.Kind.OTHER, kind("mov     ip, r7"));
        assertEquals(CallTreeLine.Kind.OTHER, kind("MemTotal    16 kB"));
        assertEquals(CallTreeLine.Kind.OTHER, kind("foo  bar"));
    }

    @Test
    void wordsWithALocationOrARemarkAreNoCallAndALocationInACommentIsAComment() {
        assertEquals(CallTreeLine.Kind.OTHER, kind("fixed  the bug in the driver"));   // a glossary's entry
        assertEquals(CallTreeLine.Kind.OTHER, kind("buffer   fs/buffer.c"));
        assertEquals(CallTreeLine.Kind.COMPLETE, kind("wait_on_buffer(bh)  // fs/buffer.c"));   // C writes this
    }

    @Test
    void aLocationIsAPathWithAFileOrABareSourceFile() {
        assertTrue(SourceLocation.startsAt("kernel/fork.c:800", 0));
        assertTrue(SourceLocation.startsAt("(super.c) 返回", 0));
        assertTrue(SourceLocation.startsAt("# init/main.c:30", 0));
        assertFalse(SourceLocation.startsAt("read/write", 0));
        assertFalse(SourceLocation.startsAt("x.y", 0));
        assertFalse(SourceLocation.startsAt("(a + b)", 0));
    }

    @Test
    void aStrayColonIsNoLineOfTheTree() {
        assertEquals(CallTreeLine.Kind.NEUTRAL, kind(":"));
    }

    @Test
    void aFenceWithAnInfoStringOfTheAuthorsOwnLetsItsContentDecide() {
        String note = "Text.\n\n```boot_calls\n\n    boot_core    # init/core.c:5\n        |--set_magic   # kernel/f.c:8\n"
                + "            |--cpu_init   # kernel/cpu.c:2\n        |---rest_init  # init/core.c:7\n:\n```\n";
        NoteLayout layout = new NoteLayout(note.codePoints().toArray(), note, false);
        assertEquals(NoteLayout.Role.TRACE, layout.role(4), note);
    }

    @Test
    void anInfoStringNamingACallTreeLetsTheContentDecideAndAnyOtherStaysAListing() {
        String tree = "\nboot_core\n    set_magic   # kernel/f.c:8\n        cpu_init   # kernel/cpu.c:2\n    rest_init\n```\n";
        // a tree of C names reads as one in a tool's output or a config language too (NameTrees); not in a
        // language whose indentation is its own syntax
        for (String info : new String[] {"calltree", "kernel-calls", "boot_seq", "irq-flow", "jsonc", "output"}) {
            String note = "Text.\n\n```" + info + tree;
            assertEquals(NoteLayout.Role.TRACE, new NoteLayout(note.codePoints().toArray(), note, false).role(4), note);
        }
        for (String info : new String[] {"python", "yaml", "diff", "pycon"}) {
            String note = "Text.\n\n```" + info + tree;
            assertEquals(NoteLayout.Role.CODE, new NoteLayout(note.codePoints().toArray(), note, false).role(4), note);
        }
    }

    @Test
    void aCallCaptioningItsCalleesIsCompleteButADeclarationOrATestRunnersLineIsNot() {
        assertEquals(CallTreeLine.Kind.COMPLETE, kind("alloc_page_x(gfp):"));
        assertEquals(CallTreeLine.Kind.COMPLETE, kind("dev->ops.probe_x(dev):"));
        assertNotEquals(CallTreeLine.Kind.COMPLETE, kind("async def main():"));
        assertNotEquals(CallTreeLine.Kind.COMPLETE, kind("async with connect(url):"));
        assertNotEquals(CallTreeLine.Kind.COMPLETE, kind("public static void main(String[] args):"));
        assertNotEquals(CallTreeLine.Kind.COMPLETE, kind("test_login (tests.AuthTest):"));
    }

    private static CallTreeLine.Kind kind(String line) {
        int[] t = line.codePoints().toArray();
        return CallTreeLine.classify(t, 0, t.length);
    }
}
