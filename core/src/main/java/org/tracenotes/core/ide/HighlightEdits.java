package org.tracenotes.core.ide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Highlights between two parses: moved along with an edit until the next parse, and the part of the
 * text an editor repaints when the next parse's differ.
 */
public final class HighlightEdits {

    /** A range of the text, {@code offset} to {@code end} (exclusive). */
    public record Span(int offset, int end) {
    }

    private HighlightEdits() {
    }

    /**
     * {@code highlights} moved for a replacement of {@code length} characters at {@code offset} by
     * {@code inserted} characters: those before it stay, those after it move, one the typing falls inside
     * grows, others it touches go (the next parse brings them back).
     */
    public static List<Highlights.Highlight> shift(List<Highlights.Highlight> highlights, int offset, int length,
                                                   int inserted) {
        int delta = inserted - length;
        List<Highlights.Highlight> out = new ArrayList<>(highlights.size());
        for (Highlights.Highlight h : highlights) {
            if (h.end() <= offset) {
                out.add(h);
            } else if (h.offset() >= offset + length) {
                out.add(new Highlights.Highlight(h.kind(), h.offset() + delta, h.length()));
            } else if (length == 0 && h.offset() < offset) {
                out.add(new Highlights.Highlight(h.kind(), h.offset(), h.length() + delta));
            }
        }
        return out;
    }

    /**
     * The text between the first and the last highlight that differ between {@code a} and {@code b}
     * (both in text order), or empty when none does.
     */
    public static Optional<Span> changed(List<Highlights.Highlight> a, List<Highlights.Highlight> b) {
        int common = Math.min(a.size(), b.size());
        int head = 0;
        while (head < common && a.get(head).equals(b.get(head))) {
            head++;
        }
        if (head == a.size() && head == b.size()) {
            return Optional.empty();
        }
        int tail = 0;
        while (tail < common - head && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
            tail++;
        }
        int start = Integer.MAX_VALUE;
        int end = 0;
        for (List<Highlights.Highlight> l : List.of(a, b)) {
            for (int i = head; i < l.size() - tail; i++) {
                start = Math.min(start, l.get(i).offset());
                end = Math.max(end, l.get(i).end());
            }
        }
        return start > end ? Optional.empty() : Optional.of(new Span(start, end));
    }
}
