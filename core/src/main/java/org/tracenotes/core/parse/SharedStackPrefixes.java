package org.tracenotes.core.parse;

/**
 * Stacks caught from one entry point ({@link FrameColumns}): an author who copies several backtraces of one
 * program writes each as its entry function over a column of frames, and the columns start alike (the entry's
 * first callees) and then part, each going to the place it was caught in. Lists of the calls in a body do not
 * part that way: a list written twice is the same list.
 */
final class SharedStackPrefixes {

    /** The fewest leading frames two columns share to be read as stacks from one entry point. */
    static final int MIN_SHARED = 2;

    private SharedStackPrefixes() {
    }

    /**
     * Whether another line of the note reads as the caller line {@code callerLine} does, with a column of
     * {@link FrameColumns#MIN_FRAMES} or more frames right below it whose first {@link #MIN_SHARED} or more
     * names are {@code names}' first ones, and which then names another frame than {@code names} does.
     */
    static boolean shared(SourceText source, int callerLine, String[] names) {
        String caller = source.line(callerLine);
        int from = SourceText.firstNonBlank(caller);
        int length = trimmedEnd(caller) - from;
        for (int n = 1; n <= source.lineCount(); n++) {
            if (n == callerLine) {
                continue;
            }
            String line = source.line(n);
            int p = SourceText.firstNonBlank(line);
            if (trimmedEnd(line) - p == length && line.regionMatches(p, caller, from, length)
                    && partsAfterShared(source, n, p, names)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the column below line {@code n} (its text at {@code indent}) shares leading frames with {@code names}, then parts. */
    private static boolean partsAfterShared(SourceText source, int n, int indent, String[] names) {
        int column = -1;
        int k = 0;
        for (int m = n + 1; m <= source.lineCount(); m++, k++) {
            String line = source.line(m);
            int p = SourceText.firstNonBlank(line);
            if (p == line.length() || column >= 0 && p != column || p <= indent || !FrameLines.isFrame(line)) {
                return false;   // the column ended before the frames parted
            }
            column = p;
            if (k == names.length) {
                return false;
            }
            if (!FrameLines.name(line).equals(names[k])) {
                return k >= MIN_SHARED && k + 1 >= FrameColumns.MIN_FRAMES;
            }
        }
        return false;
    }

    private static int trimmedEnd(String line) {
        int e = line.length();
        while (e > 0 && (line.charAt(e - 1) == ' ' || line.charAt(e - 1) == '\t')) {
            e--;
        }
        return e;
    }
}
