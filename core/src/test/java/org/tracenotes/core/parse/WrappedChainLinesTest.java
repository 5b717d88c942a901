package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * One call chain wrapped over lines, each continuation led by the chain's arrow: each continuation is
 * called by the line above it; arrows leading callees of a tree stay siblings (made-up fragments).
 */
class WrappedChainLinesTest {

    /** The depth of each step line of the only block, in line order. */
    private static String depths(String... lines) {
        StringBuilder out = new StringBuilder();
        String shape = Parsing.shape(Parsing.fenced(lines));
        for (String l : shape.split("\n")) {
            out.append((l.length() - l.stripLeading().length()) / 2);
        }
        return out.toString();
    }

    @Test
    void continuationsLedByASpacedArrowHangEachUnderTheLineAbove() {
        assertEquals("0123", depths(
                "widget_open() -> widget_lookup()",
                " -> widget_get() -> widget_ref()",
                " -> widget_hold() -> widget_pin()",
                " -> widget_bind()"));
    }

    @Test
    void anArrowWithoutABlankAndAMemberCallWrapAlike() {
        assertEquals("0123", depths(
                "gadget_add() -> gadget_attach()",
                "->gadget_probe() -> really_probe()",
                " -> dev->bus->probe(dev) -> gadget_bus_probe()",
                " -> gadget_driver.probe()"));
    }

    @Test
    void fatAndLongArrowsWrapAlike() {
        assertEquals("0123", depths(
                "rx_poll() => rx_frame()",
                "  => rx_deliver() => rx_queue()",
                "  => rx_wake() => rx_signal()",
                "  => rx_done()"));
        assertEquals("0123", depths(
                "tx_start() --> tx_map()",
                " --> tx_ring_put() --> tx_kick()",
                " --> tx_doorbell() --> tx_irq()",
                " --> tx_complete()"));
    }

    @Test
    void calleesWithoutChainsOfTheirOwnStaySiblings() {
        assertEquals("0111", depths(
                "widget_open() -> widget_lookup()",
                "  -> widget_get()",
                "  -> widget_ref()",
                "  -> widget_hold()"));
    }

    @Test
    void aTreeWhoseRootIsNoChainIsReadByItsIndentation() {
        assertEquals("0111", depths(
                "widget_open()",
                " -> widget_get() -> widget_ref()",
                " -> widget_hold() -> widget_pin()",
                " -> widget_bind()"));
    }

    @Test
    void deeperCalleesUnderAChainLineAreATree() {
        assertEquals("0122", depths(
                "widget_open() -> widget_lookup()",
                "    -> widget_get() -> widget_ref()",
                "      -> widget_hold() -> widget_pin()",
                "      -> widget_bind()"));
    }

    @Test
    void chainArrowsAreToldFromMemberAccess() {
        assertTrue(WrappedChainLines.holdsChainArrow("f() -> g()", 0));
        assertTrue(WrappedChainLines.holdsChainArrow(" -> f()->g()", 0));
        assertTrue(WrappedChainLines.holdsChainArrow("f() => g()", 0));
        assertFalse(WrappedChainLines.holdsChainArrow(" -> dev->ops->probe(dev)", 0));
        assertFalse(WrappedChainLines.holdsChainArrow("-> f()", 0));
        assertFalse(WrappedChainLines.holdsChainArrow("x = a->b;", 0));
    }

    @Test
    void everyChainArrowShapeHoldsAChain() {
        assertTrue(WrappedChainLines.holdsChainArrow("f() → g()", 0));
        assertTrue(WrappedChainLines.holdsChainArrow("f() ==> g()", 0));
        assertTrue(WrappedChainLines.holdsChainArrow("f()=>g()", 0));
        assertTrue(WrappedChainLines.holdsChainArrow(" → f() → g()", 0));
        assertFalse(WrappedChainLines.holdsChainArrow(" → f()", 0));
        assertFalse(WrappedChainLines.holdsChainArrow("f() -- g()", 0));
    }

    @Test
    void aChainWrappedOntoUnicodeArrowsIsOneChain() {
        assertEquals("0123", depths(
                "widget_open() → widget_lookup()",
                " → widget_get() → widget_ref()",
                " → widget_hold() → widget_pin()",
                " → widget_bind()"));
    }
}
