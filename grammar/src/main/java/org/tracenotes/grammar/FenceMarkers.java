package org.tracenotes.grammar;

/**
 * The fence lines of a note as the layout pass reads them ({@link LineScan#fenceOpen}, and a closer of
 * the opener's character at least as long, as {@code NoteLayout} finds it; a Liquid code block's tags,
 * {@link LiquidCodeBlocks}), for code outside this package
 * that follows fences line by line without writing its own fence test.
 */
public final class FenceMarkers {

    private FenceMarkers() {
    }

    /**
     * The length of the marker when {@code line} opens a fence ({@code ```c}, {@code ~~~~}), else 0; for a
     * Liquid code block's opening tag ({@code {% highlight c %}}, {@link LiquidCodeBlocks}), whose marker
     * is {@code {}, its tag plus one ({@link LiquidCodeBlocks#tag}), which {@link #closes} takes back. Whether
     * the tag's closer follows, the caller looks ahead (an opener without it opens nothing).
     */
    public static int openLength(String line) {
        if (!mayBeFence(line)) {
            return 0;   // the cheap test: most lines start otherwise
        }
        if (LiquidCodeBlocks.startsWithTag(line)) {
            return LiquidCodeBlocks.tag(line) + 1;
        }
        int[] t = line.codePoints().toArray();
        return LineScan.fenceOpen(t, 0, t.length);
    }

    /**
     * Whether {@code line} closes a fence opened by {@code length} of {@code marker} ({@code `} or {@code ~}),
     * or, for the marker {@code {}, a Liquid code block ({@code {% endhighlight %}}).
     */
    public static boolean closes(String line, char marker, int length) {
        if (marker == '{') {
            return LiquidCodeBlocks.closes(line, length - 1);   // the same tag's closer
        }
        if (!mayBeFence(line) || LiquidCodeBlocks.startsWithTag(line)) {
            return false;
        }
        int[] t = line.codePoints().toArray();
        int from = LineScan.stripStart(t, 0, t.length);
        int to = LineScan.stripEnd(t, from, t.length);
        return to - from >= length && LineScan.allAre(t, from, to, marker);
    }

    /** Whether the first characters after the leading blanks are a backtick, a tilde or a Liquid tag's {@code {%}. */
    public static boolean mayBeFence(String line) {
        int p = 0;
        while (p < line.length() && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p >= line.length()) {
            return false;
        }
        char c = line.charAt(p);
        return c == '`' || c == '~' || c == '{' && p + 1 < line.length() && line.charAt(p + 1) == '%';
    }
}
