package org.tracenotes.core.model;

/** What a step line means in its block's dialect. */
public enum StepRole {
    /** An ordinary step: a call, assignment, branch head, return … */
    STEP,
    /** An else / else-if alternative of the if chain before it. */
    ALTERNATIVE,
    /** Call dialect: the function an indirect call above it resolves to. */
    RESOLVED_TARGET
}
