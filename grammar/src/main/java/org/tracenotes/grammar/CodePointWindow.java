package org.tracenotes.grammar;

/**
 * A window over an array of code points, seen as chars, so that the scanners written for a line's
 * {@code String} ({@link LineMargin#arrowEnd}, {@link Connectors#at}) run on the layout pass's code
 * points without a {@code String} per line. A supplementary code point reads as {@code U+FFFF}: the
 * scanners only look for ASCII and blanks, which it is not, as neither of its two UTF-16 halves is.
 * Indices are code-point indices from the window's start.
 */
final class CodePointWindow implements CharSequence {

    private final int[] codePoints;
    private int from;
    private int to;

    CodePointWindow(int[] codePoints) {
        this.codePoints = codePoints;
    }

    /** This window, moved to code points [from, to). */
    CodePointWindow over(int from, int to) {
        this.from = from;
        this.to = to;
        return this;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int index) {
        int c = codePoints[from + index];
        return c <= 0xFFFF ? (char) c : '\uFFFF';
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(codePoints, from + start, end - start);
    }

    @Override
    public String toString() {
        return new String(codePoints, from, to - from);
    }
}
