package org.tracenotes.core.run;

/** Receives a run's events as they happen. */
@FunctionalInterface
public interface RunListener {

    RunListener NONE = e -> { };

    void on(RunEvent event);
}
