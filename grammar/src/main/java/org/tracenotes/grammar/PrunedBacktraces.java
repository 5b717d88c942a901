package org.tracenotes.grammar;

/**
 * A debugger's backtrace pruned by hand to its frames' names, innermost first, one frame a line, blank
 * lines between them or not:
 * <pre>
 * #0 ring_fill
 * #1 ring_poll
 * #2 loop_once ()
 * #3 main
 * </pre>
 * The author cut the addresses, arguments and files to leave the call path: each frame is called by the
 * frame below it, the bottom frame is the outermost, the root (the block is a {@link BlockShape#COPIED_CALL_STACK},
 * read bottom up by core's {@code CopiedStackChains}). The {@code #N} is a margin.
 *
 * <p>What tells it from a debugger's own output: every line of the run is {@code #N name} or
 * {@code #N name ()} and nothing else, numbered from {@code #0} up one by one, at least {@value #MIN_FRAMES} frames, half of them at least named as code
 * ({@code _} or {@code ::} in the name). gdb's
 * {@code #0  0x… in f (a=1) at x.c:12} and {@code #1  f (a=1) at x.c:9} carry addresses, arguments or files: they
 * stay the stack dumps readers take them for. A Markdown heading needs a blank after its {@code #}.
 *
 * <p>Cost: one look at a line's first character; only a line starting with {@code #} and a digit is scanned on.
 */
final class PrunedBacktraces {

    static final int MIN_FRAMES = 3;

    private PrunedBacktraces() {
    }

    /** Whether the fenced lines {@code first}..{@code last} are such a backtrace; when they are, the frame numbers are margins. */
    static boolean isFencedBacktrace(NoteLayout layout, int first, int last) {
        int end = framesEnd(layout, first, last, false);
        if (end < 0) {
            return false;
        }
        for (int j = end + 1; j <= last; j++) {
            if (!layout.blank(j)) {
                return false;
            }
        }
        setMargins(layout, first, last);
        return true;
    }

    /** Marks each such backtrace among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || frameNumber(layout, i, -1) < 0) {
                continue;
            }
            int last = framesEnd(layout, i, n - 1, true);
            if (last >= 0) {
                layout.markTrace(i, last, blockId);
                layout.mark(BlockShape.COPIED_CALL_STACK, blockId++);
                setMargins(layout, i, last);
                i = last;
            }
        }
        return blockId;
    }

    /**
     * The last line of the run of frames from line {@code from} (at most to {@code to}, blank lines skipped; in the
     * note's text only text lines), or -1 when the run is no backtrace: too few frames or too few named as code.
     */
    private static int framesEnd(NoteLayout layout, int from, int to, boolean inText) {
        int frames = 0;
        int coded = 0;
        int number = -1;
        int last = -1;
        for (int j = from; j <= to; j++) {
            if (inText ? layout.role(j) == NoteLayout.Role.BLANK : layout.blank(j)) {
                continue;
            }
            int next = !inText || layout.role(j) == NoteLayout.Role.TEXT ? frameNumber(layout, j, number) : -1;
            if (next < 0) {
                break;
            }
            number = next;
            frames++;
            coded += codeNamed(layout, j) ? 1 : 0;
            last = j;
        }
        return frames >= MIN_FRAMES && frames <= FlatChainRuns.MAX_LINKS && coded * 2 >= frames ? last : -1;
    }

    /**
     * Whether frame line {@code j}'s name reads as code: it holds an {@code _} or {@code ::}. Half the frames at
     * least must, so that numbered words ({@code #1 Intro}, {@code #2 Setup}) stay text.
     */
    private static boolean codeNamed(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(j);
        for (int k = LineScan.stripStart(t, layout.start(j), e) + 1; k < e; k++) {
            if (t[k] == '_' || t[k] == ':') {
                return true;
            }
        }
        return false;
    }

    private static void setMargins(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            if (!layout.blank(j)) {
                int s = layout.start(j);
                int p = LineScan.stripStart(t, s, layout.contentEnd(j)) + 1;
                while (LineScan.isDigit(t[p])) {
                    p++;
                }
                layout.margins().setEnd(j, LineScan.skipBlanks(t, p, layout.contentEnd(j)) - s);
            }
        }
    }

    /**
     * The frame number of line {@code j} when it is a pruned frame ({@code #N name}, {@code #N name ()}) numbered
     * next after {@code after} (-1: the innermost frame, {@code #0}), else -1. A debugger numbers frames from 0 and
     * one by one; lists numbered by hand ({@code #1 intro_talk}) and issue numbers ({@code #101 fix_typo}) do not.
     */
    static int frameNumber(NoteLayout layout, int j, int after) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (e - p < 4 || t[p] != '#' || !LineScan.isDigit(t[p + 1])) {
            return -1;
        }
        int q = p + 1;
        int number = 0;
        while (q < e && LineScan.isDigit(t[q]) && number < 100_000) {
            number = number * 10 + t[q] - '0';
            q++;
        }
        int name = LineScan.skipBlanks(t, q, e);
        if (name == q || name >= e || number != after + 1 || !LineScan.isIdentStart(t[name])) {
            return -1;
        }
        int r = name;
        while (r < e && (LineScan.isIdentPart(t[r]) || t[r] == ':' && r + 2 < e && t[r + 1] == ':' && LineScan.isIdentStart(t[r + 2]))) {
            r += t[r] == ':' ? 2 : 1;
        }
        int rest = LineScan.skipBlanks(t, r, e);
        return rest == e || rest + 2 == e && t[rest] == '(' && t[rest + 1] == ')' ? number : -1;
    }
}
