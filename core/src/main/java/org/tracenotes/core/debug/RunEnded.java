package org.tracenotes.core.debug;

import java.util.List;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.run.RunResult;

/**
 * A session's run ended.
 *
 * @param result     the run, as {@code tracenotes run} reports it
 * @param violations the invariants it broke (checked at its end, as {@code explore} does)
 * @param notes      what else to say: a forced branch the run never reached
 */
public record RunEnded(RunResult result, List<Violation> violations, List<String> notes) implements Halt {

    public RunEnded {
        violations = List.copyOf(violations);
        notes = List.copyOf(notes);
    }

    /** 0 when the run returned and every expectation held (as {@code tracenotes run} exits), else 1. */
    public int exitCode() {
        return result.passed() ? 0 : 1;
    }
}
