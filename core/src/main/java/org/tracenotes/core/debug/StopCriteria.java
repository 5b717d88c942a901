package org.tracenotes.core.debug;

/**
 * Where a run of a debug session is to stop: after event {@code from} (deeper than {@code fromDepth}
 * or not, for steps); for TARGET at event {@code target}; for SCAN, the last candidate before event
 * {@code target}; for REACH_LINE the first reach of line {@code target} at or after {@code from}.
 * {@code reason}, when given, is the reason the stop reports.
 */
record StopCriteria(Kind kind, int from, int fromDepth, int target, DebugStop.Reason reason) {

    /** What kind of stop is sought. */
    enum Kind { ENTRY, RUN, STEP_IN, STEP_OVER, STEP_OUT, TARGET, SCAN, REACH_LINE }

    /** Whether this run stops where a user asked (breakpoints, exceptions, logpoints), not at a known event. */
    boolean forward() {
        return kind == Kind.ENTRY || kind == Kind.RUN || kind == Kind.STEP_IN || kind == Kind.STEP_OVER
                || kind == Kind.STEP_OUT;
    }
}
