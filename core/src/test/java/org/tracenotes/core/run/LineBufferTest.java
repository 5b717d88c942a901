package org.tracenotes.core.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run's lines as ints: grown past any size, cut back to a mark, kept as a set in order when asked. */
class LineBufferTest {

    @Test
    void linesPastTheFirstArrayAreKeptInOrderAndHandedOverAsAList() {
        LineBuffer b = new LineBuffer();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            b.add(200 + i % 7);
            expected.add(200 + i % 7);
        }
        assertEquals(expected, b.toList());
        assertEquals(expected.hashCode(), b.toList().hashCode());
    }

    @Test
    void aCutForgetsTheLinesAfterTheMarkOnly() {
        LineBuffer b = new LineBuffer();
        b.add(10);
        b.add(11);
        int mark = b.size();
        b.add(12);
        b.truncate(mark);
        b.truncate(5);
        assertEquals(List.of(10, 11), b.toList());
        assertFalse(b.contains(12));
        b.clear();
        assertEquals(List.of(), b.toList());
    }

    @Test
    void addedIfAbsentEachLineIsKeptOnceWhereFirstAdded() {
        LineBuffer b = new LineBuffer();
        b.addIfAbsent(86);
        b.addIfAbsent(90);
        b.addIfAbsent(86);
        assertTrue(b.contains(90));
        assertEquals(List.of(86, 90), b.toList());
    }

    @Test
    void handedOverTheLinesAreOnlyThoseAddedAndTheBufferStartsAfresh() {
        LineBuffer b = new LineBuffer();
        for (int i = 0; i < 20; i++) {
            b.add(300 + i);
        }
        b.truncate(17); // the array has room past the lines kept
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 17; i++) {
            expected.add(300 + i);
        }
        List<Integer> out = b.handOver();
        assertEquals(expected, out);
        assertEquals(out, expected);
        assertEquals(expected.hashCode(), out.hashCode());
        assertEquals(17, out.size());
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class, () -> out.get(17));
        assertEquals(0, b.size());
        b.add(1);
        assertEquals(List.of(1), b.toList());
        assertEquals(expected, out);
        assertEquals(List.of(), new LineBuffer().handOver());
    }
}
