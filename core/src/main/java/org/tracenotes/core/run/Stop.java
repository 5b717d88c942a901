package org.tracenotes.core.run;

/** Ends a run early with an outcome other than {@code returned}. */
final class Stop extends RuntimeException {
    final RunOutcome outcome;
    final int line;

    Stop(RunOutcome outcome, String message, int line) {
        super(message, null, false, false);
        this.outcome = outcome;
        this.line = line;
    }
}
