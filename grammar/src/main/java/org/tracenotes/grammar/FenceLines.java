package org.tracenotes.grammar;

/**
 * The lines that open or close a block of preformatted lines, as the layout pass ({@link NoteLayout})
 * finds them: a fence line (a run of three or more backticks or tildes) and an HTML {@code <pre>} opener
 * or {@code </pre>} closer alone on its line ({@link HtmlPreBlocks}), and a Liquid code block's opening
 * or closing tag alone on its line ({@code {% highlight c %}}, {@code {% endhighlight %}}: {@link LiquidCodeBlocks}). The one answer for code outside
 * the layout pass that looks for the edge of such a block (the line above a step, where a long note may
 * be cut), so that it agrees with the layout pass about {@code <pre>} as it does about fences.
 */
public final class FenceLines {

    private FenceLines() {
    }

    /**
     * Whether {@code line} is a fence line ({@code ```c}, {@code ~~~}, a closing run) or a {@code <pre>}
     * opener or closer alone on it, or a Liquid code block's tag alone on it (a line test: whether an opener's
     * closer follows is not asked). The first test: its first non-blank characters are {@code `}, {@code ~},
     * {@code <} or {@code {%}.
     */
    public static boolean fenceOrPreLine(String line) {
        int p = firstNonWhitespace(line);
        if (p == line.length()) {
            return false;
        }
        char c = line.charAt(p);
        if (c == '`' || c == '~') {
            return line.startsWith(c == '`' ? "```" : "~~~", p);
        }
        if (c == '{') {
            if (p + 1 >= line.length() || line.charAt(p + 1) != '%') {
                return false;   // the cheap test before any copy: a C brace, no Liquid tag
            }
            int[] t = stripped(line, p);
            return LiquidCodeBlocks.opener(t, 0, t.length) || LiquidCodeBlocks.closer(t, 0, t.length);
        }
        if (c != '<') {
            return false;
        }
        int[] t = stripped(line, p);
        return HtmlPreBlocks.opener(t, 0, t.length) || HtmlPreBlocks.closer(t, 0, t.length);
    }

    /**
     * The info string of the opener line {@code line} of a fenced block: what follows a fence's run of
     * backticks or tildes ({@code c} of {@code ```c}), a Liquid tag's language ({@code c} of
     * {@code {% highlight c %}}, empty when it names none), the stripped line otherwise ({@code <pre>}).
     */
    public static String info(String line) {
        String s = line.strip();
        if (s.startsWith("{%")) {
            int[] t = s.codePoints().toArray();
            if (LiquidCodeBlocks.opener(t, 0, t.length)) {
                int from = LiquidCodeBlocks.languageStart(t, 0, t.length);
                int to = from;
                while (to < t.length && t[to] != ' ' && t[to] != '\t' && t[to] != '%') {
                    to++;
                }
                return new String(t, from, to - from);
            }
        }
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '`' || s.charAt(i) == '~')) {
            i++;
        }
        return s.substring(i).strip();
    }

    /** Whether {@code line} is a {@code <pre>} opener alone ({@code <pre>}, {@code <pre class="x">}, {@code <pre><code>}). */
    public static boolean preOpener(String line) {
        int p = firstNonWhitespace(line);
        if (p == line.length() || line.charAt(p) != '<') {
            return false;
        }
        int[] t = stripped(line, p);
        return HtmlPreBlocks.opener(t, 0, t.length);
    }

    /**
     * For a {@code <pre>} opener whose line ends at UTF-16 offset {@code openerEnd} of {@code text} (lines
     * end at {@code \n}): where the line of its closer ends, or -1 when it opens no block. The layout
     * pass's rule ({@link HtmlPreBlocks#close}): the first later line holding {@code </pre>} closes the
     * block when it is a closer alone, and otherwise there is no block.
     */
    public static int preCloserEnd(String text, int openerEnd) {
        int at = text.indexOf("</pre>", openerEnd);
        if (at < 0) {
            return -1;
        }
        int start = text.lastIndexOf('\n', at) + 1;
        if (start <= openerEnd) {
            return -1;   // on the opener's own line: cannot be, the opener is alone on it
        }
        int end = text.indexOf('\n', at);
        end = end < 0 ? text.length() : end;
        String line = text.substring(start, end);
        int p = firstNonWhitespace(line);
        int[] t = stripped(line, p);
        return HtmlPreBlocks.closer(t, 0, t.length) ? end : -1;
    }

    /**
     * Whether [{@code from}, {@code to}) of {@code text} holds {@code <pre} or {@code </pre}, in any case:
     * an edge of a {@code <pre>} block may be there (the cheap test: a {@code <}).
     */
    public static boolean mayHoldPreTag(String text, int from, int to) {
        for (int at = text.indexOf('<', from); at >= 0 && at < to; at = text.indexOf('<', at + 1)) {
            int p = at + 1 < to && text.charAt(at + 1) == '/' ? at + 2 : at + 1;
            if (p + 3 <= to && text.regionMatches(true, p, "pre", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /** Whether [{@code from}, {@code to}) of {@code text} holds {@code {%}: a Liquid code block's tag may be there. */
    public static boolean mayHoldLiquidTag(String text, int from, int to) {
        for (int at = from; at + 2 <= to; at++) {
            if (text.charAt(at) == '{' && text.charAt(at + 1) == '%') {
                return true;   // no further than {@code to}
            }
        }
        return false;
    }

    /**
     * Where the info string of the opener line [{@code from}, {@code to}) starts: past the fence's run of
     * backticks or tildes, at a Liquid tag's language ({@code c} of {@code {% highlight c %}}); {@code to}
     * for a {@code <pre>} opener or a Liquid tag naming none, which have none (the content decides).
     */
    static int infoStart(int[] t, int from, int to) {
        int run = LineScan.fenceOpen(t, from, to);
        if (run > 0) {
            return from + LineScan.blanks(t, from, to) + run;
        }
        int p = LineScan.stripStart(t, from, to);
        return p < to && t[p] == '{' ? LiquidCodeBlocks.languageStart(t, p, LineScan.stripEnd(t, p, to)) : to;
    }

    private static int firstNonWhitespace(String line) {
        int p = 0;
        while (p < line.length() && Character.isWhitespace(line.charAt(p))) {
            p++;
        }
        return p;
    }

    /** The code points of {@code line} from {@code p}, without trailing whitespace. */
    private static int[] stripped(String line, int p) {
        return line.substring(p).stripTrailing().codePoints().toArray();
    }
}
