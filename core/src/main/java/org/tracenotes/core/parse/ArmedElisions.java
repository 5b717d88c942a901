package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.ElidedPaths;

/**
 * An elision among a tree's arms, written without an arm at the column where its sibling arms start:
 * <pre>
 * \t|-switch (mode)
 * \t\t...                (cases left out: at the cases' arm column)
 * \t\t|-case MODE_A:
 * </pre>
 * The author stands the {@code ...} where the next arm starts; measured by its text it would be shallower than
 * the arm's step and swallow the steps below as its body. It is their sibling: it stands where the next
 * step line's text does when that line's arm ({@code |-}, {@code |--}, {@code +-}, {@code `-}) starts at the
 * elision's column.
 */
final class ArmedElisions {

    private ArmedElisions() {
    }

    /** {@code lines} with each such elision at the column of the arm-led step below it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            TraceLine trailing = TrailingElisions.asStep(lines, i, source, tabWidth, fenceIndent);   // the last arm's `...`
            if (trailing != null) {
                if (out == null) {
                    out = new ArrayList<>(lines);
                }
                out.set(i, trailing);
                continue;
            }
            if (l.reading() == null || l.arrow() != Arrow.NONE || !ElidedPaths.isElision(l.reading().text())) {
                continue;   // the cheap tests first
            }
            TraceLine next = nextStep(lines, i);
            if (next == null || armColumn(source.line(next.line()), tabWidth) - fenceIndent != l.indent() || next.indent() <= l.indent()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), next.indent(), next.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    private static TraceLine nextStep(List<TraceLine> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (!l.isBlank() && !l.isCommentOnly()) {
                return l.reading() == null ? null : l;
            }
        }
        return null;
    }

    /** The column, tabs expanded, of the arm leading {@code line} ({@code |-}, {@code +--}, {@code `-}), or -1. */
    static int armColumn(String line, int tabWidth) {
        int w = 0;
        for (int k = 0; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\t') {
                w += tabWidth - w % tabWidth;
            } else if (c == ' ') {
                w++;
            } else {
                return (c == '|' || c == '+' || c == '`') && k + 1 < line.length() && line.charAt(k + 1) == '-' ? w : -1;
            }
        }
        return -1;
    }
}
