package org.tracenotes.grammar;

/**
 * A fenced listing whose every line carries its line number, with a call tree after the numbers:
 * <pre>
 * 01 do_open
 * 02   &gt;path_lookup
 * 03     &gt;walk_one
 * 04   &gt;file_alloc
 * </pre>
 * The numbers are a margin, no part of a step: the lexer skips them, and a line's depth is the column
 * of its text after them. The numbers count up by one, and the text after them is a tree of
 * {@code >name} steps (a {@code >} drawn right against each step's name, {@link Connectors}): at least
 * two such lines, and half the lines after the first. A numbered listing of code, whose lines are no
 * {@code >} steps, stays a listing.
 */
final class NumberedLines {

    /** A line number has one to this many digits. */
    private static final int MAX_DIGITS = 5;

    private NumberedLines() {
    }

    /**
     * Whether lines {@code first}..{@code last} of {@code layout} are a numbered call tree; when they are,
     * each line's number becomes its margin.
     */
    static boolean markNumberedTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int lines = 0;
        int steps = 0;
        long previous = -1;
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int d = digitsEnd(t, s, e);
            if (d < 0) {
                return false;   // the cheap test: a line with no number ends it at its first character
            }
            long number = Long.parseLong(new String(t, s, d - s));
            if (previous >= 0 && number != previous + 1) {
                return false;
            }
            previous = number;
            int p = d;
            while (p < e && (t[p] == ' ' || t[p] == '\t')) {
                p++;
            }
            lines++;
            steps += p + 1 < e && t[p] == '>' && isNameStart(t[p + 1]) ? 1 : 0;
        }
        if (lines < 3 || steps < 2 || steps * 2 < lines - 1) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            if (!layout.blank(j)) {
                layout.margins().setEnd(j, digitsEnd(t, layout.start(j), layout.contentEnd(j)) - layout.start(j));
            }
        }
        return true;
    }

    /** Where the number that starts the line at [s, e) ends when a blank follows it; -1 otherwise. */
    private static int digitsEnd(int[] t, int s, int e) {
        int p = s;
        while (p < e && p - s <= MAX_DIGITS && t[p] >= '0' && t[p] <= '9') {
            p++;
        }
        return p > s && p - s <= MAX_DIGITS && p < e && (t[p] == ' ' || t[p] == '\t') ? p : -1;
    }

    private static boolean isNameStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
