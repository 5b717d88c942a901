package org.tracenotes.core.explore;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An unmodifiable set of line numbers held as a sorted {@code int} array: an explored run's branch
 * lines, made once per run without boxing or hashing, iterated in line order.
 */
final class LineSet extends AbstractSet<Integer> {

    private static final LineSet EMPTY = new LineSet(new int[0]);

    private final int[] lines;

    private LineSet(int[] lines) {
        this.lines = lines;
    }

    /** The distinct lines among the first {@code n} of {@code lines} (which it may reorder). */
    static LineSet of(int[] lines, int n) {
        if (n == 0) {
            return EMPTY;
        }
        Arrays.sort(lines, 0, n);
        int distinct = 1;
        for (int i = 1; i < n; i++) {
            if (lines[i] != lines[distinct - 1]) {
                lines[distinct++] = lines[i];
            }
        }
        return new LineSet(Arrays.copyOf(lines, distinct));
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof Integer i && Arrays.binarySearch(lines, i) >= 0;
    }

    @Override
    public int size() {
        return lines.length;
    }

    @Override
    public Iterator<Integer> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < lines.length;
            }

            @Override
            public Integer next() {
                if (next >= lines.length) {
                    throw new NoSuchElementException();
                }
                return lines[next++];
            }
        };
    }

    @Override
    public int hashCode() {
        int h = 0;
        for (int line : lines) {
            h += line;
        }
        return h;
    }
}
