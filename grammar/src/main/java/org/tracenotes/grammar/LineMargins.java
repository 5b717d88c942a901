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

    LineMargins(int lineCount) {
        this.lineCount = lineCount;
    }

    /** Where the margin of line {@code line} ends, in code points from its start; 0 for none. */
    int end(int line) {
        return ends == null ? 0 : ends[line];
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
