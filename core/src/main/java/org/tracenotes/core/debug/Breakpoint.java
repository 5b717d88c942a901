package org.tracenotes.core.debug;

/**
 * A breakpoint asked for on a note line.
 *
 * @param line         the line (1-based)
 * @param condition    an expression in the note's language ({@code ret < 0}); stops only where it is true; null for none
 * @param hitCondition {@code N} or {@code == N} (the Nth hit), {@code > N}, {@code >= N}, {@code < N}, {@code <= N},
 *                     {@code % N} (every Nth); null for every hit
 * @param logMessage   a logpoint: print this text instead of stopping, each {@code {expr}} replaced by its value;
 *                     null for a breakpoint that stops
 */
public record Breakpoint(int line, String condition, String hitCondition, String logMessage) {

    public static Breakpoint at(int line) {
        return new Breakpoint(line, null, null, null);
    }
}
