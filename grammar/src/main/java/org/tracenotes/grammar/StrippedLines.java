package org.tracenotes.grammar;

/**
 * The lines of a range of a note's layout that hold text, each with its text's bounds, whitespace
 * stripped at both ends; blank lines are passed over. One cursor walks them:
 * {@code for (StrippedLines line = new StrippedLines(layout, first, last); line.next(); )}.
 */
final class StrippedLines {

    private final NoteLayout layout;
    private final int[] t;
    private final int last;
    private int index;
    private int from;
    private int to;

    /** A cursor before line {@code first}, over lines {@code first}..{@code last}. */
    StrippedLines(NoteLayout layout, int first, int last) {
        this.layout = layout;
        this.t = layout.codePoints();
        this.last = last;
        this.index = first - 1;
    }

    /** Moves to the next line that holds text; false past {@code last}. */
    boolean next() {
        while (++index <= last) {
            int s = layout.start(index);
            to = LineScan.stripEnd(t, s, layout.contentEnd(index));
            from = LineScan.stripStart(t, s, to);
            if (from < to) {
                return true;
            }
        }
        return false;
    }

    /** The line's index in the layout. */
    int index() {
        return index;
    }

    /** Where the line's text starts, past its leading whitespace (a code point index into the layout). */
    int from() {
        return from;
    }

    /** Where the line's text ends, before its trailing whitespace. */
    int to() {
        return to;
    }
}
