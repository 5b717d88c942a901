package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.ElidedPaths;

/**
 * An elision closing a run of arms, written without an arm at the column where those arms start:
 * <pre>
 * \t\t|-case MODE_B:
 * \t\t\t|-break;
 * \t\t...                (more cases left out: at the cases' arm column)
 * \t|-if (done)
 * </pre>
 * No arm follows at its column ({@link ArmedElisions} reads the one before an arm), and the reader took the
 * bare {@code ...} for a remark; the arm above at that column, with nothing shallower between, names the
 * siblings it stands among: the elision is a step in words among them.
 */
final class TrailingElisions {

    private TrailingElisions() {
    }

    /** The elision at {@code index} as a step at its sibling arm's column, or null when it is no such elision. */
    static TraceLine asStep(List<TraceLine> lines, int index, SourceText source, int tabWidth, int fenceIndent) {
        TraceLine l = lines.get(index);
        if (l.reading() != null || l.comments().size() != 1) {
            return null;   // the cheap tests first
        }
        Comment c = l.comments().get(0);
        if (!c.marker().isEmpty() || !ElidedPaths.isElision(c.text())) {
            return null;
        }
        TraceLine sibling = armedSiblingAbove(lines, index, source, tabWidth, fenceIndent);
        if (sibling == null || nextStepAtOrDeeper(lines, index)) {
            return null;
        }
        return new TraceLine(l.line(), sibling.indent(), sibling.textIndent(), Arrow.NONE,
                new StepReader.Reading(StepKind.PROSE, c.text(), null, null, null, null, null), l.range(), List.of());
    }

    /** Whether the next step line below {@code index} stands at least as deep as the elision (its body). */
    private static boolean nextStepAtOrDeeper(List<TraceLine> lines, int index) {
        for (int k = index + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (!l.isBlank() && !l.isCommentOnly()) {
                return l.indent() >= lines.get(index).indent();
            }
        }
        return false;
    }

    /**
     * The nearest step line above {@code index} whose arm starts at the elision's column, when every step line
     * between stands deeper; null otherwise.
     */
    static TraceLine armedSiblingAbove(List<TraceLine> lines, int index, SourceText source, int tabWidth, int fenceIndent) {
        int column = lines.get(index).indent();
        for (int k = index - 1; k >= 0; k--) {
            TraceLine l = lines.get(k);
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.reading() == null) {
                return null;
            }
            int arm = ArmedElisions.armColumn(source.line(l.line()), tabWidth) - fenceIndent;
            if (arm == column) {
                return l.indent() > column ? l : null;
            }
            if (arm >= 0 ? arm < column : l.indent() <= column) {
                return null;   // a shallower step between: the elision is no sibling of the arms above it
            }
        }
        return null;
    }
}
