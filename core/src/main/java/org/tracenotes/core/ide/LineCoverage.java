package org.tracenotes.core.ide;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracenotes.core.run.RunEvent;
import org.tracenotes.core.run.RunOutcome;
import org.tracenotes.core.run.RunResult;

/**
 * A run as a coverage tool shows it: each line of the note that ran, with how, and the values
 * assigned or returned on it. Lines that did not run have no entry.
 *
 * @param lines  line → how it ran, in line order
 * @param values line → {@code name = value} / {@code return value} texts, last value per name
 */
public record LineCoverage(Map<Integer, Status> lines, Map<Integer, List<String>> values) {

    /** How a line ran. When a line ran in several ways (a loop), the later constant wins. */
    public enum Status {
        /** It ran (a step, or a branch whose condition held). */
        RAN,
        /** A branch line whose condition was false: evaluated, body skipped. */
        NOT_TAKEN,
        /** A branch line whose condition was overridden by a force. */
        FORCED,
        /** An elided body the run passed through without its effect. */
        ELIDED,
        /** Where the run stopped without returning. */
        STOPPED
    }

    public LineCoverage {
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** The coverage of {@code result}'s note from the run's {@code events}. */
    public static LineCoverage of(RunResult result, List<RunEvent> events) {
        String source = result.source();
        Map<Integer, Status> lines = new TreeMap<>();
        for (int line : result.path()) {
            lines.put(line, Status.RAN);
        }
        Map<Integer, Map<String, String>> values = new TreeMap<>();
        for (RunEvent e : events) {
            if (!source.equals(e.source())) {
                continue;
            }
            if (e instanceof RunEvent.BranchDecided b && lines.containsKey(b.line())) {
                Status s = b.forced() ? Status.FORCED : b.taken() ? Status.RAN : Status.NOT_TAKEN;
                lines.merge(b.line(), s, (a, c) -> a.compareTo(c) >= 0 ? a : c);
            } else if (e instanceof RunEvent.Assigned a) {
                values.computeIfAbsent(a.line(), k -> new LinkedHashMap<>()).put(a.name(), a.name() + " = " + a.value());
            } else if (e instanceof RunEvent.Returned r && r.value() != null) {
                values.computeIfAbsent(r.line(), k -> new LinkedHashMap<>()).put("return", "return " + r.value());
            }
        }
        for (int line : result.elided()) {
            if (lines.containsKey(line)) {
                lines.put(line, Status.ELIDED);
            }
        }
        if (result.outcome() != RunOutcome.RETURNED && result.line() > 0) {
            lines.put(result.line(), Status.STOPPED);
        }
        Map<Integer, List<String>> texts = new TreeMap<>();
        values.forEach((line, byName) -> texts.put(line, List.copyOf(byName.values())));
        return new LineCoverage(lines, texts);
    }
}
