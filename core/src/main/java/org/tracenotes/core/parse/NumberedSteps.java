package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * The number of an item of a numbered list read as a trace ({@code 1. 调用 `f`}, nested by indentation,
 * {@code SentenceItemLists}) marks a step, as an arrow does: every item is a step at its depth, the first
 * one too (a list of steps has no root line of its own, its root is implied), and an item in words under
 * another is a step of its body, not the wrapped rest of the sentence above it.
 */
final class NumberedSteps {

    private NumberedSteps() {
    }

    /** The block's lines with each arrowless step whose number the lexer skipped led by a step marker. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null || !numbered(source.line(l.line()), l.range().column())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), Arrow.TREE, l.reading(), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    /** Whether {@code line} starts with an item's number ({@code 12.}, {@code 3)}) and its step's text, at 1-based {@code column}, after it. */
    private static boolean numbered(String line, int column) {
        int p = SourceText.firstNonBlank(line);
        if (p < 0 || p >= line.length() || line.charAt(p) < '0' || line.charAt(p) > '9') {
            return false;   // the cheap test: the first non-blank character is a digit
        }
        int q = p;
        while (q < line.length() && q - p < 3 && line.charAt(q) >= '0' && line.charAt(q) <= '9') {
            q++;
        }
        if (q >= line.length() || line.charAt(q) != '.' && line.charAt(q) != ')'
                || q + 1 < line.length() && line.charAt(q + 1) != ' ' && line.charAt(q + 1) != '\t') {
            return false;
        }
        return line.codePointCount(0, q + 1) < column;
    }
}
