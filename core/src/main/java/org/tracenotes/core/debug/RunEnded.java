package org.tracenotes.core.debug;

import java.util.List;
import org.tracenotes.core.explore.Violation;
import org.tracenotes.core.run.RunResult;
import org.tracenotes.core.run.TextRunReport;

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

    /**
     * The end in words, one item a line: the trace and scenario, then the run's summary rows, the
     * invariants broken and the notes, each under a label padded to ten columns.
     */
    public String summary() {
        StringBuilder out = new StringBuilder();
        out.append(result.trace()).append(" · scenario ").append(result.scenario()).append('\n');
        TextRunReport.summary(result, out);
        for (Violation v : violations) {
            out.append(String.format("%-10s", "invariant")).append(v.invariant().id()).append(" (line ").append(v.line())
                    .append("): ").append(v.message()).append('\n');
        }
        for (String n : notes) {
            out.append(String.format("%-10s", "note")).append(n).append('\n');
        }
        return out.toString();
    }
}
