package org.tracenotes.grammar;

/**
 * A call stack copied in a fence the way a hardware debugger's frame window numbers it (TRACE32's {@code Frame}
 * view): each frame a line, its number padded to three digits behind a minus, a bar or a colon, then the frame's
 * function, innermost first:
 * <pre>
 * -000|widget_wait()
 * -001|widget_poll(timeout = 100)
 * -002:widget_ioctl()
 * -003:ret_to_user()
 * </pre>
 * Frame {@code -000} is where the stop happened; each frame is called by the frame below it and the bottom frame,
 * the outermost, is the root (a {@link BlockShape#COPIED_CALL_STACK}, read bottom up by core's
 * {@code CopiedStackChains}). The {@code -NNN|} is a margin.
 *
 * <p>What tells it from other numbered lines: every line of the fence (blank lines aside) is such a frame and
 * nothing else: {@code -}, three digits, {@code |} or {@code :}, a name of code, maybe its parentheses with
 * arguments, counted from {@code -000} up one by one, at least {@value #MIN_FRAMES} frames, half of them at least
 * named as code ({@code _} in the name). A frame window pasted whole, its locals on the lines under each frame, a
 * diff's {@code -001: old line} or a table of {@code -100|} values is no such fence and stays what it was.
 */
final class NumberedFrameStacks {

    /** How many frames the stack holds, at least. */
    static final int MIN_FRAMES = 3;

    private NumberedFrameStacks() {
    }

    /** Whether lines {@code first}..{@code last} (a fence's inside) are such a stack; its frame numbers become margins. */
    static boolean isFencedStack(NoteLayout layout, int first, int last) {
        int frames = 0;
        int coded = 0;
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int name = frame(layout, j, frames);
            if (name < 0) {
                return false;
            }
            frames++;
            coded += underscored(layout.codePoints(), name, layout.contentEnd(j)) ? 1 : 0;
        }
        if (frames < MIN_FRAMES || frames > FlatChainRuns.MAX_LINKS || coded * 2 < frames) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            if (!layout.blank(j)) {
                layout.margins().setEnd(j, frame(layout, j, -1) - layout.start(j));
            }
        }
        return true;
    }

    /**
     * Where the function's name starts on frame line {@code j} numbered {@code number} (any number when -1), or -1
     * when the line is no such frame.
     */
    private static int frame(NoteLayout layout, int j, int number) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (e - p < 7 || t[p] != '-' || !LineScan.isDigit(t[p + 1]) || !LineScan.isDigit(t[p + 2]) || !LineScan.isDigit(t[p + 3])
                || t[p + 4] != '|' && t[p + 4] != ':') {
            return -1;
        }
        int n = (t[p + 1] - '0') * 100 + (t[p + 2] - '0') * 10 + t[p + 3] - '0';
        if (number >= 0 && n != number) {
            return -1;
        }
        int name = LineScan.skipBlanks(t, p + 5, e);
        if (name >= e || !LineScan.isIdentStart(t[name])) {
            return -1;
        }
        int k = LineScan.skipIdent(t, name, e);
        if (k == e) {
            return name;
        }
        if (t[k] != '(') {
            return -1;
        }
        int close = LineScan.closeParen(t, k, e);
        return close == e - 1 ? name : -1;
    }

    /** Whether the frame's name starting at {@code p} holds an {@code _}. */
    private static boolean underscored(int[] t, int p, int e) {
        for (int k = p; k < e && LineScan.isIdentPart(t[k]); k++) {
            if (t[k] == '_') {
                return true;
            }
        }
        return false;
    }
}
