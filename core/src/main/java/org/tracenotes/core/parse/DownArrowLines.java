package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.DownArrowRuns;

/**
 * Steps joined by down-arrow lines ({@link DownArrowRuns}): an arrowless step after a line holding only
 * a downward arrow ({@code // ||} then {@code // \/}, {@code # ↓}, a bare {@code ↓} or {@code ||} then
 * {@code \/}) is the callee of the step before the arrow, though both stand at one column
 * ({@link ChainLinks}). Unless the arrows join stages rather than calls: when a step below an arrow is
 * an assignment or words, or a stage holds several lines at its column ({@code exit_files} / {@code exit_fs}
 * under one arrow), the arrows mean "then": the stages are the steps of one flow, each as if an arrow led
 * it (none of them is a root of its own), at the column it stands at.
 */
final class DownArrowLines {

    private DownArrowLines() {
    }

    /** The block's lines with each step below a down arrow moved under the step above it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        boolean[] links = null;
        int previousLine = -1;   // the source line of the last step
        int stage = -1;          // the column of the last step below an arrow
        boolean stages = false;  // the arrows join stages, not calls
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.reading() == null) {
                continue;
            }
            if (previousLine > 0 && l.arrow() == Arrow.NONE && arrowBetween(source, previousLine, l.line())) {
                if (links == null) {
                    links = new boolean[lines.size()];
                }
                links[i] = true;
                stage = l.indent();
                StepKind kind = l.reading().kind();
                stages |= kind == StepKind.ASSIGN || kind == StepKind.PROSE;
            } else {
                stages |= l.indent() == stage;   // a second line of the stage, at its column
            }
            previousLine = l.line();
        }
        if (links != null && stages) {
            return flow(lines);
        }
        return links == null ? lines : ChainLinks.apply(lines, links);
    }

    /** The lines with each arrowless step led by an arrow: a step of the flow, never a root. */
    private static List<TraceLine> flow(List<TraceLine> lines) {
        List<TraceLine> out = new java.util.ArrayList<>(lines.size());
        for (TraceLine l : lines) {
            out.add(l.reading() == null || l.arrow() != Arrow.NONE ? l
                    : new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.STEP, l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** Whether a source line strictly between {@code above} and {@code below} is a down arrow. */
    private static boolean arrowBetween(SourceText source, int above, int below) {
        String all = source.text();
        for (int k = below - 1; k > above; k--) {
            int p = source.lineStart(k);
            while (p < all.length() && (all.charAt(p) == ' ' || all.charAt(p) == '\t')) {
                p++;
            }
            // the cheap test, on the note's chars: the first character a down-arrow line can start with
            if (p < all.length() && "/#|\\\u2193\u2B07\u21D3".indexOf(all.charAt(p)) >= 0
                    && DownArrowRuns.isDownArrow(source.line(k))) {
                return true;
            }
        }
        return false;
    }
}
