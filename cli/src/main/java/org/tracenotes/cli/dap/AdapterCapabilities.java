package org.tracenotes.cli.dap;

import org.eclipse.lsp4j.debug.Capabilities;
import org.eclipse.lsp4j.debug.ExceptionBreakpointsFilter;
import org.tracenotes.core.debug.TraceSession;

/** What the adapter tells a client it supports, with the session's exception filters in words. */
final class AdapterCapabilities {

    private AdapterCapabilities() {
    }

    /** The {@code initialize} answer. */
    static Capabilities of() {
        Capabilities c = new Capabilities();
        c.setSupportsConfigurationDoneRequest(true);
        c.setSupportsConditionalBreakpoints(true);
        c.setSupportsHitConditionalBreakpoints(true);
        c.setSupportsLogPoints(true);
        c.setSupportsEvaluateForHovers(true);
        c.setSupportsStepBack(true);
        c.setSupportsRestartFrame(true);
        c.setSupportsGotoTargetsRequest(true);
        c.setSupportsExceptionInfoRequest(true);
        c.setSupportsTerminateRequest(true);
        c.setSupportsBreakpointLocationsRequest(true);
        c.setExceptionBreakpointFilters(new ExceptionBreakpointsFilter[] {
            filter(TraceSession.EXPECTATION, "Failed @expect", "Stop where an @expect of the note does not hold"),
            filter(TraceSession.INVARIANT, "Broken invariant",
                    "Stop where a reference count goes below zero, or an invariant of explore breaks at the run's end"),
            filter(TraceSession.RUN_ERROR, "Run ends in error",
                    "Stop where the run is about to end unknown-function, budget-exceeded or error")});
        return c;
    }

    private static ExceptionBreakpointsFilter filter(String id, String label, String description) {
        ExceptionBreakpointsFilter f = new ExceptionBreakpointsFilter();
        f.setFilter(id);
        f.setLabel(label);
        f.setDescription(description);
        f.setDefault_(true);
        return f;
    }
}
