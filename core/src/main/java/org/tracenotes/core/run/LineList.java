package org.tracenotes.core.run;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of line numbers held as {@code int}s: a run's path of ten million steps takes
 * 40 MB here, not the 200 MB of boxed numbers in a list.
 */
final class LineList extends AbstractList<Integer> implements RandomAccess {

    private final int[] lines;

    private LineList(int[] lines) {
        this.lines = lines;
    }

    /** {@code lines} themselves, not copied: the caller gives them up. */
    static LineList wrap(int[] lines) {
        return new LineList(lines);
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
        return new LineList(a);
    }

    @Override
    public Integer get(int index) {
        return lines[index];
    }

    @Override
    public int size() {
        return lines.length;
    }

    /** As {@link List#hashCode()}, without boxing a line: an exploration keys runs by their paths. */
    @Override
    public int hashCode() {
        int h = 1;
        for (int line : lines) {
            h = 31 * h + line;
        }
        return h;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof LineList l) {
            return java.util.Arrays.equals(lines, l.lines);
        }
        return super.equals(o);
    }
}
