package org.tracenotes.core.run;

/**
 * Thrown by a {@link RunInspector} to end a run at once (a debugger going back, or closing): the
 * interpreter lets it through, so {@link Interpreter#run} ends by throwing it and returns no result.
 */
public final class RunAborted extends RuntimeException {

    public RunAborted() {
        super("run aborted", null, false, false);
    }
}
