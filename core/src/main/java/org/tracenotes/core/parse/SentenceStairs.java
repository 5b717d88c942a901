package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A fence that opens with a sentence ending in a step arrow, a deeper line right below it
 * ({@code 读取文件 =>} over {@code     解析头部 =>}): the sentence is the first step of the staircase, not
 * a root. A root names the function traced; a sentence says what is done, so the block's root is implied
 * and the sentence stands as a step, led by the arrow the author put at its end.
 */
final class SentenceStairs {

    private SentenceStairs() {
    }

    /** The lines of a fenced block ({@code fenced}) whose first line is such a sentence, that line made a step. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced) {
            return lines;
        }
        int first = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return lines;
        }
        TraceLine l = lines.get(first);
        if (l.arrow() != Arrow.NONE || l.reading() == null || l.reading().kind() != StepKind.PROSE
                || !source.line(l.line()).stripTrailing().endsWith(" =>")) {
            return lines;   // the cheap test: a line of words ending in `=>` first
        }
        for (int j = first + 1; j < lines.size(); j++) {
            TraceLine next = lines.get(j);
            if (next.isBlank()) {
                continue;
            }
            if (next.indent() <= l.indent() || next.arrow() != Arrow.NONE) {
                return lines;
            }
            break;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        out.set(first, new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.STEP, l.reading(), l.range(), l.comments()));
        return out;
    }
}
