package org.tracenotes.grammar;

/**
 * Arrows a Markdown note writes as HTML character references in its prose: {@code &rarr;}, {@code &#8594;},
 * {@code &#x2192;}, which the page shows as {@code →} (U+2192), the arrow authors draw for {@code ->}. A made-up
 * note:
 * <pre>
 * # Execution paths
 *
 * syscall `read()` &amp;#8594; `pl_file.c:57:pl_read()` &amp;#8594; `fs_ops.c:180:fs_read()`
 * </pre>
 * reads as the chain {@code syscall `read()` → `pl_file.c:57:pl_read()` → `fs_ops.c:180:fs_read()`}: the
 * reference is written over as {@code →} and blanks to its length, so every offset, line and column of the
 * note stays where it was, and each chain reader sees the arrow it names ({@link ChainArrows},
 * {@link OneLineChains}) without reading references of its own. Markdown shows code as written: a reference
 * in a fence, in indented code or in a code span ({@code `&rarr;`}) is the author's text and stays. An HTML
 * {@code <pre>} block is left alone too: its references, the arrows among them, are its own reader's
 * ({@link HtmlPreText}, which shows a block holding a trace as the browser does). Only the rightwards arrow is
 * read, by the one table of references ({@link CharacterReferences}); every other reference is kept as
 * written. Cost: a note without an arrow reference is returned as it is after one scan for {@code &}.
 */
public final class EntityArrows {

    /** {@code →}. */
    private static final char ARROW = LineMargin.RIGHTWARDS_ARROW;

    private EntityArrows() {
    }

    /** {@code text} with every arrow reference of its Markdown prose shown as {@code →}, or {@code text} itself when it has none. */
    public static String shown(String text) {
        if (!mayHold(text)) {
            return text;
        }
        char[] out = null;
        int n = text.length();
        MarkdownCodeLines code = new MarkdownCodeLines();
        boolean closers = true;   // a `</pre` may follow: a `<pre>` line may open a block
        for (int p = 0; p < n; ) {
            int e = text.indexOf('\n', p);
            e = e < 0 ? n : e;
            boolean inCode = code.isCode(text, p, e);
            int pre = inCode || !closers ? -1 : HtmlPreText.blockEnd(text, p, e);
            closers = pre != -2;
            if (pre >= 0) {
                p = pre + 1;   // a `<pre>` block: HtmlPreText's
                continue;
            }
            if (!inCode) {
                boolean span = false;
                for (int i = p; i < e; i++) {
                    char c = text.charAt(i);
                    if (c == '`') {
                        span = !span;
                    } else if (c == '&' && !span) {
                        int end = arrowEnd(text, i, e);
                        if (end > 0) {
                            out = out == null ? text.toCharArray() : out;
                            out[i] = ARROW;
                            for (int k = i + 1; k < end; k++) {
                                out[k] = ' ';
                            }
                            i = end - 1;
                        }
                    }
                }
            }
            p = e + 1;
        }
        return out == null ? text : new String(out);
    }

    /** Past the {@code ;} of the arrow reference at {@code p} (a {@code &}), or -1 when none starts there. */
    static int arrowEnd(String t, int p, int e) {
        int end = CharacterReferences.end(t, p, e);
        return end > 0 && CharacterReferences.named(t, p, end) == ARROW ? end : -1;
    }

    /** The cheap test: an arrow reference anywhere, in code or not. */
    private static boolean mayHold(String text) {
        for (int i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
            if (arrowEnd(text, i, text.length()) > 0) {
                return true;
            }
        }
        return false;
    }
}
