package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A call path written as a flat column of {@code ->} lines at the root's column, each naming its function's
 * file ({@link LocatedArrowChains}): each arrowed line is the callee of the line above it. Every fragment is made up.
 */
class LocatedArrowChainsTest {

    @Test
    void locatedArrowsAtTheRootsColumnAreAPath() {
        assertOutline("""
                root pump_start
                  call pump_prime
                    call valve_open
                      call valve_wait
                """, "pump_start (pump/main.c)", "-> pump_prime (pump/prime.c)", "-> valve_open (valve/valve.c)",
                "-> valve_wait (valve/wait.c)");
    }

    @Test
    void bareFileNamesAndRemarksAfterThemStillLocateTheLinks() {
        assertOutline("""
                root boot_entry
                  call boot_main
                    call boot_jump
                      call kernel_entry
                """, "boot_entry (entry.S)", "-> boot_main (main.c, sets up the stack)", "-> boot_jump (jump.S, to 64-bit mode)",
                "-> kernel_entry (head.S)");
    }

    @Test
    void stageCaptionsBetweenLinksKeepThePathGoing() {
        assertOutline("""
                root loader_start
                  call loader_main
                    call core_start
                      call core_main
                """, "# stage in loader/", "loader_start (loader/start.S)", "-> loader_main (loader/main.c)",
                "", "# stage in core/", "-> core_start (core/start.S)", "-> core_main (core/main.c)");
    }

    @Test
    void bulletsUnderALinkAreItsBodyAndThePathGoesOnFromIt() {
        assertOutline("""
                root lamp_on
                  call lamp_power
                    call led_set
                      assign led->state
                      assign led->level
                      call led_write
                """, "lamp_on (lamp/lamp.c)", "-> lamp_power (lamp/power.c)", "-> led_set (led/led.c)", "   - led->state = ON",
                "   - led->level = 3", "-> led_write (led/io.c)");
    }

    @Test
    void anArrowlessLineAtTheColumnStartsTheNextPath() {
        assertOutline("""
                root IRQ_TIMER
                  call timer_interrupt
                    call timer_tick
                root IRQ_NET
                  call net_interrupt
                    call net_poll
                """, "IRQ_TIMER", "-> timer_interrupt (timer/irq.c)", "-> timer_tick (timer/tick.c)", "", "IRQ_NET",
                "-> net_interrupt (net/irq.c)", "-> net_poll");
    }

    @Test
    void unlocatedArrowsAtTheRootsColumnStaySideBySide() {
        assertOutline("""
                root pump_start
                  call pump_prime
                  call valve_open
                  call valve_wait
                """, "pump_start (pump/main.c)", "-> pump_prime", "-> valve_open", "-> valve_wait (valve/wait.c)");
    }

    @Test
    void anIndentedArrowAnywhereKeepsTheDrawnDepths() {
        assertOutline("""
                root pump_start
                  call pump_prime
                  call valve_open
                    call valve_lock
                  call valve_wait
                """, "pump_start (pump/main.c)", "-> pump_prime (pump/prime.c)", "-> valve_open (valve/valve.c)",
                "   -> valve_lock (valve/lock.c)", "-> valve_wait (valve/wait.c)");
    }

    @Test
    void twoLocatedArrowsAreTooFewForAPath() {
        assertOutline("""
                root pump_start
                  call pump_prime
                  call valve_open
                """, "pump_start (pump/main.c)", "-> pump_prime (pump/prime.c)", "-> valve_open (valve/valve.c)");
    }

    @Test
    void aLinkNamesItsFileOnlyInParenthesesAfterItsName() {
        assertTrue(LocatedArrowChains.located("-> cpu_up (kernel/cpu.c)"));
        assertTrue(LocatedArrowChains.located("-> start (head.S, enter long mode)"));
        assertFalse(LocatedArrowChains.located("-> cpu_up(kernel/cpu.c)"));
        assertFalse(LocatedArrowChains.located("-> cpu_up (the first cpu)"));
        assertFalse(LocatedArrowChains.located("-> see kernel/cpu.c"));
        assertFalse(LocatedArrowChains.located("-> cpu_up (notes.txt)"));
    }

    @Test
    void aColumnLongerThanAnyCallPathStaysFlat() {
        String[] lines = new String[101];
        lines[0] = "pump_start (pump/main.c)";
        for (int k = 1; k < lines.length; k++) {
            lines[k] = "-> stage_" + k + " (pump/stage_" + k + ".c)";
        }
        String shape = Parsing.shape(Parsing.fenced(lines));
        assertEquals(101, shape.lines().count(), shape);
        assertTrue(shape.lines().skip(1).allMatch(l -> l.startsWith("  ") && !l.startsWith("   ")), shape);
    }

    /** Asserts the tree of the fenced {@code lines} as indented kinds and first words, without remarks and locations. */
    private static void assertOutline(String expected, String... lines) {
        StringBuilder out = new StringBuilder();
        for (String l : Parsing.shape(Parsing.fenced(lines)).split("\n")) {
            String[] w = l.strip().replace("- ", "").split("\\s+");
            out.append(" ".repeat(l.length() - l.stripLeading().length())).append(w[0]).append(' ').append(w.length > 1 ? w[1] : "").append('\n');
        }
        assertEquals(expected, out.toString(), String.join("\n", lines));
    }
}
