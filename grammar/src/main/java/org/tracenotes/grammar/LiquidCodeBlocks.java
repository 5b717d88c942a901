package org.tracenotes.grammar;

/**
 * A code block of a Jekyll, Octopress or Hexo note written with Liquid tags instead of a fence:
 * {@code {% highlight c %}} alone on a line down to {@code {% endhighlight %}} alone on a line (also
 * {@code {% codeblock lang:c %}} … {@code {% endcodeblock %}} and {@code {% code %}} … {@code {% endcode %}}).
 * The site renders it as a fenced block whose language is the tag's ({@code c}, {@code text}); its lines
 * are literal, so a {@code ```} inside is code, not a fence. The tags' lines are its fence lines.
 * {@code {% raw %}} is no such block: its lines are the note's Markdown (a fence inside it is a fence).
 * A tag may trim blanks ({@code {%- highlight c -%}}); an opener without its closer opens no block.
 *
 * <p>The one answer about such blocks: the layout ({@link #close}), {@link FenceMarkers} and {@link FenceLines}
 * and core's note cutter all read the opening tag ({@link #tag}), a closer of the same tag ({@link #closes})
 * and, where they look ahead, the line that closes it ({@link #closerEnd}).
 */
public final class LiquidCodeBlocks {

    private static final String[] TAGS = {"highlight", "codeblock", "code"};

    private LiquidCodeBlocks() {
    }

    /**
     * The line of the closing tag of the block opened by the tag alone on line {@code open}, or -1 when
     * line {@code open} opens no such block (the first test: its first non-blank characters are {@code {%}).
     */
    static int close(NoteLayout layout, int open) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(open);
        int p = LineScan.stripStart(t, layout.start(open), e);
        int tag = openerTag(t, p, LineScan.stripEnd(t, p, e));
        if (tag < 0) {
            return -1;
        }
        for (int j = open + 1; j < layout.lineCount(); j++) {
            int s = layout.start(j);
            int f = layout.contentEnd(j);
            int q = LineScan.stripStart(t, s, f);
            if (q + 1 < f && t[q] == '{' && t[q + 1] == '%' && closes(t, q, LineScan.stripEnd(t, q, f), tag)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Which tag {@code line} opens when it is an opening tag alone ({@code {% highlight c %}}): a number
     * {@code >= 0} that {@link #closes} takes, or -1. The cheap test first: {@code {%} after the blanks.
     */
    public static int tag(CharSequence line) {
        if (!startsWithTag(line)) {
            return -1;
        }
        int[] t = line.codePoints().toArray();
        int p = LineScan.stripStart(t, 0, t.length);
        return openerTag(t, p, LineScan.stripEnd(t, p, t.length));
    }

    /** Whether {@code line} is the closing tag alone of the block opened by {@code tag} ({@link #tag}). */
    public static boolean closes(CharSequence line, int tag) {
        if (tag < 0 || !startsWithTag(line)) {
            return false;
        }
        int[] t = line.codePoints().toArray();
        int p = LineScan.stripStart(t, 0, t.length);
        return closes(t, p, LineScan.stripEnd(t, p, t.length), tag);
    }

    /**
     * Where the line that closes the block opened by {@code tag} ends in {@code text} (the first closer of
     * that tag after {@code openerEnd}, the end of the opener's line), or -1 when none does: the opener
     * opens nothing.
     */
    public static int closerEnd(String text, int openerEnd, int tag) {
        for (int at = text.indexOf("{%", openerEnd); at >= 0; at = text.indexOf("{%", at + 2)) {
            int start = text.lastIndexOf('\n', at) + 1;
            int end = text.indexOf('\n', at);
            end = end < 0 ? text.length() : end;
            if (start > openerEnd && closes(text.subSequence(start, end), tag)) {
                return end;
            }
        }
        return -1;
    }

    /** Whether {@code line}'s first characters past blanks are {@code {%}. */
    static boolean startsWithTag(CharSequence line) {
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        return p + 1 < line.length() && line.charAt(p) == '{' && line.charAt(p + 1) == '%';
    }

    /** Whether the stripped line [p, e) is an opening tag alone ({@code {% highlight c linenos %}}). */
    static boolean opener(int[] t, int p, int e) {
        return openerTag(t, p, e) >= 0;
    }

    /** Whether the stripped line [p, e) is a closing tag alone ({@code {% endhighlight %}}). */
    static boolean closer(int[] t, int p, int e) {
        for (int tag = 0; tag < TAGS.length; tag++) {
            if (closes(t, p, e, tag)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the language of the opening tag alone on the stripped line [p, e) starts ({@code c} of
     * {@code {% highlight c %}}, of {@code lang:c}), or {@code e} when it names none or opens no block.
     */
    static int languageStart(int[] t, int p, int e) {
        int tag = openerTag(t, p, e);
        if (tag < 0) {
            return e;
        }
        int q = LineScan.stripStart(t, tagNameStart(t, p, e) + TAGS[tag].length(), e);
        if (tag == 0) {
            return q;   // highlight: the language is the first word
        }
        for (int r = q; r + 5 <= e; r++) {   // codeblock, code: the language is `lang:c` among the words
            if ((r == q || t[r - 1] == ' ') && LineScan.startsWith(t, r, e, "lang:")) {
                return r + 5;
            }
        }
        return e;
    }

    /** The index in {@link #TAGS} of the opening tag alone on the stripped line [p, e), or -1. */
    private static int openerTag(int[] t, int p, int e) {
        if (e - p < 6 || t[p] != '{' || t[p + 1] != '%' || t[e - 1] != '}' || t[e - 2] != '%') {
            return -1;   // the cheap test: most lines start otherwise
        }
        int n = tagNameStart(t, p, e);
        for (int tag = 0; tag < TAGS.length; tag++) {
            int after = n + TAGS[tag].length();
            if (LineScan.startsWith(t, n, e, TAGS[tag]) && after < e && (t[after] == ' ' || t[after] == '\t'
                    || t[after] == '%' || t[after] == '-')) {
                return tag == 0 && LineScan.stripStart(t, after, e) >= bodyEnd(t, p, e) ? -1 : tag;   // highlight names a language
            }
        }
        return -1;
    }

    /** Whether the stripped line [p, e) is {@code {% endTAG %}} for tag {@code tag}. */
    private static boolean closes(int[] t, int p, int e, int tag) {
        if (e - p < 6 || t[p] != '{' || t[p + 1] != '%' || t[e - 1] != '}' || t[e - 2] != '%') {
            return false;
        }
        int n = tagNameStart(t, p, e);
        String name = TAGS[tag];
        return LineScan.startsWith(t, n, e, "end") && LineScan.startsWith(t, n + 3, e, name)
                && bodyEnd(t, p, e) == n + 3 + name.length();
    }

    /** Past {@code {%}, an optional {@code -} and blanks: where the tag's name starts. */
    private static int tagNameStart(int[] t, int p, int e) {
        int q = p + 2;
        if (q < e && t[q] == '-') {
            q++;
        }
        return LineScan.stripStart(t, q, e);
    }

    /** Where the tag's words end: before {@code %}}, an optional {@code -} and the blanks before them. */
    private static int bodyEnd(int[] t, int p, int e) {
        int q = e - 2;
        if (q > p + 2 && t[q - 1] == '-') {
            q--;
        }
        while (q > p + 2 && (t[q - 1] == ' ' || t[q - 1] == '\t')) {
            q--;
        }
        return q;
    }
}
