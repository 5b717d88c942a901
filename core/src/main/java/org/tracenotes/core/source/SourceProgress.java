package org.tracenotes.core.source;

/**
 * Progress of a long source-index step (walking a tree, scanning it for names, parsing files), for a
 * front end to show: the CLI prints it on standard error when that is a terminal. Called from the
 * indexing thread; an implementation must be cheap.
 */
@FunctionalInterface
public interface SourceProgress {

    /** Says nothing. */
    SourceProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is being done, in words ({@code scanning names}, {@code parsing})
     * @param done  how many items are done
     * @param total how many there are, or -1 when not known yet
     */
    void update(String phase, long done, long total);
}
