package org.tracenotes.core.run;

import java.util.Arrays;
import java.util.List;

/**
 * A run's growing list of line numbers (its path, its elided lines) held as {@code int}s: a step reached
 * adds an int, not a boxed {@code Integer} (lines above 127 are not cached by {@link Integer#valueOf}).
 * Cut back to a mark when a side trip is undone; handed to the result as a {@link LineList} without
 * a copy of boxes.
 */
final class LineBuffer {

    private int[] lines = new int[32];
    private int size;

    void add(int line) {
        if (size == lines.length) {
            lines = Arrays.copyOf(lines, size * 2);
        }
        lines[size++] = line;
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
}
