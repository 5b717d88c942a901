package org.tracenotes.core.run;

import java.util.Map;

/**
 * Limits and choices of one run.
 *
 * @param stepBudget  steps a run may take before it ends {@code budget-exceeded}
 * @param depthBudget nested calls a run may make
 * @param forces      branch lines of the run's note forced taken or not taken
 * @param listener    receives the run's events
 * @param inspector   sees the events with the run's live state (a debugger), or null
 */
public record RunOptions(int stepBudget, int depthBudget, Map<Integer, Force> forces, RunListener listener,
                         RunInspector inspector) {

    public static final int DEFAULT_STEP_BUDGET = 100_000;
    public static final int DEFAULT_DEPTH_BUDGET = 200;
    /**
     * The deepest call depth a run can be given: every call nests at least one statement, and a run
     * nests statements and expressions at most this deep (its Java stack); a larger budget would stop
     * here with another message.
     */
    public static final int MAX_DEPTH_BUDGET = 20_000;

    public RunOptions {
        forces = Map.copyOf(forces);
    }

    public RunOptions(int stepBudget, int depthBudget, Map<Integer, Force> forces, RunListener listener) {
        this(stepBudget, depthBudget, forces, listener, null);
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_STEP_BUDGET, DEFAULT_DEPTH_BUDGET, Map.of(), RunListener.NONE, null);
    }

    public RunOptions withForces(Map<Integer, Force> f) {
        return new RunOptions(stepBudget, depthBudget, f, listener, inspector);
    }

    public RunOptions withListener(RunListener l) {
        return new RunOptions(stepBudget, depthBudget, forces, l, inspector);
    }

    public RunOptions withBudgets(int steps, int depth) {
        return new RunOptions(steps, depth, forces, listener, inspector);
    }

    public RunOptions withInspector(RunInspector i) {
        return new RunOptions(stepBudget, depthBudget, forces, listener, i);
    }
}
