package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * A fence that opens with a caption ending in a colon ({@code COW:}, {@code slow path:}, {@code 流程：}) over
 * a tree written at the caption's own column: the caption stands where the tree's root would, and the tree is
 * its body, as readers take it (the caption names what the tree shows). The caption is a step in words or a
 * name and a colon; the line under it is an arrowless step at its column, and a tree follows (a step line
 * after it is an arrow or deeper). Every line from that head on moves one column right, so the tree builder
 * hangs it under the caption, up to a blank line after which a line stands at the caption's column again (a
 * remark, a definition quoted after the tree); a tree indented under its caption needs no move.
 * <pre>
 * slow path:                 root
 *
 * start_request              its call
 *   prepare_pages
 *     lock_range
 * </pre>
 */
final class CaptionRoots {

    private CaptionRoots() {
    }

    /** The lines of a fenced block ({@code fenced}) with the tree under an opening caption moved under it. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        int caption = fenced ? firstNonBlank(lines, 0) : -1;
        if (caption < 0 || !isCaption(lines.get(caption), source)) {
            return lines;   // the cheap test: a fence whose first line is a caption
        }
        int head = firstNonBlank(lines, caption + 1);
        if (head < 0 || lines.get(head).reading() == null || lines.get(head).arrow() != Arrow.NONE
                || lines.get(head).indent() != lines.get(caption).indent()) {
            return lines;
        }
        if (!treeBelow(lines, head)) {
            return lines;   // no tree under the head: a flat run of lines, not a caption's body
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int column = lines.get(caption).indent();
        for (int i = head; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                int next = firstNonBlank(lines, i);
                if (next < 0 || lines.get(next).indent() <= column) {
                    break;   // back at the caption's column after a blank line: what follows is no longer its tree
                }
                continue;
            }
            out.set(i, new TraceLine(l.line(), l.indent() + 1, l.textIndent() + 1, l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /**
     * Whether the step line {@code l} is a caption: a step in words or a name's label, its source line ending
     * in a colon ({@code :} or {@code ：}) with no parenthesis in it (so {@code start_request():} is a call).
     */
    private static boolean isCaption(TraceLine l, SourceText source) {
        StepReader.Reading r = l.reading();
        if (r == null || l.arrow() != Arrow.NONE || r.kind() != StepKind.PROSE && r.kind() != StepKind.LABEL) {
            return false;
        }
        String text = source.line(l.line()).strip();
        char last = text.isEmpty() ? ' ' : text.charAt(text.length() - 1);
        return (last == ':' || last == '\uFF1A') && text.indexOf('(') < 0 && text.length() <= 60;
    }

    /** Whether a step line after {@code head} is an arrow or stands deeper than it: the lines hold a tree. */
    private static boolean treeBelow(List<TraceLine> lines, int head) {
        for (int i = head + 1; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.reading() != null && (l.arrow() != Arrow.NONE || l.indent() > lines.get(head).indent())) {
                return true;
            }
        }
        return false;
    }

    private static int firstNonBlank(List<TraceLine> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }
}
