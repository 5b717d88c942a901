package org.tracenotes.grammar;

/**
 * What the layout pass found before or around a trace line's text that is layout, not payload: where
 * a margin the lexer skips ends (a list bullet, {@link ListItemMarkers}; a line number,
 * {@link NumberedLines}), and which lines are the wrapped rest of the list item above them, which the
 * lexer joins to that item ({@link CodeSpanLists}), and which lines are remarks the lexer reads as comments. Arrays are made when the first is set: most notes
 * have none. Each layout has its own; setting a line's margin or learned marker makes its layout's
 * {@link LineMemo} forget that one line's arrow end, which depends on them (and on nothing else it sets).
 */
final class LineMargins {

    private final int lineCount;
    private int[] ends;
    private boolean[] wrapped;
    private boolean[] remarks;
    /** Where the arrow marker {@link RepeatedMarkers} learned for each line ends, in code points; 0 for none. */
    private int[] learnedArrowEnds;
    /** Where the drawn prefix {@link RepeatedMarkers} learned for each line ends (a margin), in code points; 0 for none. */
    private int[] learnedPrefixEnds;
    /** Whether a learned arrow is read as the step arrow {@code =>} (else as {@code ->}). */
    private boolean[] learnedSteps;
    /** The facts found for the same layout's lines: a line's arrow end is found again once its margin changes. */
    private final LineMemo memo;

    LineMargins(int lineCount, LineMemo memo) {
        this.lineCount = lineCount;
        this.memo = memo;
    }

    /** Where the margin of line {@code line} ends, in code points from its start; 0 for none. A learned drawn prefix is margin. */
    int end(int line) {
        int end = ends == null ? 0 : ends[line];
        return Math.max(end, learnedPrefixEnd(line));
    }

    /**
     * Where the marker that {@link RepeatedMarkers} learned for line {@code line} ends, in code points from
     * its start, whichever kind it is (an arrow marker's or a drawn prefix's: either leads a step, as an
     * arrow does), or -1 for none.
     */
    int learnedMarkerEnd(int line) {
        int arrow = learnedArrowEnd(line);
        return arrow >= 0 ? arrow : learnedPrefixEnd(line) > 0 ? learnedPrefixEnd(line) : -1;
    }

    /** Where the learned arrow marker leading line {@code line} ends ({@link RepeatedMarkers}), or -1 for none. */
    int learnedArrowEnd(int line) {
        return learnedArrowEnds == null || learnedArrowEnds[line] == 0 ? -1 : learnedArrowEnds[line];
    }

    /** Where the learned drawn prefix before line {@code line}'s text ends ({@link RepeatedMarkers}), or 0 for none. */
    int learnedPrefixEnd(int line) {
        return learnedPrefixEnds == null ? 0 : learnedPrefixEnds[line];
    }

    /** Whether the learned arrow of line {@code line} reads as {@code =>} ({@link RepeatedMarkers}). */
    boolean learnedStep(int line) {
        return learnedSteps != null && learnedSteps[line];
    }

    void setLearnedArrow(int line, int end, boolean step) {
        memo.forgetArrowEnd(line);
        if (learnedArrowEnds == null) {
            learnedArrowEnds = new int[lineCount];
        }
        learnedArrowEnds[line] = end;
        if (step) {
            if (learnedSteps == null) {
                learnedSteps = new boolean[lineCount];
            }
            learnedSteps[line] = true;
        }
    }

    /** Makes the drawn prefix before line {@code line}'s text, up to {@code end}, a margin the lexer skips. */
    void setLearnedPrefix(int line, int end) {
        memo.forgetArrowEnd(line);
        if (learnedPrefixEnds == null) {
            learnedPrefixEnds = new int[lineCount];
        }
        learnedPrefixEnds[line] = end;
    }

    void setEnd(int line, int end) {
        memo.forgetArrowEnd(line);
        if (ends == null) {
            ends = new int[lineCount];
        }
        ends[line] = end;
    }

    /** Whether line {@code line} is the wrapped rest of the list item above it. */
    boolean wrapped(int line) {
        return wrapped != null && wrapped[line];
    }

    /** Whether line {@code line} is a remark the lexer reads whole as a comment ({@link CallItemLists}). */
    boolean remark(int line) {
        return remarks != null && remarks[line];
    }

    void setRemark(int line) {
        if (remarks == null) {
            remarks = new boolean[lineCount];
        }
        remarks[line] = true;
    }

    void setWrapped(int line) {
        if (wrapped == null) {
            wrapped = new boolean[lineCount];
        }
        wrapped[line] = true;
    }
}
