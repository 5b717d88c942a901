package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.grammar.CopiedCallStacks;

/**
 * A debugger's call stack copied in innermost frame first ({@link CopiedCallStacks}), read the way its
 * author reads it: from the bottom up. The bottom step is the outermost frame, the root; a frame is called
 * by the frame right below it when both stand at one column; any other line (a callee the author added,
 * indented, above a frame) is called by the nearest line below it that stands left of it, so lines
 * indented alike above one frame are its callees, side by side.
 *
 * <p>The tree builder reads callers above callees, so the block's lines are handed to it bottom line
 * first, each step indented by its depth in that reading; every line keeps its source line.
 */
final class CopiedStackChains {

    /** The columns one level of the rebuilt block takes. */
    private static final int LEVEL = 2;

    private CopiedStackChains() {
    }

    /** {@code lines} read bottom up when the block is such a stack, else {@code lines} as they are. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean stack) {
        if (!stack) {
            return lines;
        }
        int n = lines.size();
        int[] parent = new int[n];
        int[] depth = new int[n];
        boolean[] frame = new boolean[n];
        int below = -1;   // the step line below the one read
        for (int i = n - 1; i >= 0; i--) {
            TraceLine l = lines.get(i);
            if (!isStep(l)) {
                continue;
            }
            frame[i] = CopiedCallStacks.isFrame(source.line(l.line()));
            parent[i] = below < 0 ? -1 : caller(lines, frame, i, below);
            depth[i] = parent[i] < 0 ? 0 : depth[parent[i]] + 1;
            below = i;
        }
        List<TraceLine> out = new ArrayList<>(n);
        int level = 0;   // the depth of the last step handed on: comments and blanks stand at it
        for (int i = n - 1; i >= 0; i--) {
            TraceLine l = lines.get(i);
            if (isStep(l)) {
                level = depth[i];
            }
            int indent = level * LEVEL;
            int shift = indent - l.indent();
            out.add(shift == 0 ? l : new TraceLine(l.line(), indent, Math.max(indent, l.textIndent() + shift), l.arrow(),
                    l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /**
     * The caller of step line {@code i}, whose nearest step line below is {@code below}: that line when both are
     * frames at one column, else the nearest step line below standing left of {@code i}; the line below when
     * none does.
     */
    private static int caller(List<TraceLine> lines, boolean[] frame, int i, int below) {
        int indent = lines.get(i).indent();
        if (frame[i] && frame[below] && lines.get(below).indent() == indent) {
            return below;
        }
        for (int k = below; k < lines.size(); k++) {
            TraceLine l = lines.get(k);
            if (isStep(l) && l.indent() < indent) {
                return k;
            }
        }
        return below;
    }

    private static boolean isStep(TraceLine l) {
        return !l.isBlank() && !l.isCommentOnly() && l.reading() != null;
    }
}
