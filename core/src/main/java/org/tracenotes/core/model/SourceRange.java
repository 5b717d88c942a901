package org.tracenotes.core.model;

/**
 * Where an element stands in its note. Lines and columns are 1-based; a column counts Unicode code
 * points from the start of the line (a tab is one column). Offsets are 0-based UTF-16 indices into the
 * note's text, as {@link String} and editors use them. Ends are exclusive.
 */
public record SourceRange(int line, int column, int endLine, int endColumn, int offset, int endOffset) {

    /** A range that stands nowhere in the text (e.g. an implied root). */
    public static SourceRange at(int line, int column, int offset) {
        return new SourceRange(line, column, line, column, offset, offset);
    }

    /** The smallest range covering both. */
    public SourceRange to(SourceRange end) {
        return new SourceRange(line, column, end.endLine, end.endColumn, offset, end.endOffset);
    }

    /** {@code line:column}, the form diagnostics print. */
    public String start() {
        return line + ":" + column;
    }
}
