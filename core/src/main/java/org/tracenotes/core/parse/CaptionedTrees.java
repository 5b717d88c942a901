package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.grammar.CaptionLines;

/**
 * A fence holding several cases, each under a numbered caption in words ({@code 2、情况2：…},
 * {@link CaptionLines}, read as a comment): the arrowless line under a caption is the root of a tree of
 * its own, wherever the author indented it, not a step of the tree above. When it stands deeper than the
 * block's first step line, it and every line after it up to the next caption move left by the same
 * number of columns, so the tree builder starts a root there and the case's arrows keep their steps.
 * Only a fence that opens with a caption (before its first step line) holds cases.
 * <pre>
 * alloc_x()
 *  |-> node_x
 *  2、情况2：缺页
 *     fault_x-->handle_x        a root, not node_x's callee
 *     |-->do_fault_x            handle_x's callee
 * </pre>
 */
final class CaptionedTrees {

    private CaptionedTrees() {
    }

    /** The lines of a fenced block ({@code fenced}) with each captioned tree moved to the block's first column. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean fenced) {
        if (!fenced) {
            return lines;
        }
        int base = -1;
        List<TraceLine> out = null;
        int shift = 0;
        boolean afterCaption = false;
        boolean cases = false;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            if (l.isCommentOnly()) {
                if (isCaption(l, source) && (cases || base < 0)) {
                    cases = true;
                    afterCaption = true;
                    shift = 0;
                }
                if (shift > 0) {
                    out = moved(lines, out, i, shift);
                }
                continue;
            }
            if (l.reading() == null) {
                continue;
            }
            if (afterCaption) {
                afterCaption = false;
                shift = base >= 0 && l.arrow() == Arrow.NONE && l.indent() > base ? l.indent() - base : 0;
            }
            if (base < 0) {
                if (!cases) {
                    return lines;   // a step came before any caption: captions are the fence's cases only when it opens with one
                }
                base = l.indent();
            }
            if (shift > 0) {
                out = moved(lines, out, i, shift);
            }
        }
        return out == null ? lines : out;
    }

    /** Whether comment-only line {@code l} is a caption: its source line is one ({@link CaptionLines#isCaption}). */
    private static boolean isCaption(TraceLine l, SourceText source) {
        return CaptionLines.isCaption(source.line(l.line()));
    }

    /** {@code out} (a copy of {@code lines} made on the first move) with line {@code i} moved {@code shift} columns left. */
    private static List<TraceLine> moved(List<TraceLine> lines, List<TraceLine> out, int i, int shift) {
        List<TraceLine> o = out == null ? new ArrayList<>(lines) : out;
        TraceLine l = lines.get(i);
        o.set(i, new TraceLine(l.line(), Math.max(0, l.indent() - shift), Math.max(0, l.textIndent() - shift), l.arrow(),
                l.reading(), l.range(), l.comments()));
        return o;
    }
}
