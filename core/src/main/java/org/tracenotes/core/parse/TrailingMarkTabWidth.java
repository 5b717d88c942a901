package org.tracenotes.core.parse;

import java.util.BitSet;
import java.util.List;

/**
 * The tab width an author saw, told by the marks they lined up right of their steps: a bracket, an
 * arrow to a remark, a comment, each after a gap. A line whose gap is spaces alone puts its mark at
 * the same column under any width; a line whose text or gap holds a tab puts it there only at the
 * width the author's editor showed. So when marks after tabs land on the column of a spaces-only
 * line's mark at exactly one of the widths 2, 4 and 8, at least {@link #MIN_LINED_UP} times, that is the width:
 * <pre>
 * open_x\t\t      ----|          (at eight: the bracket at column 30)
 *   do_open_x         ----|      (spaces only: column 30)
 * \tfilp_x\t      ====> ( … )   (at eight: column 30)
 * </pre>
 * Two lines lined up at one width only are the evidence; a block without a spaces-only mark says nothing (0).
 * A mark right after a tab ({@code \tmov\tx21, x0}: an assembler's operand column) stands on a tab stop at
 * every width and is no evidence: the gap must end in a space.
 */
final class TrailingMarkTabWidth {

    /** Lines with a tab whose mark must land on a spaces-only mark's column, at least. */
    private static final int MIN_LINED_UP = 2;
    private static final int[] WIDTHS = {2, 4, 8};

    private TrailingMarkTabWidth() {
    }

    /** The width under which the block's marks line up, or 0 when they say nothing. */
    static int choose(List<String> code) {
        BitSet anchors = null;   // the columns spaces-only lines' marks stand at
        for (String line : code) {
            int gapEnd = markStart(line);
            if (gapEnd > 0 && line.lastIndexOf('\t', gapEnd) < 0) {
                anchors = anchors == null ? new BitSet() : anchors;
                anchors.set(gapEnd);
            }
        }
        if (anchors == null) {
            return 0;
        }
        int best = 0;
        int bestCount = 0;
        boolean tie = false;
        for (int w : WIDTHS) {
            int count = 0;
            for (String line : code) {
                int gapEnd = markStart(line);
                if (gapEnd > 0 && line.charAt(gapEnd - 1) == ' ' && line.lastIndexOf('\t', gapEnd) >= 0) {
                    count += anchors.get(column(line, gapEnd, w)) ? 1 : 0;
                }
            }
            if (count > bestCount) {
                best = w;
                bestCount = count;
                tie = false;
            } else if (count == bestCount) {
                tie = true;
            }
        }
        return bestCount >= MIN_LINED_UP && !tie ? best : 0;
    }

    /**
     * Where the line's first mark after a gap starts (a char index), or -1: the gap follows the line's
     * first text and is a tab or at least two spaces, and more text follows it.
     */
    private static int markStart(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == n) {
            return -1;
        }
        while (i < n) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\t') {
                int from = i;
                boolean tab = false;
                while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
                    tab |= line.charAt(i) == '\t';
                    i++;
                }
                if (i < n && (tab || i - from >= 2)) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    /** The column of char index {@code end} of the line, tabs {@code width} wide. */
    private static int column(String line, int end, int width) {
        int w = 0;
        for (int i = 0; i < end; i++) {
            w = line.charAt(i) == '\t' ? w + width - (w % width) : w + 1;
        }
        return w;
    }
}
