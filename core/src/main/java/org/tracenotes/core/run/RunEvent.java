package org.tracenotes.core.run;

import org.tracenotes.core.kernel.Value;

/**
 * What happens while a trace runs, in order. The interpreter prints nothing: a report, coverage, the
 * editor plugin or a debugger listen to these. {@code source} is the note a line belongs to (the
 * reference traces have their own); {@code depth} counts frames, the trace's own being 0.
 */
public sealed interface RunEvent {

    String source();

    int line();

    int depth();

    /** A step is about to run. */
    record StepReached(String source, int line, int depth) implements RunEvent { }

    /** A call entered a body: where the body came from is {@code resolution}. */
    record CallEntered(String source, int line, int depth, String function, Resolution resolution) implements RunEvent { }

    /** A call returned {@code value} to the line that made it. */
    record CallLeft(String source, int line, int depth, String function, Resolution resolution, Value value)
            implements RunEvent { }

    /** An if / else-if / else / case line was decided; {@code condition} is null for an else. */
    record BranchDecided(String source, int line, int depth, boolean taken, Value condition, boolean forced)
            implements RunEvent { }

    /** {@code name = value}. */
    record Assigned(String source, int line, int depth, String name, Value value) implements RunEvent { }

    /** A return line returned {@code value}. */
    record Returned(String source, int line, int depth, Value value) implements RunEvent { }

    /** Execution passed through an elided body. */
    record ElisionCrossed(String source, int line, int depth, String effect) implements RunEvent { }

    /** An {@code @expect} was checked. */
    record ExpectationChecked(String source, int line, int depth, ExpectationResult result) implements RunEvent { }

    /** Where a called function's body came from. */
    enum Resolution {
        /** The body indented under the call in the note. */
        EXPANSION,
        /** A root of that name in a loaded note. */
        ROOT,
        /** The model's reference trace. */
        REFERENCE,
        /** A Java primitive of the page model. */
        PRIMITIVE,
        /** A primitive that changes nothing in the model (a lock, a log line). */
        NO_OP
    }
}
