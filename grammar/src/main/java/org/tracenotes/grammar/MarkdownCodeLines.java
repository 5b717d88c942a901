package org.tracenotes.grammar;

/**
 * Which lines of a note, read top to bottom, are Markdown code a note shows as written: the lines of a
 * {@code ```} or {@code ~~~} fence (its fence lines too), and lines indented by four columns or a tab
 * (indented code). A forward scan over the note's lines in order; a fence closes on a line of at least
 * as many of its characters and nothing else, as CommonMark has it.
 */
final class MarkdownCodeLines {

    private char fence;
    private int fenceLength;

    /** Whether line [s, e) of {@code t}, the next line of the scan, is code; call once per line, in order. */
    boolean isCode(String t, int s, int e) {
        int indent = 0;
        int p = s;
        while (p < e && t.charAt(p) == ' ' && indent < 4) {
            indent++;
            p++;
        }
        if (fence != 0) {
            if (indent < 4 && run(t, p, e, fence) >= fenceLength && blankFrom(t, p + run(t, p, e, fence), e)) {
                fence = 0;
            }
            return true;
        }
        if (indent >= 4 || p < e && t.charAt(p) == '\t') {
            return true;
        }
        char c = p < e ? t.charAt(p) : 0;
        int length = c == '`' || c == '~' ? run(t, p, e, c) : 0;
        if (length >= 3) {
            fence = c;
            fenceLength = length;
            return true;
        }
        return false;
    }

    private static int run(String t, int p, int e, char c) {
        int q = p;
        while (q < e && t.charAt(q) == c) {
            q++;
        }
        return q - p;
    }

    private static boolean blankFrom(String t, int p, int e) {
        for (int i = p; i < e; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
