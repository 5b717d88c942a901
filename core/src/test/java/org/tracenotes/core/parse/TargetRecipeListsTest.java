package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A name and a colon in a paragraph over bare names indented below it ({@code build_all:} over
 * {@code compile_sources}) is a Makefile target or a YAML key over its values, not a captioned call tree; the
 * same label in a fence or an indented code block, or over lines that call, stays a tree. Every fragment is
 * made up.
 */
class TargetRecipeListsTest {

    @Test
    void aTargetOverBareNamesInAParagraphStaysText() {
        assertNoTrace("# Targets\n\npack_all:\n    gather_files\n    squash_files\n      sign_bundle\n");
        assertNoTrace("# Targets\n\npack_all:\n  gather_files\n    squash_files\n      sign_bundle\n");
        assertNoTrace("# Jobs\n\nstages:\n  pack_all:\n    gather_files\n      sign_bundle\n");
    }

    @Test
    void aLabelOverNamesInAFenceOrACodeBlockIsStillATree() {
        assertEquals(1, Parsing.parse("# Faults\n\n```\nfoo_fault:\n    foo_check\n    foo_map:\n"
                + "        foo_map_one\n        foo_map_two\n```\n").traceBlocks().size());
        assertEquals(1, Parsing.parse("# Faults\n\nThe path:\n\n    foo_fault:\n        foo_check\n"
                + "        foo_map:\n            foo_map_one\n").traceBlocks().size());
    }

    @Test
    void aLabelOverCallsInAParagraphIsStillATree() {
        Note note = Parsing.parse("# Faults\n\nfoo_fault:\n    foo_check(vma)\n    foo_map(vma)\n      foo_map_one(pte)\n");
        assertEquals(1, note.traceBlocks().size(), Parsing.shape(note));
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), text + Parsing.shape(note));
    }
}
