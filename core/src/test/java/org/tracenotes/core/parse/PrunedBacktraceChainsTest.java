package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A backtrace pruned by hand to {@code #N name} lines, innermost first, reads bottom up: each frame is
 * called by the frame below it, the last frame is the root; in a fence or in the note's text, with blank
 * lines between the frames or not. Every fragment is made up.
 */
class PrunedBacktraceChainsTest {

    @Test
    void eachFrameIsCalledByTheFrameBelowIt() {
        assertEquals("""
                root main
                  call loop_once ()
                    call ring_poll
                      call ring_fill
                """, NotationVariantsTest.shape(Parsing.fenced("#0 ring_fill", "#1 ring_poll", "#2 loop_once ()", "#3 main")));
    }

    @Test
    void framesInTheNotesTextSpacedByBlankLinesReadTheSame() {
        assertEquals("""
                root start_thread ()
                  call loop_once
                    call ring_poll
                      call ring_fill
                """, NotationVariantsTest.shape(Parsing.parse(
                "Where it hangs:\n\n#0 ring_fill\n\n#1 ring_poll\n\n#2 loop_once\n\n#3 start_thread ()\n\nThe end.\n")));
    }
}
