package org.tracenotes.grammar;

/**
 * An HTML {@code <pre>} block in Markdown, {@code <pre>} alone on a line down to {@code </pre>} alone on
 * a line: a block of preformatted lines like a fence, whose content decides whether it is a trace as a
 * fence's with no info string does. The tags' lines are its fence lines; the lines between keep their
 * text and positions (markup inside them, {@code <b>…</b>}, stays where the author wrote it). A
 * {@code <pre><code>} opener and a {@code </code></pre>} closer are the same block. The parser reads the
 * block's lines as a browser shows them ({@link HtmlPreText}: {@code -&gt;} is {@code ->}, tags wrapping the
 * opener and markup leading a line are blanks), at the note's own positions.
 */
final class HtmlPreBlocks {

    private static final String OPEN = "<pre";
    private static final String CODE = "<code";
    private static final String CLOSE = "</pre>";
    private static final String CODE_CLOSE = "</code>";

    private HtmlPreBlocks() {
    }

    /**
     * The line of the {@code </pre>} that closes the {@code <pre>} alone on line {@code open}, or -1 when
     * line {@code open} opens no such block (the first test: its first non-blank character is {@code <}).
     * A line holding {@code </pre>} with other text is no closer: the block is not read as one.
     */
    static int close(NoteLayout layout, int open) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(open);
        int p = LineScan.stripStart(t, layout.start(open), e);
        if (p == e || t[p] != '<' || !opener(t, p, LineScan.stripEnd(t, p, e))) {
            return -1;
        }
        for (int j = open + 1; j < layout.lineCount(); j++) {
            int s = layout.start(j);
            int f = layout.contentEnd(j);
            int at = LineScan.indexOf(t, s, f, CLOSE);
            if (at >= 0) {
                return closer(t, LineScan.stripStart(t, s, f), LineScan.stripEnd(t, s, f)) ? j : -1;
            }
        }
        return -1;
    }

    /** Whether the stripped line [p, e) is {@code <pre>}, {@code <pre attrs>}, optionally then {@code <code…>}. */
    static boolean opener(int[] t, int p, int e) {
        int q = tag(t, p, e, OPEN);
        if (q < 0) {
            return false;
        }
        if (q < e) {
            q = tag(t, q, e, CODE);
        }
        return q == e;
    }

    /** Whether the stripped line [p, e) is {@code </pre>} or {@code </code></pre>}. */
    static boolean closer(int[] t, int p, int e) {
        if (LineScan.matchesLower(t, p, e, CODE_CLOSE)) {
            p += CODE_CLOSE.length();
        }
        return e - p == CLOSE.length() && LineScan.matchesLower(t, p, e, CLOSE);
    }

    /**
     * Past the tag {@code name} at {@code p} ({@code <pre>}, or {@code <pre class="x">}: the name, then
     * {@code >} or a blank and attributes up to {@code >}), or -1 when no such tag starts there.
     */
    private static int tag(int[] t, int p, int e, String name) {
        if (!LineScan.matchesLower(t, p, e, name)) {
            return -1;
        }
        int q = p + name.length();
        if (q < e && t[q] == '>') {
            return q + 1;
        }
        if (q == e || t[q] != ' ' && t[q] != '\t') {
            return -1;   // `<prefix>`, `<precious>`: another tag
        }
        while (q < e && t[q] != '>' && t[q] != '<') {
            q++;
        }
        return q < e && t[q] == '>' ? q + 1 : -1;
    }
}
