package org.tracenotes.core.explore;

/**
 * An invariant broken on one explored path.
 *
 * @param invariant which
 * @param line      the note line where it became true (the put that went negative, the return …)
 * @param message   what was seen
 */
public record Violation(Invariant invariant, int line, String message) { }
