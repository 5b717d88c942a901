package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A {@code <---- return x} line under an arrow staircase is a return step of the function whose arrow
 * starts at the {@code <}'s column; left arrows that are assignments, remarks after a step, or that no
 * step above stands over, keep their reading. Every fragment is made up.
 */
class ReturnArrowsTest {

    @Test
    void aReturnArrowBelongsToTheStepAtItsHeadsColumn() {
        assertEquals("""
                root\s
                  call port_xmit
                    call port_hook
                      call track_in
                        call track_resolve
                          call track_alloc
                          return return -ENOMEM, and print "table full"
                      return return DROP
                    return return -EPERM
                """, Parsing.shape(Parsing.parse("""
                ```
                -> port_xmit
                   -> port_hook
                      -> track_in
                         -> track_resolve
                            -> track_alloc
                         <------- return -ENOMEM, and print "table full"
                   <---- return DROP
                <- return -EPERM
                ```
                """)));
    }

    @Test
    void stepsAfterAReturnGoOnAtTheirOwnColumn() {
        assertEquals("""
                root\s
                  call sched_tick
                    call task_tick
                      call update_curr
                        call calc_delta
                        return return delta
                      return return
                  call next_thing
                """, Parsing.shape(Parsing.parse("""
                ```
                => sched_tick
                   => task_tick
                      => update_curr
                         => calc_delta
                      <--- return delta
                   <-- return
                => next_thing
                ```
                """)));
    }

    @Test
    void assignmentArrowsAndRemarkArrowsStayAsTheyAre() {
        assertEquals("""
                root\s
                  call port_xmit
                    call hook_run()  <-- caller
                      call x <- f(y)
                      return return DROP
                """, Parsing.shape(Parsing.parse("""
                ```
                -> port_xmit
                   -> hook_run()   <-- caller
                      -> x <- f(y)
                   <-- return DROP
                ```
                """)));
    }

    @Test
    void aReturnArrowWithNoStepAtItsColumnKeepsItsReading() {
        assertEquals("""
                root\s
                  call a_start
                    call b_step
                """, Parsing.shape(Parsing.parse("""
                ```
                -> a_start
                   -> b_step
                        <-- return 1
                ```
                """)));
        assertEquals("""
                root\s
                  call port_xmit
                    call port_hook
                  call port_done
                """, Parsing.shape(Parsing.parse("""
                ```
                -> port_xmit
                   -> port_hook
                -> port_done
                   <-- return DROP
                ```
                """)));
    }

    @Test
    void aLongRunOfBlanksInAReturnIsReadInLinearTime() {
        String blanks = " ".repeat(100_000);
        String text = "```\n-> cache_fill\n   -> cache_grow\n   <- return" + blanks + "NULL\n<- return -ENOSPC" + blanks + "\n```\n";
        String shape = assertTimeoutPreemptively(Duration.ofSeconds(8), () -> Parsing.shape(Parsing.parse(text)));
        assertEquals("""
                root\s
                  call cache_fill
                    call cache_grow
                      return return%sNULL
                    return return -ENOSPC
                """.formatted(blanks), shape);
    }

    @Test
    void aTwoColumnTimelineStaysNoTrace() {
        Note note = Parsing.parse("""
                ```
                   CPU 0                          CPU 1
                   -> widget_lock(&a)
                                                  -> widget_lock(&b)
                   <-- returns with a held
                                                  <-- return -EDEADLK
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
