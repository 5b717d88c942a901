package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a frame of an IDE's copied call stack is, and what only looks like one. Every line is made up. */
class CopiedCallStacksTest {

    @Test
    void aNameWithItsParametersThenAParenthesisedLocationIsAFrame() {
        assertTrue(CopiedCallStacks.isFrame("ring_poll(struct ring * r, int budget) (src/ring.c:93)"));
        assertTrue(CopiedCallStacks.isFrame("slot_take() (C:\\work\\pool\\slot.cpp:12)"));
        assertTrue(CopiedCallStacks.isFrame("    entry_syscall() (/home/me/arch/entry_64.S:238)"));
        assertTrue(CopiedCallStacks.isFrame("Pool::grow(Pool * p) (pool/pool.cpp:40:7)"));
    }

    @Test
    void debuggerDumpsCodeAndProseAreNoFrames() {
        assertFalse(CopiedCallStacks.isFrame("#0  ring_poll (r=0x5555, budget=64) at src/ring.c:93"));
        assertFalse(CopiedCallStacks.isFrame("  frame #1: 0x0000000100003e10 app`loop_once(flags=0) at loop.c:398:9"));
        assertFalse(CopiedCallStacks.isFrame(" ring_poll+0x1c/0x40"));
        assertFalse(CopiedCallStacks.isFrame("    at org.demo.Ring.poll(Ring.java:93)"));
        assertFalse(CopiedCallStacks.isFrame("value = scale(x) (int)(y * 2);"));
        assertFalse(CopiedCallStacks.isFrame("See ring_poll() (src/ring.c:93)"));
        assertFalse(CopiedCallStacks.isFrame("- ring_poll() (src/ring.c:93)"));
        assertFalse(CopiedCallStacks.isFrame("ring_poll (src/ring.c:93)"));
        assertFalse(CopiedCallStacks.isFrame("pick(a, b) (a ? b : 3)"));
    }
}
