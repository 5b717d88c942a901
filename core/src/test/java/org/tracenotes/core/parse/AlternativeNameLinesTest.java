package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;

/**
 * A line {@code or name} right under a {@code ->} step in a fence, at its arrow's column or one past it, names
 * the step's other function: a continuation of that step (its remark), no step of its own; the next
 * {@code ->} line is the next step as usual. {@code or} leading words, a bullet in words and a C {@code ||}
 * line keep their reading. Every fragment is made up.
 */
class AlternativeNameLinesTest {

    @Test
    void anOrLineOnePastTheArrowIsARemarkOfTheStepAboveAndTheChainGoesOn() {
        Note note = Parsing.parse("""
                ```
                -> pump_stop_all (drivers/pump/core.c)
                   - pump_send_all(STOP_VECTOR)
                -> pump_irq_entry (drivers/pump/irq.c)
                 or sysvec_pump (from v2.4)
                -> pump_park (drivers/pump/park.c)
                ```
                """);
        assertEquals("""
                root\s
                  call pump_stop_all  ( drivers/pump/core.c
                    call pump_send_all(STOP_VECTOR)
                    call pump_irq_entry  ( drivers/pump/irq.c
                      call pump_park  ( drivers/pump/park.c
                """, Parsing.shape(note));
        Step entry = Parsing.firstStep(note).children().get(1);
        assertTrue(entry.comments().stream().anyMatch(c -> c.placement() == Comment.Placement.TRAILING
                && c.text().equals("or sysvec_pump (from v2.4)")), () -> entry.comments().toString());
    }

    @Test
    void anOrLineAtTheArrowColumnNamingACallIsNoRootOfItsOwn() {
        assertEquals("""
                root pump_boot
                  call pump_run  or pump_run_legacy(dev)
                  call pump_idle
                """, Parsing.shape(Parsing.parse("""
                ```
                pump_boot
                -> pump_run
                or pump_run_legacy(dev)
                -> pump_idle
                ```
                """)));
    }

    @Test
    void orLeadingWordsABulletInWordsAndAnOrOperatorKeepTheirReading() {
        assertEquals("""
                root\s
                  call pump_start  ( drivers/pump/core.c
                    prose - or just return
                    call or else we spin
                  call pump_stop
                    prose || stop_now(x)
                """, Parsing.shape(Parsing.parse("""
                ```
                -> pump_start (drivers/pump/core.c)
                   - or just return
                 or else we spin
                -> pump_stop
                   || stop_now(x)
                ```
                """)));
    }

    @Test
    void anOrLineOutsideAFenceOrUnderNoArrowKeepsItsReading() {
        Note note = Parsing.parse("""
                ```
                pump_boot
                    pump_run()
                     or pump_run_legacy(dev)
                ```
                """);
        assertTrue(Parsing.shape(note).contains("or pump_run_legacy(dev)\n"), () -> Parsing.shape(note));
    }
    @Test
    void anOrLineUnderAStepInWordsStaysAStepOfItsOwn() {
        assertEquals("""
                root\s
                  prose build the_image
                    call or docker_build(the_image) (older docker)
                  prose then push
                """, Parsing.shape(Parsing.parse("""
                # Build

                ```
                -> build the_image
                 or docker_build(the_image) (older docker)
                -> then push
                ```
                """)));
    }
}
