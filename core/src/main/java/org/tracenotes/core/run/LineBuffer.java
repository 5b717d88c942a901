package org.tracenotes.core.run;

import java.util.Arrays;
import java.util.List;

/**
 * A run's growing list of line numbers (its path, its elided lines, its forced branches) held as {@code int}s: a step reached
 * adds an int, not a boxed {@code Integer} (lines above 127 are not cached by {@link Integer#valueOf}).
 * Cut back to a mark when a side trip is undone; handed to the result as a {@link LineList} without
 * a copy of boxes.
 */
final class LineBuffer {

    private static final int[] NONE = new int[0];

    private int[] lines;
    private int size;

    LineBuffer() {
        lines = NONE;
    }

    /** A buffer with room for {@code room} lines before it grows. */
    LineBuffer(int room) {
        lines = room > 0 ? new int[room] : NONE;
    }

    void add(int line) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, Math.max(16, size * 2));
        }
        lines[size++] = line;
    }

    /** Adds {@code line} unless it is there already: a set kept in the order added. */
    void addIfAbsent(int line) {
        if (!contains(line)) {
            add(line);
        }
    }

    boolean contains(int line) {
        int[] ls = lines;
        for (int i = 0; i < size; i++) {
            if (ls[i] == line) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** Forgets the lines added after the first {@code n}. */
    void truncate(int n) {
        if (n < size) {
            size = n;
        }
    }

    void clear() {
        size = 0;
    }

    /** The lines so far, as an unmodifiable list of their own. */
    List<Integer> toList() {
        return LineList.wrap(Arrays.copyOf(lines, size));
    }

    /**
     * The lines so far as an unmodifiable list over this buffer's own array, not copied, when it has little
     * spare room (else a copy of the exact size): for the end of a run, after which the buffer is not
     * written again (it starts afresh if it is).
     */
    List<Integer> handOver() {
        // much spare room: a copy of the exact size, as a result may be kept long (an explorer keeps many)
        List<Integer> out = lines.length - size > size / 8 ? toList() : LineList.wrap(lines, size);
        lines = NONE;
        size = 0;
        return out;
    }
}
