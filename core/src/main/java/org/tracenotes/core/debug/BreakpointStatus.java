package org.tracenotes.core.debug;

/**
 * What became of a breakpoint asked for.
 *
 * @param id       its id, named by a stop that hits it
 * @param line     its line
 * @param verified whether it can stop a run: a step stands on the line and its conditions parse
 * @param message  why not, or null
 */
public record BreakpointStatus(int id, int line, boolean verified, String message) { }
