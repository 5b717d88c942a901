package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Calls joined on one step line: {@code a_check && b_setup} (each runs when the one before succeeds) and a
 * chain written flat on an arrowless line, {@code entry => handler => worker}, are calls, not an expression
 * or an assignment; a test of values joined by {@code &&} stays an expression and a real assignment stays
 * one. Every fragment is made up.
 */
class JoinedCallsTest {

    @Test
    void namesOfFunctionsJoinedByAndAreACall() {
        assertEquals("call hdr_check && cfg_setup && dev_attach", kindOfThirdLine("hdr_check && cfg_setup && dev_attach"));
    }

    @Test
    void callsJoinedByAndAreACall() {
        assertEquals("call load_fw(dev) && start_fw(dev)", kindOfThirdLine("load_fw(dev) && start_fw(dev)"));
        assertEquals("call ops->probe(dev) && bind_one(dev)", kindOfThirdLine("ops->probe(dev) && bind_one(dev)"));
    }

    @Test
    void aFlatChainOnAnArrowlessLineIsACallNotAnAssignment() {
        assertEquals("call irq_entry => irq_route => timer_tick", kindOfThirdLine("irq_entry => irq_route => timer_tick"));
    }

    @Test
    void testsOfValuesStayExpressionsAndAssignmentsStayAssignments() {
        assertEquals("expression ready && !busy", kindOfThirdLine("ready && !busy"));
        assertEquals("expression n > 0 && flush_all(n)", kindOfThirdLine("n > 0 && flush_all(n)"));
        assertEquals("expression HAS_IRQ && irq_on", kindOfThirdLine("HAS_IRQ && irq_on"));
        assertEquals("assign x = pick(a)", kindOfThirdLine("x = pick(a)"));
    }

    /** The kind and text of the step on the third line of a small fenced tree whose third line is {@code line}. */
    private static String kindOfThirdLine(String line) {
        String shape = Parsing.shape(Parsing.fenced("dev_probe(dev)", "    bus_match(dev)", "        drv_bind(dev)", "    " + line,
                "    cfg_apply(dev)"));
        return shape.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")).skip(1).findFirst().orElse(shape).strip();
    }
}
