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
        STOPPED,
        /** In an exploration: where some state's run broke an invariant (the line that made it true). */
        VIOLATION
    }

    public LineCoverage {
        lines = Collections.unmodifiableMap(new TreeMap<>(lines));
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /**
     * The coverage of an exploration: every line some state ran; a branch line no state takes is
     * {@link Status#NOT_TAKEN}, a line where some run broke an invariant {@link Status#VIOLATION}; values
     * say how many states took each branch.
     */
    public static LineCoverage of(org.tracenotes.core.explore.Exploration x) {
        Map<Integer, Status> lines = new TreeMap<>();
        for (var r : x.runs()) {
            r.result().path().forEach(l -> lines.put(l, Status.RAN));
        }
        Map<Integer, List<String>> values = new TreeMap<>();
        int states = x.runs().size();
        x.coverage().forEach((line, counts) -> {
            if (counts[0] == 0) {
                lines.put(line, Status.NOT_TAKEN);
            }
            values.put(line, List.of("taken in " + counts[0] + " of " + states + " states"));
        });
        x.elisions().forEach((line, n) -> lines.put(line, Status.ELIDED));
        for (var v : x.violations()) {
            if (v.getValue().line() > 0) {
                lines.put(v.getValue().line(), Status.VIOLATION);
            }
        }
        return new LineCoverage(lines, values);
    }

    /** The calls of {@code graph} written in {@code source} on lines that ran: the run's path in the call graph. */
    public List<org.tracenotes.core.graph.CallSite> calls(org.tracenotes.core.graph.CallGraph graph, String source) {
        return graph.sortedCallSites().stream()
                .filter(c -> c.source().equals(source) && lines.get(c.range().line()) != null
                        && lines.get(c.range().line()) != Status.NOT_TAKEN)
                .toList();
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
        if (result.outcome() != RunOutcome.RETURNED) {
            // the note's line that was running when the run stopped (the stop may be inside a callee elsewhere)
            for (int i = events.size() - 1; i >= 0; i--) {
                if (events.get(i) instanceof RunEvent.StepReached s && source.equals(s.source())) {
                    lines.put(s.line(), Status.STOPPED);
                    break;
                }
            }
        }
        Map<Integer, List<String>> texts = new TreeMap<>();
        values.forEach((line, byName) -> texts.put(line, List.copyOf(byName.values())));
        return new LineCoverage(lines, texts);
    }
}
