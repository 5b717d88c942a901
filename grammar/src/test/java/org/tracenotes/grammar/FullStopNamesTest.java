package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A name closed by a full stop ({@link FullStopNames}), for the layout's items and core's step lines alike (made-up lines). */
class FullStopNamesTest {

    private static int past(String line, int q) {
        int[] t = line.codePoints().toArray();
        return FullStopNames.pastStop(t, q, t.length);
    }

    @Test
    void aStopAtTheEndOrBeforeABlankClosesTheName() {
        assertEquals(9, past("page_get.", 8));
        assertEquals(9, past("page_get.  ==> the note", 8));
        assertEquals(9, past("page_get.\tmore", 8));
    }

    @Test
    void aStopBeforeAMemberOrNoStopLeavesTheNameAsItIs() {
        assertEquals(8, past("page_get.next", 8));
        assertEquals(8, past("page_get", 8));
        assertEquals(8, past("page_get:", 8));
    }

    @Test
    void aLineOpensWithAStoppedFunctionNameWhenItIsWrittenAsC() {
        assertEquals(9, FullStopNames.nameEnd("queue_run."));
        assertEquals(9, FullStopNames.nameEnd("queue_run.   the worker picks it up"));
        assertEquals(-1, FullStopNames.nameEnd("Done."));
        assertEquals(-1, FullStopNames.nameEnd("e.g. queue_run"));
        assertEquals(-1, FullStopNames.nameEnd("queue_run.worker"));
        assertEquals(-1, FullStopNames.nameEnd("2nd_pass."));
        assertEquals(-1, FullStopNames.nameEnd("queue_run"));
        assertEquals(-1, FullStopNames.nameEnd(""));
    }

    @Test
    void theLayoutAndCoreAgreeWhereALineStartsWithTheName() {
        for (String line : new String[] {"queue_run.", "queue_run. note", "queue_run.x", "queue_run ."}) {
            int core = FullStopNames.nameEnd(line);
            int[] t = line.codePoints().toArray();
            int name = LineScan.skipIdent(t, 0, t.length);
            assertEquals(core >= 0, FullStopNames.pastStop(t, name, t.length) > name, line);
        }
    }
}
