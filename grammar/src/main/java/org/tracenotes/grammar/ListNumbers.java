package org.tracenotes.grammar;

/**
 * The number that leads an item of an ordered list, in the forms authors number steps with:
 * {@code 1.} and {@code 1)} (Markdown's), a dotted outline number {@code 1.1} or {@code 2.3.1} (with or
 * without a closing {@code .}), and a circled number {@code ①} … {@code ⑳} or {@code ⑴} … {@code ⒇}.
 * A dotted number says how deep its item stands: {@code 1.2.1} is an item of the item numbered
 * {@code 1.2}, whatever its indentation ({@link #depth}). A plain number, one to three digits and a
 * separator ({@link Separators}), is the one the list readers of the layout pass and core's numbered steps
 * ask for ({@link #plainEnd(NoteLayout, int, Separators)}).
 */
public final class ListNumbers {

    /** How many digits one part of a number has, at most. */
    private static final int MAX_DIGITS = 3;
    /** The code points of the line being read, one buffer per thread: reading a line's number allocates nothing. */
    private static final ThreadLocal<LineCodePoints> LINE = ThreadLocal.withInitial(LineCodePoints::new);

    /**
     * The separators that may close a plain number (one to three digits, no dots) of an item, and what
     * must follow them.
     */
    public enum Separators {
        /** Markdown's {@code .} and {@code )}, then a blank or the line's end. */
        MARKDOWN,
        /**
         * Markdown's, then a blank, or the wide {@code ，} and {@code 、}, anything after them; a number
         * closing its line is none.
         */
        MARKDOWN_AND_WIDE,
        /**
         * The ways authors number the steps of a path: Markdown's, the wide {@code 、} and {@code ）} with
         * anything after them ({@code 1、f()}, {@code 1）f()}), and a number in parentheses, narrow or wide,
         * leading its item ({@code (1) f()}, {@code （1）f()}); a wide number closing its line is none.
         */
        STEPS
    }

    private ListNumbers() {
    }

    /**
     * The number of a plain item written {@code 12. } from {@code p} of {@code line} (one to three ASCII digits, a
     * dot and a blank: a core stage's view of the list the layout found), or -1.
     */
    public static int itemNumber(CharSequence line, int p) {
        int q = p;
        while (p >= 0 && q < line.length() && q - p < MAX_DIGITS && line.charAt(q) >= '0' && line.charAt(q) <= '9') {
            q++;
        }
        if (p < 0 || q == p || q + 1 >= line.length() || line.charAt(q) != '.' || line.charAt(q + 1) != ' ') {
            return -1;
        }
        return Integer.parseInt(line.subSequence(p, q).toString());
    }

    /** Where the number leading line {@code line} ends, in code points from the line's start; -1 for a line no number leads. */
    static int end(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = layout.contentEnd(line);
        int p = s + LineScan.blanks(t, s, e);
        if (p >= e || !(t[p] >= '0' && t[p] <= '9' || circled(t[p]))) {
            return -1;   // the cheap test: a digit or a circled number first
        }
        int q = markerEnd(t, p, e);
        return q < 0 ? -1 : q - s;
    }

    /** How deep the item on line {@code line} stands by its number: the parts of a dotted number, 1 for any other. */
    static int depth(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = layout.contentEnd(line);
        return depth(t, s + LineScan.blanks(t, s, e), e);
    }

    /**
     * Where the plain number leading line {@code line} ends, just past its separator ({@link Separators}),
     * in code points from the line's start; -1 for any other line.
     */
    static int plainEnd(NoteLayout layout, int line, Separators separators) {
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = layout.contentEnd(line);
        int q = plainEnd(t, s + LineScan.blanks(t, s, e), e, separators);
        return q < 0 ? -1 : q - s;
    }

    /** The value of the digits in [from, to) of code points {@code t}; other characters (blanks, a separator) are skipped. */
    static int value(int[] t, int from, int to) {
        int v = 0;
        for (int k = from; k < to; k++) {
            if (t[k] >= '0' && t[k] <= '9') {
                v = v * 10 + t[k] - '0';
            }
        }
        return v;
    }

    /** Blanks after a list number that pad it out to its step's column: more than a Markdown item's one or two. */
    private static final int PAD_BLANKS = 3;

    /**
     * Whether the blanks at {@code i}, right after a list number's {@code .} or {@code )}, pad the number out to
     * its step's column ({@code 1.          f()}, {@code 1.<tab>f()}): a tab, or {@value #PAD_BLANKS} or more
     * blanks. In a tree drawn by indentation alone such a number only counts; the step's column is its depth.
     */
    public static boolean padsNumber(CharSequence line, int i) {
        int n = line.length();
        if (i < n && line.charAt(i) == '\t') {
            return true;
        }
        int k = i;
        while (k < n && line.charAt(k) == ' ' && k - i < PAD_BLANKS) {
            k++;
        }
        return k - i == PAD_BLANKS;
    }

    /** {@link #padsNumber(CharSequence, int)} over a line's code points {@code t} ending at {@code e}. */
    static boolean padsNumber(int[] t, int i, int e) {
        if (i < e && t[i] == '\t') {
            return true;
        }
        int k = i;
        while (k < e && t[k] == ' ' && k - i < PAD_BLANKS) {
            k++;
        }
        return k - i == PAD_BLANKS;
    }

    /** {@link #end} of a line's text: the index just past its number, in chars; -1 when no number leads it. */
    public static int end(CharSequence line) {
        int p = LineScan.skipBlanks(line, 0);
        if (p >= line.length() || !(line.charAt(p) >= '0' && line.charAt(p) <= '9' || circled(line.charAt(p)))) {
            return -1;   // the cheap test, before the line's code points are read
        }
        LineCodePoints t = LINE.get().read(line);
        int q = markerEnd(t.codePoints, p, t.length);
        return q < 0 ? -1 : Character.offsetByCodePoints(line, 0, q);
    }

    /** {@link #depth} of a line's text. */
    public static int depth(CharSequence line) {
        int p = LineScan.skipBlanks(line, 0);
        if (p + 2 >= line.length() || line.charAt(p) < '0' || line.charAt(p) > '9') {
            return 1;   // the cheap test: no digit, dot and digit can lead the line
        }
        LineCodePoints t = LINE.get().read(line);
        return depth(t.codePoints, p, t.length);
    }

    /**
     * {@link #plainEnd(NoteLayout, int, Separators)} of a line's text, Markdown's separators: the index just
     * past the separator, in chars; -1 when no plain number leads it.
     */
    public static int plainEnd(CharSequence line) {
        return plainEnd(line, Separators.MARKDOWN);
    }

    /** {@link #plainEnd(CharSequence)} with {@code separators}. */
    public static int plainEnd(CharSequence line, Separators separators) {
        int p = LineScan.skipBlanks(line, 0);
        char c = p < line.length() ? line.charAt(p) : 0;
        if (!(c >= '0' && c <= '9' || separators == Separators.STEPS && (c == '(' || c == '\uFF08'))) {
            return -1;   // the cheap test, before the line's code points are read
        }
        LineCodePoints t = LINE.get().read(line);
        int q = plainEnd(t.codePoints, p, t.length, separators);
        return q < 0 ? -1 : Character.offsetByCodePoints(line, 0, q);
    }

    private static int depth(int[] t, int p, int e) {
        int parts = 0;
        int q = p;
        while (q < e && t[q] >= '0' && t[q] <= '9') {
            parts++;
            while (q < e && t[q] >= '0' && t[q] <= '9') {
                q++;
            }
            if (q + 1 < e && t[q] == '.' && t[q + 1] >= '0' && t[q + 1] <= '9') {
                q++;
            } else {
                break;
            }
        }
        return Math.max(parts, 1);
    }

    private static boolean circled(int c) {
        return c >= 0x2460 && c <= 0x2473 || c >= 0x2474 && c <= 0x2487;
    }

    /** One past the number at {@code p}, a blank (or, after a circled number, a letter) following it; -1 for no number. */
    private static int markerEnd(int[] t, int p, int e) {
        if (circled(t[p])) {
            return p + 1 < e && (t[p + 1] == ' ' || t[p + 1] == '\t' || LineScan.isIdentStart(t[p + 1]) || t[p + 1] == '`') ? p + 1 : -1;
        }
        int q = p;
        int parts = 0;
        while (true) {
            q = digitsEnd(t, q, e);
            if (q < 0) {
                return -1;   // no digit, or too many: a value, no number
            }
            parts++;
            if (q + 1 < e && t[q] == '.' && t[q + 1] >= '0' && t[q + 1] <= '9') {
                q++;   // 1.2: the next part
                continue;
            }
            break;
        }
        if (q < e && (t[q] == '.' || t[q] == ')')) {
            q++;
        } else if (parts == 1) {
            return -1;   // a bare number is a value: `1 page`
        }
        return q < e && (t[q] == ' ' || t[q] == '\t') ? q : -1;
    }

    /** One past the plain number at {@code p} and its separator ({@link Separators}); -1 for no such number. */
    static int plainEnd(int[] t, int p, int e, Separators separators) {
        if (separators == Separators.STEPS && p < e && (t[p] == '(' || t[p] == '\uFF08')) {
            return parenthesizedEnd(t, p, e);
        }
        int q = digitsEnd(t, p, e);
        if (q < 0 || q >= e) {
            return -1;
        }
        boolean followed = q + 1 < e;
        if (separators == Separators.MARKDOWN_AND_WIDE) {
            if (!followed) {
                return -1;   // a number closing its line heads nothing
            }
            if (t[q] == '\uFF0C' || t[q] == '\u3001') {
                return q + 1;   // ，、 want no blank after them
            }
        }
        if (separators == Separators.STEPS && (t[q] == '\u3001' || t[q] == '\uFF09')) {
            return followed ? q + 1 : -1;   // 、） want no blank after them, and text
        }
        if (t[q] != '.' && t[q] != ')' || followed && t[q + 1] != ' ' && t[q + 1] != '\t') {
            return -1;
        }
        return q + 1;
    }

    /**
     * One past a number in parentheses at {@code p} ({@code (1)}, {@code （1）}) with text after it, a blank
     * after the narrow {@code )}; -1 for no such number.
     */
    private static int parenthesizedEnd(int[] t, int p, int e) {
        int q = digitsEnd(t, p + 1, e);
        if (q < 0 || q + 1 >= e) {
            return -1;
        }
        if (t[p] == '\uFF08' && t[q] == '\uFF09') {
            return q + 1;
        }
        return t[p] == '(' && t[q] == ')' && (t[q + 1] == ' ' || t[q + 1] == '\t') ? q + 1 : -1;
    }

    /** One past the one to {@link #MAX_DIGITS} digits at {@code p}; -1 for no digit or more than that. */
    private static int digitsEnd(int[] t, int p, int e) {
        int q = p;
        while (q < e && q - p < MAX_DIGITS && t[q] >= '0' && t[q] <= '9') {
            q++;
        }
        return q == p || q < e && t[q] >= '0' && t[q] <= '9' ? -1 : q;
    }

    /**
     * A line's code points, read into a buffer kept for lines up to {@link #KEPT} chars; a longer line
     * gets an array of its own, so one huge line does not stay held by the thread.
     */
    private static final class LineCodePoints {
        private static final int KEPT = 4096;
        private final int[] kept = new int[KEPT];
        private int[] codePoints = kept;
        private int length;

        /** This buffer, holding {@code line}'s code points (valid up to the next read). */
        LineCodePoints read(CharSequence line) {
            int n = line.length();
            codePoints = n <= KEPT ? kept : new int[n];
            int k = 0;
            for (int i = 0; i < n; ) {
                int c = Character.codePointAt(line, i);
                codePoints[k++] = c;
                i += Character.charCount(c);
            }
            length = k;
            return this;
        }
    }
}
