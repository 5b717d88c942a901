package org.tracenotes.grammar;

/**
 * What the layout pass found before or around a trace line's text that is layout, not payload: where
 * a margin the lexer skips ends (a list bullet, {@link ListItemMarkers}; a line number,
 * {@link NumberedLines}), and which lines are the wrapped rest of the list item above them, which the
 * lexer joins to that item ({@link CodeSpanLists}), and which lines are remarks the lexer reads as comments. Arrays are made when the first is set: most notes
 * have none.
 */
final class LineMargins {

    private final int lineCount;
    private int[] ends;
    private boolean[] wrapped;
    private boolean[] remarks;
    /** Where a learned marker ({@link RepeatedMarkers}) ends: an arrow's as a positive index, a drawn prefix's as its negation minus one. */
    private int[] learned;
    /** Whether a learned arrow is read as the step arrow {@code =>} (else as {@code ->}). */
    private boolean[] learnedSteps;

    LineMargins(int lineCount) {
        this.lineCount = lineCount;
    }

    /** Where the margin of line {@code line} ends, in code points from its start; 0 for none. */
    int end(int line) {
        int end = ends == null ? 0 : ends[line];
        return learned == null || learned[line] >= 0 ? end : Math.max(end, -learned[line] - 1);
    }

    /**
     * Where the marker that {@link RepeatedMarkers} learned for line {@code line} ends, in code points from
     * its start (an arrow marker's or a drawn prefix's), or -1 for none.
     */
    int learnedEnd(int line) {
        if (learned == null || learned[line] == 0) {
            return -1;
        }
        return learned[line] > 0 ? learned[line] : -learned[line] - 1;
    }

    /** Where the learned arrow marker leading line {@code line} ends ({@link RepeatedMarkers}), or -1 for none. */
    int learnedArrowEnd(int line) {
        return learned == null || learned[line] <= 0 ? -1 : learned[line];
    }

    /** Whether the learned arrow of line {@code line} reads as {@code =>} ({@link RepeatedMarkers}). */
    boolean learnedStep(int line) {
        return learnedSteps != null && learnedSteps[line];
    }

    void setLearnedArrow(int line, int end, boolean step) {
        if (learned == null) {
            learned = new int[lineCount];
        }
        learned[line] = end;
        if (step) {
            if (learnedSteps == null) {
                learnedSteps = new boolean[lineCount];
            }
            learnedSteps[line] = true;
        }
    }

    /** Makes the drawn prefix before line {@code line}'s text, up to {@code end}, a margin the lexer skips. */
    void setLearnedPrefix(int line, int end) {
        if (learned == null) {
            learned = new int[lineCount];
        }
        learned[line] = -end - 1;
    }

    void setEnd(int line, int end) {
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
