package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A name and a colon alone over the calls indented below it ({@code foo_fault:}) is their caller, however deep
 * it stands and whatever its calls look like; a C label left of the statements around it stays a label, whose
 * statements are its siblings. Every fragment is made up.
 */
class LabelCaptionsTest {

    @Test
    void aCaptioningNameIsTheCallerOfTheCallsBelowIt() {
        assertShape("""
                root foo_fault:
                  call foo_check
                  call foo_map:
                    call foo_map_one:
                      call foo_set(x)
                    call foo_flush
                  call foo_done
                """, "foo_fault:", "    foo_check", "    foo_map:", "        foo_map_one:", "            foo_set(x)",
                "        foo_flush", "    foo_done");
    }

    @Test
    void aCaptionUnderABranchIsTheBranchsCall() {
        assertShape("""
                root bar_run:
                  if if (!x)
                    call bar_fail(x)
                  else else
                    call bar_walk:
                      call bar_step(x)
                """, "bar_run:", "\tif (!x)", "\t\tbar_fail(x);", "\telse", "\t\tbar_walk:", "\t\t\tbar_step(x);");
    }

    private static void assertShape(String expected, String... lines) {
        Note note = Parsing.fenced(lines);
        assertEquals(expected, NotationVariantsTest.shape(note), () -> String.join("\n", lines));
    }
}
