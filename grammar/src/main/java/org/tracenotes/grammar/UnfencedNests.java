package org.tracenotes.grammar;

/**
 * Brace-nesting pseudocode outside any fence, for {@link CodeShapedTraces}: reads a note's TEXT lines for a
 * call opening a body ({@code fork() {}, or a call over a bare {@code {}), follows the braces down to the
 * {@code }} that closes it, and marks the run a trace block when it nests call bodies or expands callees as a
 * fence's would.
 */
final class UnfencedNests {

    /** Lines an unfenced run of brace-nesting pseudocode spans at most, from its first call to its closing brace. */
    static final int MAX_UNFENCED_RUN = 400;

    private UnfencedNests() {
    }

    /**
     * Brace-nesting pseudocode among a note's text lines, outside any fence ({@code fork() {} /
     * {@code   sys_fork() {} / … in a text file, under a caption, in a block comment): a text line that is a
     * call opening a body ({@link CodeShapedTraces#callOpensBody}) starts a run, which takes the text and blank lines down
     * to the {@code }} that closes that body, the braces followed by the lines' first and last characters
     * as {@link CodeShapedTraces#nestsCallBodies} does; the run is a trace when it nests call bodies, or expands callees
     * among C statements ({@link BraceExpandedCallees}), as a fence's would.
     * The cheap test of a line: its last character is a {@code {}.
     */
    static void mark(NoteLayout layout) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int blockId = -1;
        int i = 0;
        while (i < n) {
            int end = closingLine(layout, t, i);
            if (end < 0) {
                i++;
                continue;
            }
            if (CodeShapedTraces.nestsCallBodies(layout, i, end) || BraceExpandedCallees.expandsCallees(layout, i, end)) {
                if (blockId < 0) {
                    blockId = FlatChainRuns.nextBlockId(layout);
                }
                layout.markTrace(i, end, blockId++);
                i = end + 1;
            } else {
                i++;
            }
        }
    }

    /**
     * The line of the {@code }} that closes the body text line {@code i} opens when it is a call opening a
     * body, with text and blank lines only between; -1 otherwise.
     */
    private static int closingLine(NoteLayout layout, int[] t, int i) {
        if (layout.role(i) != NoteLayout.Role.TEXT) {
            return -1;
        }
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i), e);
        if (p == e) {
            return -1;
        }
        e = LineScan.stripEnd(t, p, e);   // the cheap test of every text line: its last character
        int from = i + 1;
        if (t[e - 1] != '{') {
            // `main()` over a bare `{`: the call above its body
            if (t[e - 1] != ')' || i + 1 >= layout.lineCount() || layout.role(i + 1) != NoteLayout.Role.TEXT
                    || !BraceHeads.bareBrace(layout, t, i + 1) || CodeShapedTraces.calledAbove(layout, t, i, i + 1) != p) {
                return -1;
            }
            from = i + 2;
        } else if (!CodeShapedTraces.callOpensBody(t, p, e)) {
            return -1;
        }
        int depth = 1;
        int n = Math.min(layout.lineCount(), i + MAX_UNFENCED_RUN);
        for (int j = from; j < n; j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                return -1;
            }
            int f = layout.contentEnd(j);
            int q = LineScan.stripStart(t, layout.start(j), f);
            f = BraceHeads.codeEnd(t, q, LineScan.stripEnd(t, q, f));
            if (t[q] == '}') {
                depth -= BraceHeads.closers(t, q, f);
                if (depth <= 0) {
                    return j;
                }
            }
            depth += t[f - 1] == '{' ? 1 : 0;
        }
        return -1;
    }
}
