package org.tracenotes.core.debug;

/** Where a session's logpoints and warnings go while it runs (a debug console). */
@FunctionalInterface
public interface SessionOutput {

    SessionOutput NONE = (category, text, source, line) -> { };

    /**
     * One line of output.
     *
     * @param category {@code console} for a logpoint, {@code stderr} for a warning (a condition that cannot be evaluated)
     * @param text     the line, without its newline
     * @param source   the note it comes from, or null
     * @param line     its line there, or 0
     */
    void output(String category, String text, String source, int line);
}
