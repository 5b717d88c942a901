package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A flat call chain written in sections: {@code //} captions after blank lines carry the chain on.
 * Every fragment is made up.
 */
class SectionedFlatChainsTest {

    @Test
    void aCaptionedSectionAfterABlankLineCarriesTheChainOn() {
        Note note = Parsing.parse("""
                // call chain of a receive
                nic_rx_irq
                frame_pull              { strips the frame header }
                frame_deliver

                // layer 3
                proto_rx                { checks the header }
                proto_deliver
                """);
        assertEquals("""
                root nic_rx_irq
                  call frame_pull              { strips the frame header }
                    call frame_deliver
                      call proto_rx                { checks the header }
                        call proto_deliver
                """, Parsing.shape(note).replace("\n\n", "\n"));
    }

    @Test
    void aSectionTitledByItsFirstLinksNameStartsAChainOfItsOwn() {
        Note note = Parsing.parse("""
                // call chain of a send
                sys_send
                sock_send
                proto_send

                // frame_build
                frame_build
                frame_fill
                """);
        String shape = Parsing.shape(note);
        assertFalse(shape.contains("call frame_build"), shape);
    }

    @Test
    void aSectionUnderACaptionNamingACallChainIsAChainOfItsOwn() {
        Note note = Parsing.parse("""
                // call chain of a send
                sys_send
                sock_send
                proto_send

                // call chain of the driver
                dev_queue
                dev_xmit
                dev_ring
                """);
        assertEquals("""
                root sys_send
                  call sock_send
                    call proto_send
                root dev_queue
                  call dev_xmit
                    call dev_ring
                """, Parsing.shape(note).replace("\n\n", "\n"));
    }

    @Test
    void aSectionUnderACallStackCaptionIsNoMoreOfThePath() {
        Note note = Parsing.parse("""
                // call chain of a send
                sys_send
                sock_send
                proto_send

                // the call stack when it fails
                dev_fail
                dev_xmit
                """);
        String shape = Parsing.shape(note);
        assertFalse(shape.contains("dev_fail"), shape);
    }

    @Test
    void captionedColumnsWithoutAChainHeadingStayText() {
        Note note = Parsing.parse("""
                // the helpers

                // part one
                load_conf
                check_conf

                // part two
                start_job
                stop_job
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
