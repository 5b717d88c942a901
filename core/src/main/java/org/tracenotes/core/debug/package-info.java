/**
 * Debugging a trace: a {@link org.tracenotes.core.debug.TraceSession} runs a trace of a note on one
 * starting state and stops it where asked — at breakpoints on note lines (with conditions in the
 * note's own language, hit counts and log messages), after a step in, over or out, where an
 * {@code @expect} fails, an invariant breaks or the run ends in error — and shows its frames, their
 * locals and the page. Runs are deterministic, so going back is running again to an earlier event,
 * and "take this branch" is running again with the branch forced. No protocol here: the command
 * line's debug adapter maps this to the Debug Adapter Protocol.
 */
package org.tracenotes.core.debug;
