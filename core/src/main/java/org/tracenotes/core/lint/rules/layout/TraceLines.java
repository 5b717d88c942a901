package org.tracenotes.core.lint.rules.layout;

import java.util.BitSet;
import org.tracenotes.core.lint.BlockComments;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.TraceBlock;

/** A note's lines with their offsets, and a trace block's lines as the layout rules read them. */
final class TraceLines {

    final String[] lines;
    final int[] offsets;

    TraceLines(Note note) {
        lines = note.text().split("\n", -1);
        offsets = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offsets[i + 1] = offsets[i] + lines[i].length() + 1;
        }
    }

    /** The first line of {@code b}'s trace text (after its opening fence). */
    static int first(TraceBlock b) {
        return b.range().line() + (b.fenced() ? 1 : 0);
    }

    /** The last line of {@code b}'s trace text (before its closing fence). */
    static int last(TraceBlock b) {
        return b.range().endLine() - (b.fenced() ? 1 : 0);
    }

    /** The lines of {@code b} inside a block comment, whose layout is the author's. */
    BitSet blockComments(TraceBlock b) {
        return BlockComments.of(lines, first(b), last(b));
    }

    /** Line {@code ln} (1-based) without its line end. */
    String text(int ln) {
        String l = lines[ln - 1];
        return l.endsWith("\r") ? l.substring(0, l.length() - 1) : l;
    }
}
