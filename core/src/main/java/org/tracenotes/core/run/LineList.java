package org.tracenotes.core.run;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of line numbers held as {@code int}s: a run's path of ten million steps takes
 * 40 MB here, not the 200 MB of boxed numbers in a list.
 */
final class LineList extends AbstractList<Integer> implements RandomAccess {

    private static final LineList EMPTY = new LineList(new int[0], 0);

    private final int[] lines;
    /** How many of {@link #lines} are the list's (the rest is a buffer's unused room). */
    private final int size;

    private LineList(int[] lines, int size) {
        this.lines = lines;
        this.size = size;
    }

    /** {@code lines} themselves, not copied: the caller gives them up. */
    static LineList wrap(int[] lines) {
        return new LineList(lines, lines.length);
    }

    /** The first {@code size} of {@code lines}, not copied: the caller gives them up. */
    static LineList wrap(int[] lines, int size) {
        return size == 0 ? EMPTY : new LineList(lines, size);
    }

    /** {@code lines} copied, or itself when it is one already. */
    static List<Integer> of(List<Integer> lines) {
        if (lines instanceof LineList l) {
            return l;
        }
        int[] a = new int[lines.size()];
        int i = 0;
        for (int line : lines) {
            a[i++] = line;
        }
        return new LineList(a, a.length);
    }

    @Override
    public Integer get(int index) {
        java.util.Objects.checkIndex(index, size);
        return lines[index];
    }

    @Override
    public int size() {
        return size;
    }

    /** As {@link List#hashCode()}, without boxing a line: an exploration keys runs by their paths. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int i = 0; i < size; i++) {
            h = 31 * h + lines[i];
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof LineList l) {
            return java.util.Arrays.equals(lines, 0, size, l.lines, 0, l.size);
        }
        return super.equals(o);
    }
}
