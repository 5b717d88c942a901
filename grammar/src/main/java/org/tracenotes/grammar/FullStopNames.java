package org.tracenotes.grammar;

/**
 * A name closed by a full stop, as a sentence's would close it: {@code dev_read_request.}, {@code dev_init.
 * ====> the note}, an item {@code - f.}. The stop is a {@code .} followed by the line's end or a blank, so no
 * member follows it ({@code dev.read}, {@code e.g.} inside words). The one reader of that stop for the grammar
 * ({@link ItemNames}: an item that names a function and ends in a stop) and core (a step line in words that
 * starts with such a name is a call of it).
 */
public final class FullStopNames {

    private FullStopNames() {
    }

    /** Just past the full stop at {@code q} that closes the name before it, or {@code q} when none stands there. */
    static int pastStop(int[] t, int q, int e) {
        return q < e && closes(t[q], q + 1 < e ? t[q + 1] : -1) ? q + 1 : q;
    }

    /**
     * The end of the function's name {@code line} starts with when a full stop closes it, or -1: ASCII name
     * characters, not a digit first, a lower-case letter and an {@code _} among them ({@code dev_read.}, not
     * {@code Done.} or {@code e.g.}), then the stop.
     */
    public static int nameEnd(CharSequence line) {
        int n = line.length();
        int q = 0;
        boolean lower = false;
        boolean underscore = false;
        while (q < n && line.charAt(q) < 0x80 && LineScan.isIdentPart(line.charAt(q))) {
            lower |= line.charAt(q) >= 'a' && line.charAt(q) <= 'z';
            underscore |= line.charAt(q) == '_';
            q++;
        }
        if (q == 0 || q == n || LineScan.isDigit(line.charAt(0)) || !lower || !underscore) {
            return -1;
        }
        return closes(line.charAt(q), q + 1 < n ? line.charAt(q + 1) : -1) ? q : -1;
    }

    /** Whether {@code c} is a full stop closing a name, {@code next} the character after it (-1 at the line's end). */
    private static boolean closes(int c, int next) {
        return c == '.' && (next < 0 || next == ' ' || next == '\t');
    }
}
