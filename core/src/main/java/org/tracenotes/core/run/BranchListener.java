package org.tracenotes.core.run;

/**
 * A {@link RunListener} that hears only a run's branch decisions, given as plain values: a run with one
 * (and no inspector) makes no event object for its steps, calls and assignments. For a caller that needs
 * nothing else of a run as it happens (an exploration not compared with the reference). With an
 * inspector, it hears the {@link RunEvent.BranchDecided} events as any listener.
 */
public interface BranchListener extends RunListener {

    /** The branch on {@code line} of {@code source} was decided: {@code taken} or not. */
    void decided(String source, int line, boolean taken);

    @Override
    default void on(RunEvent event) {
        if (event instanceof RunEvent.BranchDecided b) {
            decided(b.source(), b.line(), b.taken());
        }
    }
}
