package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Stages in a fence at one column joined by connector lines ({@code |} then {@code v}, {@code ||} then
 * {@code V}) that mix words and calls: the connectors mean "then", so the stages are the steps of one
 * flow, side by side, none a root of its own; a caption right above the first stage is the flow's root.
 * A column of names alone stays a chain of calls, a diagram naming no function stays as it was.
 * Every fragment is made up.
 */
class FencedStageFlowsTest {

    @Test
    void stagesInWordsAndCallsJoinedByConnectorsAreOneFlow() {
        Note note = Parsing.parse("""
                ```
                Pool created
                    |
                    v
                paused (pause_count = 1)
                    |
                    v
                pool_unpause()
                    |
                    v
                Pool running (started = true)
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("\n  prose Pool created\n"), shape);
        assertTrue(shape.contains("\n  call pool_unpause()\n"), shape);
        assertTrue(shape.contains("\n  prose Pool running (started = true)\n"), shape);
        assertTrue(!shape.contains("root Pool"), shape);
    }

    @Test
    void doubledStemsAndACaptionAboveTheFirstStage() {
        Note note = Parsing.parse("""
                ```
                Start-up of the ring
                ring_alloc() takes the slots
                    ||
                    V
                map the slots for the device
                    ||
                    V
                ring_start(dev)
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("root Start-up of the ring\n"), shape);
        assertTrue(shape.contains("\n  prose map the slots for the device\n"), shape);
        assertTrue(shape.contains("\n  call ring_start(dev)\n"), shape);
    }

    @Test
    void aColumnOfNamesAloneStaysAChainOfCalls() {
        Note note = Parsing.parse("""
                ```
                dev_open()
                    |
                    v
                dev_setup()
                    |
                    v
                slot_alloc()
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("dev_open()\n  call dev_setup()\n    call slot_alloc()"), shape);
    }

    @Test
    void aDiagramNamingNoFunctionIsNoFlow() {
        Note note = Parsing.parse("""
                ```
                Browser
                  |
                  v
                Load balancer
                  |
                  v
                Web server
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(!shape.contains("  prose Load balancer"), shape);
    }
}
