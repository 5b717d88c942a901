package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything an exploration found: every run, and views over them — distinct paths with one state
 * each (like KLEE's one test per path), branch coverage, elisions crossed, invariant violations and
 * divergences from the kernel grouped by cause.
 *
 * @param trace    the function explored
 * @param source   the note
 * @param runs     one per starting state, in exploration order
 * @param compared whether runs carry a reference run
 */
public record Exploration(String trace, String source, List<ExploredRun> runs, boolean compared) {

    public Exploration {
        runs = List.copyOf(runs);
    }

    /** Each distinct path (its note lines) with the first state that takes it and how many do. */
    public record Path(List<Integer> lines, ExploredRun example, int states) { }

    public List<Path> paths() {
        Map<List<Integer>, List<ExploredRun>> byPath = new LinkedHashMap<>();
        for (ExploredRun r : runs) {
            byPath.computeIfAbsent(r.result().path(), k -> new ArrayList<>()).add(r);
        }
        List<Path> out = new ArrayList<>();
        byPath.forEach((lines, rs) -> out.add(new Path(lines, rs.get(0), rs.size())));
        return out;
    }

    /** For each branch line decided in some run: how many states took it and how many did not. */
    public Map<Integer, int[]> coverage() {
        Map<Integer, int[]> out = new TreeMap<>();
        for (ExploredRun r : runs) {
            r.taken().forEach(l -> out.computeIfAbsent(l, k -> new int[2])[0]++);
            r.notTaken().forEach(l -> out.computeIfAbsent(l, k -> new int[2])[1]++);
        }
        return out;
    }

    /** Elided lines crossed, with how many states crossed each. */
    public Map<Integer, Integer> elisions() {
        Map<Integer, Integer> out = new TreeMap<>();
        for (ExploredRun r : runs) {
            r.result().elided().stream().distinct().forEach(l -> out.merge(l, 1, Integer::sum));
        }
        return out;
    }

    /** Every violation with the run it happened on. */
    public List<Map.Entry<ExploredRun, Violation>> violations() {
        List<Map.Entry<ExploredRun, Violation>> out = new ArrayList<>();
        for (ExploredRun r : runs) {
            r.violations().forEach(v -> out.add(Map.entry(r, v)));
        }
        return out;
    }

    /**
     * Divergences grouped by cause. A parting most divergent runs share (the note skips a check the
     * kernel always makes) tells them apart no more than it explains them; a run's cause is its first
     * parting that at most half the divergent runs have, else its first parting. Keys read
     * {@code line N: what happens there}.
     */
    public Map<String, List<ExploredRun>> divergencesByCause() {
        List<ExploredRun> divergent = runs.stream().filter(r -> r.divergence() != null).toList();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (ExploredRun r : divergent) {
            r.divergence().partings().stream().map(Divergence.Parting::key).distinct()
                    .forEach(k -> seen.merge(k, 1, Integer::sum));
        }
        Map<String, List<ExploredRun>> byKey = new LinkedHashMap<>();
        Map<String, String> title = new java.util.HashMap<>();
        for (ExploredRun r : divergent) {
            List<Divergence.Parting> ps = r.divergence().partings();
            Divergence.Parting cause = ps.stream().filter(p -> 2 * seen.get(p.key()) <= divergent.size()).findFirst()
                    .orElse(ps.isEmpty() ? null : ps.get(0));
            String key = cause == null ? "" : cause.key();
            title.putIfAbsent(key, cause == null ? "no parting found" : "line " + cause.line() + ": " + cause.what());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Map<String, List<ExploredRun>> out = new LinkedHashMap<>();
        byKey.forEach((k, rs) -> out.put(title.get(k), rs));
        return out;
    }

    /** The cause line of a divergent run, as {@link #divergencesByCause} chooses it; 0 if none. */
    public int causeLine(ExploredRun r) {
        for (Map.Entry<String, List<ExploredRun>> e : divergencesByCause().entrySet()) {
            if (e.getValue().contains(r) && e.getKey().startsWith("line ")) {
                return Integer.parseInt(e.getKey().substring(5, e.getKey().indexOf(':')));
            }
        }
        return 0;
    }
}
