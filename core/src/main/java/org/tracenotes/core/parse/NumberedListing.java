package org.tracenotes.core.parse;

/**
 * A fenced trace written as a numbered listing: every line starts with its line number, all numbers
 * of one width ({@code 01 sys_mount}, {@code 02   >do_mount}, {@code 05      >get_x  从…}), and the steps
 * under the first are led by {@code >}. The number column is the listing's, not the author's tree: it
 * is read as blanks, so the {@code >} columns give the depth. A fence is such a listing when it has
 * three or more numbered lines, counting up by one, and two or more of them lead with {@code >}; other
 * numbered fences (code with line numbers) keep their numbers. The text keeps its length and line
 * breaks, so every offset and column stays the source's.
 */
final class NumberedListing {

    private NumberedListing() {
    }

    /** {@code text} with the number column of each numbered trace listing blanked; {@code text} itself when there is none. */
    static String rewrite(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        int p = 0;
        while (p < n) {
            int eol = lineEnd(text, p);
            if (fence(text, p, eol)) {
                int first = eol + 1;
                int q = first;
                while (q < n && !fence(text, q, lineEnd(text, q))) {
                    q = lineEnd(text, q) + 1;
                }
                int last = Math.min(q, n);   // [first, last): the fence's content
                int width = numberWidth(text, first, last);
                if (width > 0) {
                    out = out == null ? text.toCharArray() : out;
                    for (int s = first; s < last; s = lineEnd(text, s) + 1) {
                        for (int k = 0; k < width && s + k < last && Character.isDigit(text.charAt(s + k)); k++) {
                            out[s + k] = ' ';
                        }
                    }
                }
                p = q < n ? lineEnd(text, q) + 1 : n;
                continue;
            }
            p = eol + 1;
        }
        return out == null ? text : new String(out);
    }

    /** The width of the numbers when lines [first, last) are a numbered trace listing, else 0. */
    private static int numberWidth(String text, int first, int last) {
        int width = -1;
        int lines = 0;
        int arrows = 0;
        long previous = -1;
        for (int s = first; s < last; s = lineEnd(text, s) + 1) {
            int e = Math.min(lineEnd(text, s), last);
            if (blank(text, s, e)) {
                continue;
            }
            int d = s;
            while (d < e && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                d++;
            }
            if (d == s || d - s > 6 || d < e && text.charAt(d) != ' ' && text.charAt(d) != '\t'
                    || width >= 0 && d - s != width) {
                return 0;
            }
            width = d - s;
            long number = Long.parseLong(text, s, d, 10);
            if (previous >= 0 && number != previous + 1) {
                return 0;
            }
            previous = number;
            lines++;
            int r = d;
            while (r < e && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) {
                r++;
            }
            arrows += r < e && text.charAt(r) == '>' ? 1 : 0;
        }
        return lines >= 3 && arrows >= 2 ? width : 0;
    }

    /** Whether the line [s, e) opens or closes a fence: up to three blanks, then three backticks or tildes. */
    private static boolean fence(String text, int s, int e) {
        int p = s;
        while (p < e && p - s < 3 && text.charAt(p) == ' ') {
            p++;
        }
        return p + 3 <= e && (text.startsWith("```", p) || text.startsWith("~~~", p));
    }

    private static boolean blank(String text, int s, int e) {
        for (int k = s; k < e; k++) {
            char c = text.charAt(k);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int p) {
        int e = text.indexOf('\n', p);
        return e < 0 ? text.length() : e;
    }
}
