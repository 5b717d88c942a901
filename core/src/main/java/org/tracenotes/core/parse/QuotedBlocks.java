package org.tracenotes.core.parse;

/**
 * Code quoted in a Markdown blockquote: a fence inside {@code >} lines, or a drawn tree on {@code >}
 * lines with no fence, is read as if the quote were not there. Each {@code >} of such a run's quote
 * marks becomes a blank, so that every offset, line and column of the note stays where it was and the
 * block is read like a fence or a tree indented by the marks' width (as in a list item).
 * <pre>
 * &gt; The path:
 * &gt;
 * &gt; ```
 * &gt; start()
 * &gt;   run()
 * &gt; ```
 * </pre>
 * A run of quote lines (no blank or unquoted line between) is unquoted only when it holds a fence
 * closed inside it, a code block indented 4 past the marks (two lines at least, after a blank quote
 * line), or at least two lines led by a tree's drawing ({@code |-}, {@code +-}, {@code `-},
 * {@code ├}, {@code └}) or by an arrow to a call ({@code -> f(x)}, {@code => f()}, {@code → f()}); a quoted
 * reply (its {@code -> point} lines too), quoted prose, a quoted REPL session or a quoted list keeps its
 * marks. A fence left open at the run's end is not unquoted: Markdown ends it with the quote. Lines inside a
 * fence of the note itself are no quote: they are never rewritten.
 */
final class QuotedBlocks {

    private QuotedBlocks() {
    }

    /** {@code text} with the quote marks of its quoted code blanked, or {@code text} itself when there is none. */
    static String unquoted(String text) {
        char[] out = null;
        int n = text.length();
        int p = 0;
        while (p < n) {
            if (bodyStart(text, p, n) < 0) {
                p = pastFence(text, p, n);
                continue;
            }
            int runStart = p;
            int drawn = 0;
            int closed = 0;
            int indentedCode = 0;
            boolean afterBlank = true;   // a code block indented 4 starts the quote or follows a blank quote line
            char fence = 0;
            int fenceLength = 0;
            int q = p;
            int body;
            while (q < n && (body = bodyStart(text, q, n)) >= 0) {
                int e = lineEnd(text, q, n);
                int b = body;
                while (b < e && b - body < 3 && text.charAt(b) == ' ') {
                    b++;
                }
                int run = fenceRun(text, b, e);
                if (run >= 3 && fence == 0) {
                    fence = text.charAt(b);
                    fenceLength = run;
                } else if (run >= fenceLength && fence != 0 && text.charAt(b) == fence && isBlank(text, b + run, e)) {
                    fence = 0;
                    closed++;
                } else if (fence == 0 && isDrawn(text, body, e)) {
                    drawn++;
                }
                if (fence == 0 && run == 0 && b - body >= 3 && b < e && text.charAt(b) == ' '
                        && (afterBlank || indentedCode > 0) && !isBlank(text, b, e)) {
                    indentedCode++;
                } else if (isBlank(text, b, e)) {
                    afterBlank = true;
                    q = e + 1;
                    continue;
                } else {
                    indentedCode = indentedCode >= 2 ? indentedCode : 0;
                }
                afterBlank = false;
                q = e + 1;
            }
            if (fence == 0 && (closed > 0 || drawn >= 2 || indentedCode >= 2)) {
                out = out == null ? text.toCharArray() : out;
                blankMarks(text, runStart, Math.min(q, n), out);
            }
            p = q;
        }
        return out == null ? text : new String(out);
    }

    /**
     * Past line [p …) when it opens no fence; past the whole fenced block (its closing line, or the text's end)
     * when it does: a {@code >} in a fence (a {@code diff} hunk, a pasted mail) is the fence's text, no quote.
     */
    private static int pastFence(String text, int p, int n) {
        int e = lineEnd(text, p, n);
        int b = p;
        while (b < e && (text.charAt(b) == ' ' || text.charAt(b) == '\t')) {
            b++;
        }
        int length = fenceRun(text, b, e);
        if (length < 3) {
            return e + 1;
        }
        char mark = text.charAt(b);
        int q = e + 1;
        while (q < n) {
            int end = lineEnd(text, q, n);
            int c = q;
            while (c < end && (text.charAt(c) == ' ' || text.charAt(c) == '\t')) {
                c++;
            }
            int run = fenceRun(text, c, end);
            if (run >= length && text.charAt(c) == mark && isBlank(text, c + run, end)) {
                return end + 1;
            }
            q = end + 1;
        }
        return n;
    }

    /** Where the text after line [p …)'s quote marks starts (past one blank after the last {@code >}), or -1 for no quote line. */
    private static int bodyStart(String text, int p, int n) {
        int q = p;
        int marks = 0;
        while (true) {
            int lead = q;
            while (q < n && q - lead < 3 && text.charAt(q) == ' ') {
                q++;
            }
            if (q < n && text.charAt(q) == '>') {
                marks++;
                q++;
                if (q < n && text.charAt(q) == ' ') {
                    q++;
                }
            } else {
                return marks == 0 ? -1 : lead;
            }
        }
    }

    /** Blanks every {@code >} of the quote marks of the lines in [from, to). */
    private static void blankMarks(String text, int from, int to, char[] out) {
        int p = from;
        while (p < to) {
            int body = bodyStart(text, p, text.length());
            for (int k = p; k < body; k++) {
                if (out[k] == '>') {
                    out[k] = ' ';
                }
            }
            p = lineEnd(text, p, text.length()) + 1;
        }
    }

    /** The length of the run of {@code `} or {@code ~} at {@code b} (a fence's mark), or 0. */
    private static int fenceRun(String text, int b, int e) {
        if (b >= e || text.charAt(b) != '`' && text.charAt(b) != '~') {
            return 0;
        }
        int q = b;
        while (q < e && text.charAt(q) == text.charAt(b)) {
            q++;
        }
        return q - b;
    }

    /** Whether [b, e), past its blanks and {@code |}/{@code │} stems, starts with a tree's connector or a step's arrow. */
    private static boolean isDrawn(String text, int b, int e) {
        int q = b;
        while (q < e && (text.charAt(q) == ' ' || text.charAt(q) == '\t' || text.charAt(q) == '│')) {
            q++;
        }
        if (q >= e) {
            return false;
        }
        char c = text.charAt(q);
        if (c == '├' || c == '└') {
            return true;
        }
        char d = q + 1 < e ? text.charAt(q + 1) : 0;
        if ((c == '|' || c == '+' || c == '`') && d == '-') {
            return true;
        }
        int arrow = c == '→' ? 1 : (c == '-' || c == '=') && d == '>' ? 2
                : c == '-' && d == '-' && q + 2 < e && text.charAt(q + 2) == '>' ? 3 : 0;
        return arrow > 0 && callAt(text, q + arrow, e);
    }

    /**
     * Whether a call follows the arrow ending at {@code p}: blanks, a name (maybe member-qualified), then {@code (}.
     * A quoted reply's {@code -> the README is outdated} or an irb {@code => false} is no step of a trace.
     */
    private static boolean callAt(String text, int p, int e) {
        int q = p;
        while (q < e && text.charAt(q) == ' ') {
            q++;
        }
        int name = q;
        while (q < e && (Character.isLetterOrDigit(text.charAt(q)) || text.charAt(q) == '_' || text.charAt(q) == '.'
                || q > name && text.startsWith("->", q))) {
            q += q > name && text.startsWith("->", q) ? 2 : 1;
        }
        return q > name && q < e && text.charAt(q) == '(';
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int lineEnd(String text, int p, int n) {
        int e = text.indexOf('\n', p);
        return e < 0 ? n : e;
    }
}
