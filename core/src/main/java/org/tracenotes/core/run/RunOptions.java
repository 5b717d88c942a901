package org.tracenotes.core.run;

import java.util.Map;

/**
 * Limits and choices of one run.
 *
 * @param stepBudget  steps a run may take before it ends {@code budget-exceeded}
 * @param depthBudget nested calls a run may make
 * @param forces      branch lines of the run's note forced taken or not taken
 * @param listener    receives the run's events
 */
public record RunOptions(int stepBudget, int depthBudget, Map<Integer, Force> forces, RunListener listener) {

    public static final int DEFAULT_STEP_BUDGET = 100_000;
    public static final int DEFAULT_DEPTH_BUDGET = 200;

    public RunOptions {
        forces = Map.copyOf(forces);
    }

    public static RunOptions defaults() {
        return new RunOptions(DEFAULT_STEP_BUDGET, DEFAULT_DEPTH_BUDGET, Map.of(), RunListener.NONE);
    }

    public RunOptions withForces(Map<Integer, Force> f) {
        return new RunOptions(stepBudget, depthBudget, f, listener);
    }

    public RunOptions withListener(RunListener l) {
        return new RunOptions(stepBudget, depthBudget, forces, l);
    }

    public RunOptions withBudgets(int steps, int depth) {
        return new RunOptions(steps, depth, forces, listener);
    }
}
