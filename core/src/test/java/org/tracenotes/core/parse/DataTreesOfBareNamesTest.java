package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A tree of bare names (no {@code ()}, no {@code ->}) is a call tree only with more evidence than an
 * underscore: a node written as a call, a caption that says calls, or names shaped like functions and none
 * like a type or a unit. A sysfs directory, structures within structures and a module's dependencies are
 * data trees and stay listings. Every fragment is made up.
 */
class DataTreesOfBareNamesTest {

    private static Note parse(String caption, String info, String... lines) {
        return Parsing.parse("# t\n\n" + caption + "```" + info + "\n" + String.join("\n", lines) + "\n```\n");
    }

    private static void assertListing(String info, String... lines) {
        Note note = parse("", info, lines);
        assertTrue(note.traceBlocks().isEmpty(), () -> "read as a trace:\n" + String.join("\n", lines) + "\n"
                + Parsing.shape(note));
    }

    @Test
    void aDirectoryOfTunablesWithUnitsIsNoTrace() {
        assertListing("text", "blkdev", "├── io_timeout_ms", "├── nr_slots", "└── scan_ahead_kb");
        assertListing("", "vmtune", "├── dirty_bg_ratio", "├── flush_delay_secs", "└── max_batch_bytes");
    }

    @Test
    void structuresWithinStructuresAreNoTrace() {
        assertListing("", "req_struct", "├── bio_struct", "│   └── vec_area_struct", "├── ctx_struct", "└── wait_struct");
        assertListing("", "dev_ops", "├── open_ops", "└── irq_ops");
    }

    @Test
    void aModuleAndWhatItDependsOnIsNoTrace() {
        assertListing("", "xt_nat", "├── xt_track", "│   ├── xt_frag_v4", "│   └── xt_frag_v6", "└── libsum32");
    }

    @Test
    void anIndentedDataTreeInAnotherLanguageFenceIsNoTrace() {
        assertListing("asm", "req_struct", "    bio_struct", "        vec_area_struct", "    ctx_struct");
    }

    @Test
    void oneNodeWrittenAsACallMakesATreeOfBareNamesACallTree() {
        assertEquals("""
                root xt_nat()
                  call xt_track
                    call xt_frag_v4
                  call libsum32
                """, Parsing.shape(parse("", "", "xt_nat()", "├── xt_track", "│   └── xt_frag_v4", "└── libsum32")));
    }

    @Test
    void aCaptionThatSaysCallsMakesATreeOfBareNamesACallTree() {
        for (String caption : new String[] {"The call tree:\n\n", "Flow of the init path\n\n", "\u8c03\u7528\u5173\u7cfb\n\n"}) {
            Note note = parse(caption, "", "xt_nat", "├── xt_track", "│   └── xt_frag_v4", "└── libsum32");
            assertEquals(1, note.traceBlocks().size(), caption);
        }
    }

    @Test
    void namesShapedLikeFunctionsAreACallTree() {
        assertEquals("""
                root xt_setup
                  call xt_get_slot
                    call __xt_lookup_entry
                  call xt_track
                """, Parsing.shape(parse("", "", "xt_setup", "├── xt_get_slot", "│   └── __xt_lookup_entry", "└── xt_track")));
    }

    @Test
    void oneNameShapedLikeDataKeepsABareTreeAListing() {
        assertListing("", "xt_setup", "├── xt_get_slot", "│   └── xt_slot_struct", "└── xt_lookup_entry");
    }
}
