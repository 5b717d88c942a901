package org.tracenotes.core.run;

/**
 * Sees a run's events together with the run's live state, on the run's own thread, while the run
 * waits: what a debugger needs. It may look at the frames and the page, evaluate expressions (which
 * never change the run), block until told to go on, or end the run at once by throwing
 * {@link RunAborted}. A run with an inspector takes the same path as one without.
 */
public interface RunInspector {

    /** {@code event} happened; {@code run} shows the state at that moment and is valid only during this call. */
    void on(RunEvent event, LiveRun run);

    /**
     * The run is about to end {@code outcome} (unknown-function, budget-exceeded or error) at {@code line}
     * (0 if no line is to blame); {@code run} still shows the frames it ends in.
     */
    default void failing(RunOutcome outcome, String message, int line, LiveRun run) {
    }
}
