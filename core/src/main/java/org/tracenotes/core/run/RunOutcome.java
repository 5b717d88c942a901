package org.tracenotes.core.run;

import java.util.Locale;

/** How a run ended. */
public enum RunOutcome {
    /** The trace returned (a value, or void). */
    RETURNED,
    /** A call named a function with no body anywhere: no expansion, root, reference trace or primitive. */
    UNKNOWN_FUNCTION,
    /** The step or call-depth budget ran out (endless recursion or retry loop). */
    BUDGET_EXCEEDED,
    /** The model refused a step: a NULL page, a failed assumption, a goto without its label. */
    ERROR;

    /** {@code returned}, {@code unknown-function} … */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
