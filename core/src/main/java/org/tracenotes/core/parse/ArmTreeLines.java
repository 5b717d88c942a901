package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.ArmLexer;
import org.tracenotes.grammar.ArmNodes;
import org.tracenotes.grammar.StemArmTrees;

/**
 * The nodes of a call tree drawn with arms hung from stems ({@link StemArmTrees}): each node stands one column
 * right of where its arm starts, whatever the arm ({@code +--f}, {@code +-[?] x!=NULL}, {@code Y--g},
 * {@code N--+--h}), so that an arm's siblings stand with it and the lines hung from its text column are in it;
 * a bare {@code [?] y} below a {@code +-[?] x}, its {@code [} under the other's, goes on that chain at its column.
 * A node that is a condition ({@code [?]}, a comparison, a condition's word) is an {@code if}. Lines no arm
 * leads (the root, a condition's step) keep their text column.
 */
final class ArmTreeLines {

    private ArmTreeLines() {
    }

    /** The block's lines with each node at its arm's column, when the layout found the block to be such a tree. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent, boolean armTree) {
        if (!armTree) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int[] brackets = new int[lines.size()];   // the `[` column of each `[?]` node so far, and its indent
        int[] indents = new int[lines.size()];
        int conditions = 0;
        ArmNodes nodes = new ArmNodes(lines.size());   // the open nodes: where each stands (its indent), its text column
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.reading() == null) {
                continue;
            }
            String text = source.line(l.line());
            ArmLexer.ArmLead lead = ArmLexer.lead(text);
            if (lead == null) {
                int owner = nodes.owner(l.indent());
                if (owner >= 0 && nodes.text(owner) == l.indent() && !nodes.condition(owner)) {
                    // code under a call at its text column: the caller's next step, as under an arrow's text
                    out.set(i, new TraceLine(l.line(), nodes.arm(owner), l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
                }
                continue;
            }
            int arm = width(text, lead.arm(), tabWidth) - fenceIndent;
            int indent = arm + 1;
            int bracket = text.indexOf("[?]", lead.arm());
            if (lead.bare()) {
                for (int k = conditions - 1; k >= 0; k--) {
                    if (Math.abs(brackets[k] - arm) <= 1) {
                        indent = indents[k];   // `[?] y` under `+-[?] x`: the chain goes on
                        break;
                    }
                }
            }
            if (bracket >= 0 && bracket < lead.text()) {
                brackets[conditions] = width(text, bracket, tabWidth) - fenceIndent;
                indents[conditions++] = indent;
            }
            StepReader.Reading r = l.reading();
            if (lead.condition() && r.kind() != StepKind.IF) {
                r = new StepReader.Reading(StepKind.IF, r.text(), r.expression(), null, null, null, r.context());
            }
            int textColumn = Math.max(indent + 1, width(text, lead.text(), tabWidth) - fenceIndent);
            nodes.open(indent, textColumn, lead.condition());
            // its text stands right past the arm: a line under the text, at its column, is deeper than it (a condition's step)
            out.set(i, new TraceLine(l.line(), indent, indent + 1, l.arrow(), r, l.range(), l.comments()));
        }
        return out;
    }

    /** The display width of {@code line}'s first {@code end} chars, tabs to multiples of {@code tabWidth}. */
    private static int width(String line, int end, int tabWidth) {
        int w = 0;
        for (int k = 0; k < end; k++) {
            w = line.charAt(k) == '\t' ? w + tabWidth - w % tabWidth : w + 1;
        }
        return w;
    }
}
