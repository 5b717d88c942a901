package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.BoxDrawnTree;
import org.tracenotes.grammar.DownConnectors;

/**
 * The lines without an edge in a tree drawn with box edges ({@code ├──}, {@code └──}, {@code │}). The
 * tree's nesting comes from where its edges stand: a child's edge stands at its parent's text column. So a
 * line with no edge of its own, standing at the text column of the edged step above it (under that step's
 * {@code │} stem, or in the room a last child's {@code └──} leaves), is in that step's body, not its
 * sibling: the step's edge is left of it. And an indented line in words right under an edged step, with
 * no body of its own, is a remark, not a step: the author draws every step with an edge and writes what
 * it does under it, unless the edged step ends in a colon and the lines are list items: {@code └ Sets up:}
 * over {@code - the ring} introduces its steps. The same holds of a tree drawn with ASCII edges
 * ({@link AsciiEdges}: {@code |- f()}, {@code +-- f()}, {@code `- f()}), except under a branch there
 * ({@code |-if tunnel} over {@code |     encap it}): words under a condition are what it does, a step. An arrow head alone on a line ({@code ▼}) only draws.
 * <pre>
 * do_stop(reason)
 * ├── [1] halt_timers()
 * │   停止所有定时器            a remark on halt_timers()
 * ├── [2] if (forced)
 * │   ├── kill_all()
 * │   └── wait_all()
 * └── flush(buf)
 *     if (dirty)                  in flush's body
 *         write_back()            in the if's body
 * </pre>
 */
final class BoxTreeBodies {

    /** The fewest edged lines that make a block a tree drawn with box edges. */
    private static final int MIN_EDGES = 2;

    private BoxTreeBodies() {
    }

    /**
     * The block's lines, the lines without an edge of a box-drawn tree put in the body of the edged step above;
     * in a tree drawn with ASCII edges instead ({@code |- f()}, {@code +-- f()}, {@code `- f()}), only its remarks
     * in words are found: its connectors already place its lines.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int n = lines.size();
        boolean[] edged = null;   // per line: whether an edge leads it
        int boxEdges = 0;
        int asciiEdges = 0;
        for (int i = 0; i < n; i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            String text = source.line(l.line());
            boolean box = edgeIndex(text) >= 0;
            boolean ascii = !box && AsciiEdges.leads(text);
            if (box || ascii) {
                if (edged == null) {
                    edged = new boolean[n];
                }
                edged[i] = true;
                boxEdges += box ? 1 : 0;
                asciiEdges += ascii ? 1 : 0;
            }
        }
        if (boxEdges < MIN_EDGES && asciiEdges < MIN_EDGES) {
            return lines;
        }
        boolean boxTree = boxEdges >= MIN_EDGES;
        List<TraceLine> out = new ArrayList<>(lines);
        boolean edgeAbove = false;   // whether the nearest step above is edged
        boolean seenEdge = false;
        boolean captionAbove = false;   // whether the edged step above ends in a colon, introducing items
        boolean branchAbove = false;   // whether the edged step above is an ASCII-edged branch: words under it are what it does
        int edgeColumnAbove = -1;   // the column of the nearest edge above
        for (int i = 0; i < n; i++) {
            TraceLine l = out.get(i);
            if (l.isBlank() || l.reading() == null) {
                continue;
            }
            if (edged[i]) {
                edgeAbove = true;
                seenEdge = true;
                captionAbove = endsInColon(l.reading().text());
                branchAbove = !boxTree && l.reading().kind().isBranchHead();
                edgeColumnAbove = boxTree ? edgeIndex(source.line(l.line())) : -1;
                continue;
            }
            if (!seenEdge) {
                continue;
            }
            if (boxTree && l.arrow() == Arrow.NONE && DownConnectors.isBoxTreeArrowHead(l.reading().text())) {
                out.set(i, new TraceLine(l.line(), l.indent(), l.indent(), Arrow.NONE, null, l.range(), List.of()));
                continue;
            }
            if (edgeAbove && !branchAbove && l.arrow() == Arrow.NONE && l.indent() > 0 && isRemark(l)
                    && !bodyFollows(out, edged, i) && !(captionAbove && listItem(source.line(l.line())))) {
                out.set(i, l.asCommentLine());
                continue;
            }
            edgeAbove = false;
            if (boxTree && l.indent() > 0 && !stageLeftOfEdges(l, source, edgeColumnAbove)) {
                out.set(i, new TraceLine(l.line(), l.indent() + 1, l.textIndent() + 1, l.arrow(), l.reading(), l.range(),
                        l.comments()));
            }
        }
        return out;
    }

    /**
     * Whether a line is a stage of a flow drawn with arrows ({@code → f()}, {@code -> f()}) standing left of the
     * edges above: the edges drew the sub-items of the stage above it, and it is that stage's next sibling, not in
     * the body of the last sub-item.
     * <pre>
     *   → rx_poll()
     *       ├─ takes frames off the ring
     *       └─ wraps each one in a buffer
     *   → deliver()                  left of the edges: rx_poll's sibling
     * </pre>
     */
    private static boolean stageLeftOfEdges(TraceLine l, SourceText source, int edgeColumnAbove) {
        if (edgeColumnAbove < 0) {
            return false;
        }
        String text = source.line(l.line());
        int p = SourceText.firstNonBlank(text);
        return p >= 0 && p < edgeColumnAbove && FlowStageArrows.leads(text, p);
    }

    /** The char index of the first ├, └ or ╰ in the line's margin, -1 when its margin has none. */
    static int edgeIndex(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (BoxDrawnTree.isEdgeLead(c)) {
                return i;
            }
            if (c != ' ' && c != '\t' && c != '\u2502') {
                return -1;   // the text starts before any edge (the cheap test for almost every line)
            }
        }
        return -1;
    }

    /** Whether a line's words are a remark: a step in words, or words in a script other than code's, or a dash and words. */
    private static boolean isRemark(TraceLine l) {
        String text = l.reading().text();
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '\u2014') {
            return true;   // `— what it does`
        }
        StepKind k = l.reading().kind();
        return k == StepKind.PROSE || first >= 0x2E80 && (k == StepKind.IF || k == StepKind.LOOP);
    }

    /** Whether the next line with text after {@code i} is deeper than it and has no edge: a body of its own. */
    private static boolean bodyFollows(List<TraceLine> lines, boolean[] edged, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            TraceLine next = lines.get(j);
            if (next.isBlank() || next.reading() == null) {
                continue;
            }
            return !edged[j] && next.indent() > lines.get(i).indent();
        }
        return false;
    }

    /** Whether a step's text ends in a colon, ASCII or full-width: it introduces what follows. */
    private static boolean endsInColon(String text) {
        int n = text.length();
        return n > 0 && (text.charAt(n - 1) == ':' || text.charAt(n - 1) == '\uFF1A');
    }

    /** Whether a source line is a Markdown bullet item ({@code - words}, {@code * words}). */
    private static boolean listItem(String line) {
        int p = SourceText.firstNonBlank(line);
        return p >= 0 && p + 1 < line.length() && (line.charAt(p) == '-' || line.charAt(p) == '*')
                && line.charAt(p + 1) == ' ';
    }
}
