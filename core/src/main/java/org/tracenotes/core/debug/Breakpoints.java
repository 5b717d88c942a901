package org.tracenotes.core.debug;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.kernel.Value;
import org.tracenotes.core.run.LiveRun;
import org.tracenotes.core.run.RunEvent;

/**
 * Where a user asked a session's runs to stop: the breakpoints of each source (with conditions in the
 * note's language, hit conditions and log messages) and the exception filters turned on. Set from the
 * requests' thread, read by the run's at each event.
 */
final class Breakpoints {

    private static final Pattern LOG_EXPR = Pattern.compile("\\{([^{}]+)}");
    private static final Pattern HIT = Pattern.compile("^\\s*(==|>=|<=|>|<|%)?\\s*(\\d+)\\s*$");

    private record Bp(int id, int line, String condition, IntPredicate hit, String logMessage) { }

    private final Predicate<String> isExpression;
    private volatile Map<String, Map<Integer, List<Bp>>> bySource = Map.of();
    private volatile Set<String> filters = Set.copyOf(TraceSession.FILTERS);
    private int nextId = 1;

    /** Breakpoints whose conditions must be texts {@code isExpression} accepts. */
    Breakpoints(Predicate<String> isExpression) {
        this.isExpression = isExpression;
    }

    /**
     * Replaces the breakpoints of {@code source}, whose steps stand on {@code runnable} (null if it is
     * not a source of the session): each is verified only on such a line, with a condition that parses
     * and a hit condition of the forms {@link Breakpoint} lists.
     */
    synchronized List<BreakpointStatus> set(String source, NavigableSet<Integer> runnable, List<Breakpoint> asked) {
        List<BreakpointStatus> out = new ArrayList<>();
        Map<Integer, List<Bp>> lines = new LinkedHashMap<>();
        for (Breakpoint b : asked) {
            int id = nextId++;
            String why = null;
            IntPredicate hit = n -> true;
            if (runnable == null) {
                why = "not a note of this session";
            } else if (!runnable.contains(b.line())) {
                Integer next = runnable.ceiling(b.line());
                why = "line " + b.line() + " holds no step that can run"
                        + (next != null ? "; the next that can is line " + next : "");
            } else if (b.condition() != null && !b.condition().isBlank() && !isExpression.test(b.condition().strip())) {
                why = "condition `" + b.condition() + "` is not an expression of the note's language";
            } else if (b.hitCondition() != null && !b.hitCondition().isBlank()) {
                hit = hitCondition(b.hitCondition());
                if (hit == null) {
                    why = "hit condition `" + b.hitCondition() + "` is not N, == N, > N, >= N, < N, <= N or % N";
                }
            }
            if (why == null) {
                String cond = b.condition() == null || b.condition().isBlank() ? null : b.condition().strip();
                String log = b.logMessage() == null || b.logMessage().isEmpty() ? null : b.logMessage();
                lines.computeIfAbsent(b.line(), k -> new ArrayList<>()).add(new Bp(id, b.line(), cond, hit, log));
            }
            out.add(new BreakpointStatus(id, b.line(), why == null, why));
        }
        if (source != null) {
            Map<String, Map<Integer, List<Bp>>> all = new HashMap<>(bySource);
            all.put(source, Map.copyOf(lines));
            bySource = Map.copyOf(all);
        }
        return out;
    }

    private static IntPredicate hitCondition(String text) {
        Matcher m = HIT.matcher(text);
        if (!m.matches()) {
            return null;
        }
        int n = Integer.parseInt(m.group(2));
        String op = m.group(1) == null ? "==" : m.group(1);
        return switch (op) {
            case "==" -> c -> c == n;
            case ">=" -> c -> c >= n;
            case "<=" -> c -> c <= n;
            case ">" -> c -> c > n;
            case "<" -> c -> c < n;
            default -> n == 0 ? null : c -> c % n == 0;
        };
    }

    /** Turns on exactly these exception filters (of {@link TraceSession#FILTERS}); returns those it does not know. */
    List<String> setFilters(Collection<String> on) {
        List<String> unknown = on.stream().filter(f -> !TraceSession.FILTERS.contains(f)).toList();
        filters = Set.copyOf(on.stream().filter(TraceSession.FILTERS::contains).toList());
        return unknown;
    }

    /** Whether the exception filter {@code filter} is on. */
    boolean filterOn(String filter) {
        return filters.contains(filter);
    }

    /**
     * The breakpoints at this step whose condition and hit count say stop, counting hits in
     * {@code hits} (one count per breakpoint and run); logpoints print to {@code output} instead, and
     * conditions that cannot be evaluated are told there, when {@code logs}.
     */
    List<Integer> hit(RunEvent e, LiveRun live, boolean logs, Map<Integer, Integer> hits, SessionOutput output) {
        Map<Integer, List<Bp>> lines = bySource.get(e.source());
        List<Bp> here = lines == null ? null : lines.get(e.line());
        if (here == null) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Bp b : here) {
            if (b.condition() != null) {
                LiveRun.Evaluation v = live.evaluate(b.condition(), 0);
                if (!v.ok()) {
                    if (logs) {
                        output.output("stderr", "line " + b.line() + ": condition `" + b.condition()
                                + "` cannot be evaluated (" + v.error() + "); stopping there", e.source(), e.line());
                    }
                } else if (!Value.truthy(v.value())) {
                    continue;
                }
            }
            int n = hits.merge(b.id(), 1, Integer::sum);
            if (!b.hit().test(n)) {
                continue;
            }
            if (b.logMessage() != null) {
                if (logs) {
                    output.output("console", interpolate(b.logMessage(), live), e.source(), e.line());
                }
                continue;
            }
            out.add(b.id());
        }
        return out;
    }

    private static String interpolate(String message, LiveRun live) {
        Matcher m = LOG_EXPR.matcher(message);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            LiveRun.Evaluation v = live.evaluate(m.group(1).strip(), 0);
            m.appendReplacement(sb, Matcher.quoteReplacement(v.ok() ? Views.text(v.value()) : "<" + v.error() + ">"));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
