package org.tracenotes.core.debug;

import java.util.Arrays;

/**
 * The events of a run as far as it has gone, a few bytes each (kind, depth, line, source): what going
 * back searches. Events are numbered from the run's start; every run of the same trace with the same
 * forces numbers them the same, so the timeline outlives the run that recorded it. Its size is bounded
 * by the run's step budget.
 */
final class Timeline {

    static final int STEP = 0;
    static final int CALL_IN = 1;
    static final int CALL_OUT = 2;
    static final int OTHER = 3;
    /** A stop that is no event of the interpreter's: the run ending in error, an invariant broken at the end. */
    static final int VIRTUAL = 4;

    private int[] lines = new int[1024];
    /** kind in bits 0-3, source in bits 4-15, depth from bit 16. */
    private int[] meta = new int[1024];
    private int size;

    int size() {
        return size;
    }

    /** Records event {@code index}; an index recorded before is overwritten, and the rest forgotten, if it differs. */
    void record(int index, int kind, int depth, int line, int source) {
        int m = kind | (Math.min(source, 0xfff) << 4) | (Math.min(depth, 0x7fff) << 16);
        if (index < size) {
            if (meta[index] == m && lines[index] == line) {
                return;
            }
            size = index;
        }
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
            meta = Arrays.copyOf(meta, size * 2);
        }
        lines[size] = line;
        meta[size] = m;
        size++;
    }

    int kind(int i) {
        return meta[i] & 0xf;
    }

    int source(int i) {
        return (meta[i] >>> 4) & 0xfff;
    }

    int depth(int i) {
        return meta[i] >>> 16;
    }

    int line(int i) {
        return lines[i];
    }

    /** The last step before event {@code before} at most {@code maxDepth} calls deep, or -1. */
    int previousStep(int before, int maxDepth) {
        for (int i = Math.min(before, size) - 1; i >= 0; i--) {
            if (kind(i) == STEP && depth(i) <= maxDepth) {
                return i;
            }
        }
        return -1;
    }

    /** The run's first step, or -1. */
    int firstStep() {
        for (int i = 0; i < size; i++) {
            if (kind(i) == STEP) {
                return i;
            }
        }
        return -1;
    }

    /** The last time a step of {@code source} at {@code line} was reached at or before event {@code atOrBefore}, or -1. */
    int lastReach(int atOrBefore, int source, int line) {
        for (int i = Math.min(atOrBefore, size - 1); i >= 0; i--) {
            if (kind(i) == STEP && source(i) == source && lines[i] == line) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first step of the call {@code depth} calls deep that event {@code at} is inside: back to the
     * last event outside that call, then forward to its first step at that depth; -1 if there is none.
     */
    int frameStart(int at, int depth) {
        int last = Math.min(at, size - 1);
        int i = last;
        while (i >= 0 && depth(i) >= depth) {
            i--;
        }
        for (int j = i + 1; j <= last; j++) {
            if (kind(j) == STEP && depth(j) == depth) {
                return j;
            }
        }
        return -1;
    }
}
