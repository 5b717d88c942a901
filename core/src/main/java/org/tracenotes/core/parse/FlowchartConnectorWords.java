package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.FlowchartRuns;

/**
 * Words written on a flowchart's connector ({@code org.tracenotes.grammar.FlowchartRuns}) stand at
 * the level of the stages the connector joins, not under the stage above it: the connector leads from
 * one stage to the next, so {@code | if a reset is pending:} is a step between them, their sibling. A
 * stage whose caption is underlined ({@code ===}, {@code ---}) is different: the flow drawn under it is
 * its body, and words on its connector are its children, beside the stages of that flow.
 * <pre>
 *  dev_flush(dev)
 *      |
 *      | if a reset is pending:        (a sibling of dev_flush and ring_free)
 *      |       wait for it             (the if's body)
 *      v
 *  ring_free(dev)
 *  ==============
 *    |
 *    | slot_put(dev)                   (ring_free's body)
 * </pre>
 * Lines deeper than the first words on the connector keep their offset from them. Sub-items hanging off
 * a connector ({@code |-- drop the entry}) are the stage's children by their columns already.
 */
final class FlowchartConnectorWords {

    private FlowchartConnectorWords() {
    }

    /**
     * The block's lines with each step written on a connector at the level of the stages it joins, when
     * the block is a flowchart of stages ({@code flowchart}: the layout marked it); any other block as it is.
     */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, boolean flowchart) {
        if (!flowchart) {
            return lines;   // the usual case: no flowchart of stages
        }
        String all = source.text();
        boolean[] connector = new boolean[lines.size()];   // the step's line starts with a connector's `|`
        for (int i = 0; i < lines.size(); i++) {
            int p = pastBlanks(all, source.lineStart(lines.get(i).line()));
            connector[i] = p < all.length() && all.charAt(p) == '|';
        }
        List<TraceLine> out = null;
        int stage = -1;        // the last stage line (a step not written on a connector)
        int owner = -1;        // the stage whose connector the words after it are on, -1 before it is found
        int level = -1;        // the column those words stand at
        int firstWords = -1;   // the text column of the first words on the connector after that stage
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() == null) {
                continue;
            }
            int start = source.lineStart(l.line());
            int p = pastBlanks(all, start);
            if (!connector[i]) {
                stage = i;
                owner = -1;
                firstWords = -1;
                continue;
            }
            if (p + 1 >= all.length() || all.charAt(p + 1) != ' ' && all.charAt(p + 1) != '\t') {
                continue;   // a sub-item hanging off a connector (`|-- x`)
            }
            if (owner < 0) {
                int pipe = column(all, start, p, tabWidth);
                owner = stage;
                while (owner >= 0 && (lines.get(owner).reading() == null || lines.get(owner).indent() > pipe || connector[owner])) {
                    owner--;
                }
                if (owner < 0) {
                    continue;
                }
                TraceLine o = lines.get(owner);
                level = underlined(source, o.line()) ? bodyColumn(lines, connector, i, o.indent()) : o.indent();
            }
            int words = column(all, start, pastBlanks(all, p + 1), tabWidth);
            firstWords = firstWords < 0 ? words : firstWords;
            int column = level + Math.max(0, words - firstWords);
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), column, column, l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /** The index of the first char of {@code all} from {@code p} on that is neither a blank nor a tab. */
    private static int pastBlanks(String all, int p) {
        while (p < all.length() && (all.charAt(p) == ' ' || all.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /** The display column of char {@code index} of the line starting at {@code start}, tabs expanded. */
    private static int column(String all, int start, int index, int tabWidth) {
        int w = 0;
        for (int k = start; k < index; k++) {
            w = all.charAt(k) == '\t' ? w + tabWidth - w % tabWidth : w + 1;
        }
        return w;
    }

    /**
     * The column of an underlined stage's body, which the words on its connector from line {@code i} on
     * join: the column of the next stage below them when it is deeper than the stage ({@code column}), one
     * column deeper than the stage otherwise.
     */
    private static int bodyColumn(List<TraceLine> lines, boolean[] connector, int i, int column) {
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (l.reading() != null && !connector[k]) {
                return l.indent() > column ? l.indent() : column + 1;
            }
        }
        return column + 1;
    }

    /** Whether the line under 1-based {@code line} underlines it ({@link FlowchartRuns#isUnderline}). */
    private static boolean underlined(SourceText source, int line) {
        if (line + 1 > source.lineCount()) {
            return false;
        }
        int[] under = source.line(line + 1).strip().codePoints().toArray();
        return FlowchartRuns.isUnderline(under, 0, under.length);
    }
}
