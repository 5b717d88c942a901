package org.tracenotes.grammar;

/**
 * A call chain drawn as a column: function names (calls or bare names) one under the other, each pair
 * joined by lines that hold only a connector, in a fence or outside one.
 * <pre>
 * dev_open()          ring_start
 *     |                   ↓
 *     v               ring_fill_slots
 * dev_setup()             ↓
 *     |               ring_kick_hw
 *     v
 * slot_alloc()
 * </pre>
 * The author means that each name calls the next: every name but the first is the callee of the name
 * above it (core's {@code DownArrowLines}). A connector line is {@code |}, {@code ||}, {@code │},
 * {@code v}, {@code V}, {@code ↓}, {@code ⬇}, {@code ⇓}, {@code ▼}, {@code \/}, {@code \|/} or an arrow
 * alone ({@code -->}, {@code =>}) ({@link DownConnectors#isColumnConnector}); it is no step but the
 * author's drawing (a remark the lexer skips).
 *
 * <p>What tells it from a diagram: every line of the block is a name, a connector line or a comment (a
 * box, a label in words, a line of code rejects it); the names stand at one column (names indented as a
 * tree are read by their indentation); at least {@link #MIN_JOINS} joins, every connector group
 * between two names; and the names read as functions by {@link NameTrees}' measure: half of them C's
 * ({@code _}, a call's parentheses), and, when none is written as a call, the caption above says calls
 * or the names are shaped like functions and none like data ({@link NameShapes}): a column of bit masks
 * or of stages in words joined by arrows is a diagram of data, no chain of calls.
 */
public final class VerticalChains {

    /** How many connector groups joining two names, at least. */
    private static final int MIN_JOINS = 2;

    private VerticalChains() {
    }

    private static boolean isConnector(NoteLayout layout, int line, int p, int e) {
        int c = layout.codePoints()[p];
        return e - p <= 4 && DownConnectors.mayStartColumnConnector(c) && DownConnectors.isColumnConnector(layout.lineText(line));
    }

    /**
     * Whether the fenced lines {@code open + 1}..{@code last} ({@code open} the fence's opening line) are such
     * a chain; when they are, the block's connector lines are made remarks.
     */
    static boolean isFencedChain(NoteLayout layout, int open, int last) {
        return isChain(layout, open + 1, last, NameTrees.captionSaysCalls(layout, open), false);
    }

    /** Marks as trace blocks the runs of text lines (up to a blank line) that are such chains; the next free id. */
    static int unfencedChains(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !connectorLine(layout, i)) {
                i++;   // the cheap test: a text line holding only a connector
                continue;
            }
            int first = layout.paragraphStart(i);
            int last = layout.paragraphEnd(i);
            if (isChain(layout, first, last, first > 0 && NameTrees.captionSaysCalls(layout, first), true)) {
                CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
                markConnectors(layout, first, last);
                layout.mark(BlockShape.VERTICAL_CHAIN, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /** Makes the connector lines of a chain on {@code first}..{@code last} remarks, no steps. */
    static void markConnectors(NoteLayout layout, int first, int last) {
        for (int j = first; j <= last; j++) {
            if (connectorLine(layout, j)) {
                layout.margins().setRemark(j);
            }
        }
    }

    private static boolean connectorLine(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p < e && isConnector(layout, j, p, e);
    }

    /** Whether lines {@code first}..{@code last} are a chain: see the class comment. */
    private static boolean isChain(NoteLayout layout, int first, int last, boolean captioned, boolean codeSpans) {
        int[] t = layout.codePoints();
        NameTrees.Names names = new NameTrees.Names();
        int joins = 0;
        int column = -1;
        boolean connectorSince = false;
        boolean nameAbove = false;
        for (StrippedLines line = new StrippedLines(layout, first, last); line.next(); ) {
            int j = line.index();
            int p = line.from();
            int e = line.to();
            if (isConnector(layout, j, p, e)) {
                if (!nameAbove) {
                    return false;   // a drawing starts with its connector: an arrow into a box
                }
                connectorSince = true;
                continue;
            }
            int q = p;
            int r = e;
            if (codeSpans && t[q] == '`') {   // outside a fence a name is often in a code span
                q++;
                r = LineScan.indexOf(t, q, e, "`");
                if (r < 0) {
                    return false;
                }
            }
            NameLine kind = q < r ? NameLine.read(t, q, r) : NameLine.OTHER;
            if (kind == NameLine.NEUTRAL) {
                continue;   // a comment
            }
            if (kind == NameLine.OTHER || kind == NameLine.FILE) {
                return false;   // a box, words, code: a diagram or a listing
            }
            int indent = p - layout.start(j);
            if (column >= 0 && indent != column) {
                return false;   // names indented as a tree: their indentation says who calls whom
            }
            column = indent;
            if (nameAbove && !connectorSince) {
                return false;   // two names with no connector between: a list, not a chain
            }
            joins += connectorSince ? 1 : 0;
            connectorSince = false;
            nameAbove = true;
            names.add(kind);
        }
        return joins >= MIN_JOINS && !connectorSince && names.readAsCalls(captioned);
    }
}
