package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A {@code |} stem and a run of underscores leading to a step are margin, like {@code |--} (made-up fragments). */
class UnderscoreEdgesTest {

    @Test
    void aStemAndALongRunOfUnderscoresLeadToTheName() {
        String line = "    |______open_x";
        for (int i = 4; i < 11; i++) {
            assertTrue(Connectors.at(line, i), "column " + i);
        }
        assertFalse(Connectors.at(line, 11));
        assertEquals(11, UnderscoreEdges.edgeEnd(line, 4, line.length()));
    }

    @Test
    void aStemAndARunOfUnderscoresAloneOnTheLineIsAnEdge() {
        String line = "\t\t|___";
        assertTrue(Connectors.at(line, 2));
        assertTrue(Connectors.at(line, 5));
    }

    @Test
    void aKernelNameStartingWithThreeUnderscoresKeepsThem() {
        String line = "|___slab_alloc_x";
        assertEquals(-1, UnderscoreEdges.edgeEnd(line, 0, line.length()));
        assertFalse(Connectors.at(line, 1));
    }

    @Test
    void underscoresWithoutAStemAreNoEdge() {
        String line = "______name";
        assertEquals(-1, UnderscoreEdges.edgeEnd(line, 0, line.length()));
        assertFalse(Connectors.at(line, 0));
    }
}
