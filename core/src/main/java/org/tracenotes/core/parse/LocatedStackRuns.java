package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.LocatedFrames;

/**
 * A call stack copied with its frames' source locations ({@link LocatedFrames}) pasted into a trace block,
 * innermost frame first, maybe under a caption in words and maybe in one fence with other trees:
 * <pre>
 * how a widget is made:
 * widget_init(struct widget * w, int flags) (/src/gadget/widget.c:212)
 * __gadget_make(struct gadget * g, int kind) (/src/gadget/core.c:88)
 * gadget_make(int kind) (/src/gadget/core.c:140)
 *
 * gadget_make(kind)
 * |-__gadget_make(g, kind)
 * </pre>
 * is read as its author reads it: gadget_make (the bottom frame, a root here) calls __gadget_make, which calls
 * widget_init (the top line, the innermost frame); the caption right above the run is a remark, no step, and the
 * tree after the blank line is read as it was. A run is two frames or more, one a line at one column with no
 * blank line between them, standing apart from the block's other lines (a blank line, a remark or its caption above
 * it, a blank line or a line no deeper below it: located calls in a tree, siblings under their caller or a call over
 * its body, are the tree's). The run is turned only on evidence it is a stack written innermost first
 * ({@link LocatedFrames#innermostFirst}: a caption naming a stack, an entry point at the bottom, or a name built on
 * the name below it, {@code __gadget_make} over {@code gadget_make}); a list of located functions without it, a run
 * written caller first (an entry point on top), a run of more than {@link LocatedFrames#MAX_FRAMES} frames, and a
 * block the layout found to be a copied stack as a whole ({@link CopiedStackChains} turns it) keep their readings.
 *
 * <p>The tree builder reads callers above callees, so the run is handed to it bottom frame first, each frame
 * one level deeper than the frame handed before it; every line keeps its source line.
 */
final class LocatedStackRuns {

    /** The columns one level of a turned run takes. */
    private static final int LEVEL = 2;

    private LocatedStackRuns() {
    }

    /** {@code lines} with each run of located frames read bottom up, unless {@code turned} (the whole block is a stack). */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean turned) {
        if (turned) {
            return lines;
        }
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            if (!frame(lines.get(i), source)) {
                continue;
            }
            int end = i + 1;   // past the run
            while (end < lines.size() && frame(lines.get(end), source) && lines.get(end).indent() == lines.get(i).indent()) {
                end++;
            }
            TraceLine above = i > 0 ? lines.get(i - 1) : null;
            boolean captioned = above != null && caption(above, lines.get(i), source);
            String caption = captioned ? source.line(above.line()) : i == 0 ? textAbove(source, lines.get(0).line()) : null;
            if (end - i < LocatedFrames.MIN_FRAMES || end - i > LocatedFrames.MAX_FRAMES || !apart(lines, source, i, end)
                    || !LocatedFrames.innermostFirst(caption, frameLines(lines, source, i, end))) {
                i = end - 1;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            if (captioned) {
                out.set(i - 1, above.asCommentLine());   // `the path:` over the frames: a caption
            }
            int base = lines.get(i).indent();
            for (int k = 0; k < end - i; k++) {
                TraceLine l = lines.get(end - 1 - k);
                int indent = base + k * LEVEL;
                int shift = indent - l.indent();
                out.set(i + k, shift == 0 ? l : new TraceLine(l.line(), indent, Math.max(indent, l.textIndent() + shift), l.arrow(),
                        l.reading(), l.range(), l.comments()));
            }
            i = end - 1;
        }
        return out == null ? lines : out;
    }

    /**
     * Whether the run {@code i}..{@code end - 1} stands apart: the block's first lines, or under a blank line, a
     * remark or a caption in words; and the block's last lines, or over a blank line or a line no deeper than the
     * run. Located calls among a tree's lines (siblings under their caller, a call over its body) are the tree's.
     */
    private static boolean apart(List<TraceLine> lines, SourceText source, int i, int end) {
        TraceLine above = i > 0 ? lines.get(i - 1) : null;
        TraceLine below = end < lines.size() ? lines.get(end) : null;
        return (above == null || above.isBlank() || above.isCommentOnly() || caption(above, lines.get(i), source))
                && (below == null || below.isBlank() || below.indent() <= lines.get(i).indent());
    }

    /** Whether {@code above} is a caption in words over the run's first frame, at its column or left of it. */
    private static boolean caption(TraceLine above, TraceLine first, SourceText source) {
        return above.reading() != null && above.indent() <= first.indent() && LocatedFrames.isCaption(source.line(above.line()));
    }

    /** The nearest non-blank source line above the block's first line {@code line} (one blank line between at most), or null. */
    private static String textAbove(SourceText source, int line) {
        for (int k = line - 1; k >= 1 && k >= line - 2; k--) {
            if (!source.line(k).isBlank()) {
                return source.line(k);
            }
        }
        return null;
    }

    /** The source lines of the run {@code i}..{@code end - 1}. */
    private static List<String> frameLines(List<TraceLine> lines, SourceText source, int i, int end) {
        List<String> out = new ArrayList<>(end - i);
        for (int k = i; k < end; k++) {
            out.add(source.line(lines.get(k).line()));
        }
        return out;
    }

    /** Whether the line is a step whose source line is a located frame. */
    private static boolean frame(TraceLine l, SourceText source) {
        return l.reading() != null && !l.isBlank() && LocatedFrames.isFrame(source.line(l.line()));
    }
}
