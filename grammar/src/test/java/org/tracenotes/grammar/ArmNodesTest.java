package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The open nodes of an arm tree and the owner of a line no arm leads (columns of a made-up tree). */
class ArmNodesTest {

    @Test
    void anArmClosesItsSiblingsAndTheirCalleesButNotItsParent() {
        // root text at 0; `+--fetch_row` arm at 0, text at 3; `|  +--lock_row` arm at 3, text at 6; `+--send_row` arm at 0
        ArmNodes nodes = new ArmNodes(8);
        nodes.root(0);
        nodes.open(0, 3, false);
        nodes.open(3, 6, false);
        assertEquals(2, nodes.owner(6), "a line at lock_row's text column is under it");
        assertEquals(1, nodes.owner(4), "a line between the two texts is under fetch_row");
        nodes.open(0, 3, false);
        assertEquals(1, nodes.owner(6), "send_row closed fetch_row and lock_row: it is the owner now");
        assertEquals(3, nodes.text(nodes.owner(6)));
        assertEquals(0, nodes.arm(nodes.owner(6)));
    }

    @Test
    void aConditionIsKeptWithItsNode() {
        ArmNodes nodes = new ArmNodes(4);
        nodes.root(0);
        nodes.open(0, 6, true);
        assertTrue(nodes.condition(nodes.owner(6)));
        assertEquals(0, nodes.owner(2), "a line left of the condition's text is the root's");
        assertEquals(-1, new ArmNodes(2).owner(0), "no node open: no owner");
    }
}
