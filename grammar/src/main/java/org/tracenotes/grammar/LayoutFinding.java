package org.tracenotes.grammar;

/**
 * Something the layout pass noticed about a note's lines: a look-alike that is not a trace, a fence
 * or comment left open. {@code line} and {@code column} are 1-based; core turns these into
 * diagnostics.
 */
public record LayoutFinding(Kind kind, int line, int column, String message) {

    /** What was noticed. */
    public enum Kind {
        /** A block whose arrow lines are an ftrace stack dump, gdb output, Kconfig breadcrumbs …. */
        NOT_A_TRACE,
        /** A code fence that is never closed; it runs to the end of the note. */
        UNTERMINATED_FENCE,
        /** A {@code /*} comment in a trace block that is not closed before the block ends. */
        UNTERMINATED_COMMENT,
        /** A line so long that its payload is read as prose without parsing it. */
        LONG_LINE
    }
}
