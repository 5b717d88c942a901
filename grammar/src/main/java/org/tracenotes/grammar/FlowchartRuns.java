package org.tracenotes.grammar;

/**
 * A flowchart of stages drawn in plain text, outside any fence: stages one under the other, joined by
 * connector lines that end in an arrow head ({@code |} lines then {@code v}, or a lone {@code ↓}),
 * a stage's caption underlined ({@code ===}, {@code ---}), words written on a connector ({@code | if
 * the cache is cold:}) and sub-items hanging off it ({@code |-- drop the entry}).
 * <pre>
 * dev_close(dev)
 * ==============
 *      |
 *      v
 *  dev_flush(dev)
 *      |
 *      | if a reset is pending:
 *      v
 *  ring_free(dev)
 * </pre>
 * A run of text lines (up to a blank line), from the stage right above its first connector, is such a
 * flowchart when two or more arrow heads each stand between stage lines and a stage is a call, its
 * parenthesis right after its name (a flowchart of stages in words, {@code NIC (hardware)} ↓
 * {@code driver}, or of states, {@code CONNECTING -- on timeout()}, is no trace). Its connector lines and underlines are remarks the
 * lexer reads as comments; the stages are steps ({@code FlowchartConnectorWords} in core places the words on a
 * connector and the sub-items). Inside a fence, stages at one column joined so make a flowchart too, and there stems
 * may also be doubled ({@code ||} over {@code V}) or box-drawn ({@code │} over {@code ▼}) ({@link #markFencedFlowchart}).
 */
public final class FlowchartRuns {

    private static final int MIN_JOINS = 2;

    private FlowchartRuns() {
    }

    /** What a line of a flowchart is. */
    enum Part { STAGE, HEAD, STEM, STEM_TEXT, BRANCH, UNDERLINE, BLANK }

    /** Marks as trace blocks the runs of text lines of {@code layout} that are flowcharts of stages. */
    static void unfencedRuns(NoteLayout layout) {
        int n = layout.lineCount();
        int blockId = -1;
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !head(layout, i)) {
                i++;   // the cheap test: only an arrow head's line starts a look at its run
                continue;
            }
            int first = chartTop(layout, i);
            int last = layout.paragraphEnd(i);
            if (isFlowchart(layout, first, last, false, true)) {
                if (blockId < 0) {
                    blockId = FlatChainRuns.nextBlockId(layout);
                }
                layout.markTrace(first, last, blockId);
                layout.mark(BlockShape.STAGE_FLOWCHART, blockId++);
                for (int j = first; j <= last; j++) {
                    Part p = part(layout, j);
                    if (p == Part.HEAD || p == Part.STEM || p == Part.UNDERLINE && j > first) {
                        layout.margins().setRemark(j);
                    }
                }
            }
            i = last + 1;
        }
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} are such a flowchart (stages at one column joined by
     * arrow heads, one stage a call); when they are, the flowchart is the shape of block {@code blockId}, and its
     * connector lines and underlines are made remarks, as outside a fence. A fence another rule already read as
     * a trace ({@code traced}) may name its function in words ({@code conn_accept}); any other must write a call
     * with its parenthesis. A fence drawing a box ({@code +----+}, {@code ┌──┐}) is a diagram, no flowchart.
     */
    static boolean markFencedFlowchart(NoteLayout layout, int first, int last, int blockId, boolean traced) {
        if (!hasHeads(layout, first, last) || !isFlowchart(layout, first, last, true, !traced)) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            Part p = part(layout, j, true);
            if (p == Part.HEAD || p == Part.STEM || p == Part.UNDERLINE && j > first) {
                layout.margins().setRemark(j);
            }
        }
        layout.mark(BlockShape.STAGE_FLOWCHART, blockId);
        return true;
    }

    /**
     * The cheap test before {@link #isFlowchart} reads a fence's stages: at least {@link #MIN_JOINS} lines are an
     * arrow head alone ({@code v}, {@code V}, {@code ↓}, {@code ▼}), as every join needs one.
     */
    private static boolean hasHeads(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int heads = 0;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && LineScan.stripEnd(t, p, e) - p == 1 && (DownConnectors.isArrowHead(t[p]) || t[p] == '\u25BC')
                    && ++heads >= MIN_JOINS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first line of the flowchart whose first arrow head is line {@code head}: the stage right above
     * the connector lines and underline over that head. A paragraph above that stage is no stage of the
     * chart: it introduces it.
     */
    private static int chartTop(NoteLayout layout, int head) {
        int top = head;
        while (top > 0 && layout.role(top - 1) == NoteLayout.Role.TEXT) {
            Part p = part(layout, top - 1);
            if (p != Part.STEM && p != Part.HEAD && p != Part.UNDERLINE) {
                break;
            }
            top--;
        }
        return top > 0 && layout.role(top - 1) == NoteLayout.Role.TEXT && part(layout, top - 1) == Part.STAGE ? top - 1 : top;
    }

    /**
     * Whether two or more arrow heads among lines {@code first}..{@code last} stand between stages, one a call.
     * In a fence ({@code fenced}) a stage naming a C function in its words will do unless {@code callNeeded},
     * but the flow must be a column: every stage below an arrow head stands at the first stage's column and
     * no stage left of it (a tree whose items hang under arrows, a diagram fanning out to stages drawn aside,
     * is read as it is), no stage is a box's edge and none a label ending in a colon (sections, each its own tree).
     */
    private static boolean isFlowchart(NoteLayout layout, int first, int last, boolean fenced, boolean callNeeded) {
        int joins = 0;
        boolean stageAbove = false;
        boolean headSince = false;
        boolean call = false;
        int column = -1;   // in a fence, the first stage's column
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            Part p = part(layout, j, fenced);
            if (p == Part.HEAD) {
                headSince |= stageAbove;
            } else if (p == Part.STAGE) {
                if (fenced) {
                    int indent = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j)) - layout.start(j);
                    column = column < 0 ? indent : column;
                    int end = LineScan.stripEnd(t, layout.start(j) + indent, layout.contentEnd(j));
                    if (indent < column || headSince && indent != column || isBoxEdge(t, layout.start(j) + indent, end)
                            || indent == column && (t[end - 1] == ':' || t[end - 1] == '\uFF1A')) {
                        return false;   // not a column of stages: a tree, a diagram's box, a section's label (`kernel:`)
                    }
                }
                joins += headSince ? 1 : 0;
                headSince = false;
                stageAbove = true;
                call = call || isCall(t, layout, j) || !callNeeded && namesFunction(t, layout.start(j), layout.contentEnd(j));
            }
        }
        return joins >= MIN_JOINS && call;
    }

    /**
     * Whether stage line {@code j} is a call: a name with its parenthesis right after it, the line a
     * complete call ({@link CallTreeLine}); {@code NIC (hardware)} and {@code CONNECTING -- on timeout()} are no calls.
     */
    private static boolean isCall(int[] t, NoteLayout layout, int j) {
        int e = layout.contentEnd(j);
        int s = LineScan.stripStart(t, layout.start(j), e);
        if (s == e || !LineScan.isIdentStart(t[s])) {
            return false;   // the cheap test
        }
        int k = s;
        while (k < e && LineScan.isIdentPart(t[k])) {
            k++;
        }
        return k < e && t[k] == '(' && CallTreeLine.classify(t, s, LineScan.stripEnd(t, s, e)).complete();
    }

    /** Whether the stripped line at code points [p, q) is a box's top or bottom edge: a corner at each end ({@code +---+}, {@code └──┘}). */
    private static boolean isBoxEdge(int[] t, int p, int q) {
        return q - p >= 3 && "+\u250c\u2514\u2554\u255a\u256d\u2570".indexOf(t[p]) >= 0
                && "+\u2510\u2518\u2557\u255d\u256e\u256f".indexOf(t[q - 1]) >= 0;
    }

    /** Whether code points [p, e) name a C function: a name with an underscore inside it ({@code conn_accept}). */
    private static boolean namesFunction(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (t[k] == '_' && k > p && k + 1 < e && Character.isLetterOrDigit(t[k - 1]) && t[k - 1] < 128
                    && Character.isLetterOrDigit(t[k + 1]) && t[k + 1] < 128) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code j} is an arrow head alone: its first non-blank character is tested first. */
    private static boolean head(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p < e && DownConnectors.isArrowHead(t[p]) && LineScan.stripEnd(t, p, e) - p == 1;
    }

    /** Whether code points [p, q) of a stripped line underline the caption above: three or more {@code =}, or of {@code -}. */
    public static boolean isUnderline(int[] t, int p, int q) {
        return RuleLines.isRuleLine(t, p, q, RuleLines.UNDERLINE, 3);
    }

    /** What line {@code j} of {@code layout} is in a flowchart outside a fence (stems drawn {@code |} only). */
    static Part part(NoteLayout layout, int j) {
        return part(layout, j, false);
    }

    /**
     * What line {@code j} of {@code layout} is in a flowchart; the first test is its first non-blank character.
     * In a fence ({@code fenced}) stems may also be doubled ({@code ||}) or box-drawn ({@code │}).
     */
    private static Part part(NoteLayout layout, int j, boolean fenced) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (p == e) {
            return Part.BLANK;
        }
        int c = t[p];
        int q = LineScan.stripEnd(t, p, e);
        if (q - p == 1) {
            if (DownConnectors.isArrowHead(c) || fenced && c == '\u25BC') {   // in a fence, a box-drawn head ▼ too
                return Part.HEAD;
            }
            if (c == '|' || fenced && (c == '\u2502' || c == '\u2503')) {
                return Part.STEM;
            }
        }
        if (fenced && q - p == 2 && c == '|' && t[p + 1] == '|') {
            return Part.STEM;   // `||` over `V`: a double stem
        }
        if (c == '|') {
            if (t[p + 1] == '-') {
                return IndentedCallTree.pastConnector(t, p, e) > p ? Part.BRANCH : Part.STAGE;
            }
            return t[p + 1] == ' ' || t[p + 1] == '\t' ? Part.STEM_TEXT : Part.STAGE;
        }
        if (isUnderline(t, p, q)) {
            return Part.UNDERLINE;
        }
        return Part.STAGE;
    }
}
