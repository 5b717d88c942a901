package org.tracenotes.grammar;

/**
 * The lines of an HTML {@code <pre>} block ({@link HtmlPreBlocks}) as a browser shows them, written over the
 * note's text at the same length, so that every offset, line and column of the note stays where it was:
 * <ul>
 * <li>a character reference ({@code -&gt;}, {@code &lt;=}, {@code &amp;dev}, {@code &quot;}, {@code &#39;},
 *     {@code &#x2192;}) is the character it names; the characters of a word that follow it close up to it and
 *     the word ends in blanks, so {@code -&gt; f()} reads {@code ->    f()} with {@code f()} where the note
 *     has it. A {@code &nbsp;} is a blank where it stands;</li>
 * <li>markup that leads a line ({@code <span class="k">-&gt; f()</span>}, {@code <b>f()</b>}) is blanked,
 *     with the closing tags that end that line, and a {@code <br>} ending a line is blanked; markup within
 *     the text ({@code // <b>why</b>}) stays as the author wrote it;</li>
 * <li>the tags wrapping the block on its opener and closer lines ({@code <div class="x"><pre>},
 *     {@code </pre></div>}) are blanked, the {@code <pre>} moved to where the first of them stood, so that it
 *     stands alone on its line with the line's indentation.</li>
 * </ul>
 * Only a block whose opener and closer then stand alone on their lines is rewritten; the note's own text is
 * never changed (the parser reads this copy). A {@code <pre>} inside a Markdown fence or indented code
 * ({@link MarkdownCodeLines}) is HTML source the note shows, kept as written. Cost: a note without {@code <pre} is returned as it is after one
 * scan for {@code <}.
 */
public final class HtmlPreText {

    private HtmlPreText() {
    }

    /** {@code text} with its {@code <pre>} blocks' lines as shown, or {@code text} itself when it has none. */
    public static String shown(String text) {
        if (!mayHoldPre(text)) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        int p = 0;
        MarkdownCodeLines code = new MarkdownCodeLines();
        while (p < n) {
            int e = lineEnd(text, p, n);
            int openAt = code.isCode(text, p, e) ? -1 : preTagAt(text, p, e);   // `<pre>` shown in a fence is the author's source
            if (openAt < 0) {
                p = e + 1;
                continue;
            }
            int closeLine = -1;
            int closeEnd = -1;
            for (int q = e + 1; q < n; ) {
                int qe = lineEnd(text, q, n);
                if (indexOfLower(text, q, qe, "</pre") >= 0) {
                    closeLine = q;
                    closeEnd = qe;
                    break;
                }
                q = qe + 1;
            }
            if (closeLine < 0) {
                break;   // no `</pre` after this line: no later opener has a closer either
            }
            if (!closerAlone(text, closeLine, closeEnd)) {
                p = closeEnd + 1;   // every opener above this closer would find it: no block up to it
                continue;
            }
            out = out == null ? text.toCharArray() : out;
            for (int q = e + 1; q < closeLine; ) {
                int qe = lineEnd(text, q, n);
                HtmlLineText.show(text, q, qe, out);
                q = qe + 1;
            }
            if (PreformattedTraceBar.mayHoldTrace(out, e + 1, closeLine)) {
                blankWrappers(text, p, e, openAt, out);
                blankClosingWrappers(text, closeLine, closeEnd, out);
            } else {
                text.getChars(e + 1, closeLine, out, e + 1);   // REPL results, program output: left as written
            }
            p = closeEnd + 1;
        }
        return out == null ? text : new String(out);
    }

    /**
     * The end of the {@code </pre>} line closing the block whose opener is line [s, e) of {@code text}, the opener
     * and closer alone on their lines as {@link #shown} reads them; -1 when the line opens no such block, -2 when
     * no line after it holds {@code </pre}, so that no later line opens one either.
     */
    static int blockEnd(String text, int s, int e) {
        if (preTagAt(text, s, e) < 0) {
            return -1;
        }
        for (int q = e + 1; q < text.length(); ) {
            int qe = lineEnd(text, q, text.length());
            if (indexOfLower(text, q, qe, "</pre") >= 0) {
                return closerAlone(text, q, qe) ? qe : -1;
            }
            q = qe + 1;
        }
        return -2;
    }

    /** The cheap test: the note holds {@code <pre} in either case. */
    private static boolean mayHoldPre(String text) {
        for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
            if (text.regionMatches(true, i + 1, "pre", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the {@code <pre} tag of line [s, e) starts when the line, stripped, is opening tags only, the last
     * of them {@code <pre…>} or {@code <pre…><code…>} ({@code <div class="x"><pre>}); -1 otherwise.
     */
    private static int preTagAt(String t, int s, int e) {
        int p = skipBlanks(t, s, e);
        if (p == e || t.charAt(p) != '<') {
            return -1;
        }
        int end = stripEnd(t, p, e);
        int pre = -1;
        while (p < end) {
            if (t.charAt(p) != '<' || p + 1 >= end || !isLetter(t.charAt(p + 1))) {
                return -1;
            }
            int close = tagEnd(t, p, end);
            if (close < 0) {
                return -1;
            }
            if (pre < 0 && isTag(t, p, close, "pre")) {
                pre = p;
                p = close;
                if (p < end && isTag(t, p, tagEnd(t, p, end), "code")) {
                    p = tagEnd(t, p, end);
                }
                return p == end ? pre : -1;
            }
            p = close;
        }
        return -1;
    }

    /** Whether line [s, e), stripped, is {@code </pre>} or {@code </code></pre>}, then closing tags only. */
    private static boolean closerAlone(String t, int s, int e) {
        int p = skipBlanks(t, s, e);
        int end = stripEnd(t, p, e);
        if (t.regionMatches(true, p, "</code>", 0, 7)) {
            p += 7;
        }
        if (!t.regionMatches(true, p, "</pre>", 0, 6)) {
            return false;
        }
        p += 6;
        while (p < end) {
            if (t.charAt(p) != '<' || p + 1 >= end || t.charAt(p + 1) != '/') {
                return false;
            }
            int close = tagEnd(t, p, end);
            if (close < 0) {
                return false;
            }
            p = close;
        }
        return true;
    }

    /**
     * Moves the {@code <pre…>} tag (and a {@code <code…>} after it) of opener line [s, e), at {@code pre}, to
     * where the line's first tag stands, blanking what follows it: the opener keeps the line's indentation,
     * as a fence does, whatever tags wrap it.
     */
    private static void blankWrappers(String t, int s, int e, int pre, char[] out) {
        int first = skipBlanks(t, s, pre);
        int end = stripEnd(t, pre, e);
        int k = first;
        for (int i = pre; i < end; i++) {
            out[k++] = t.charAt(i);
        }
        for (; k < end; k++) {
            out[k] = ' ';
        }
    }

    /** Blanks the closing tags after the {@code </pre>} of closer line [s, e). */
    private static void blankClosingWrappers(String t, int s, int e, char[] out) {
        int p = indexOfLower(t, s, e, "</pre>") + 6;
        for (int i = p; i < e; i++) {
            if (!Character.isWhitespace(t.charAt(i))) {
                out[i] = ' ';
            }
        }
    }

    /** Past the {@code >} of the tag opening at {@code p}, on the line before {@code e}; -1 when it does not close. */
    static int tagEnd(String t, int p, int e) {
        for (int i = p + 1; i < e; i++) {
            char c = t.charAt(i);
            if (c == '>') {
                return i + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /** Whether the tag [p, end) is {@code <name>} or {@code <name attrs>}. */
    private static boolean isTag(String t, int p, int end, String name) {
        if (end < 0 || !t.regionMatches(true, p + 1, name, 0, name.length())) {
            return false;
        }
        char after = t.charAt(p + 1 + name.length());
        return after == '>' || after == ' ' || after == '\t';
    }

    static boolean isLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    private static int indexOfLower(String t, int s, int e, String needle) {
        for (int i = t.indexOf('<', s); i >= 0 && i + needle.length() <= e; i = t.indexOf('<', i + 1)) {
            if (t.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static int lineEnd(String t, int p, int n) {
        int e = t.indexOf('\n', p);
        return e < 0 ? n : e;
    }

    private static int skipBlanks(String t, int p, int e) {
        while (p < e && Character.isWhitespace(t.charAt(p))) {
            p++;
        }
        return p;
    }

    private static int stripEnd(String t, int p, int e) {
        while (e > p && Character.isWhitespace(t.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
