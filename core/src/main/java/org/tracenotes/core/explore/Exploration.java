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
 * @param checked  whether the invariants were checked (they are soft_offline_page's contract)
 */
public record Exploration(String trace, String source, List<ExploredRun> runs, boolean compared, boolean checked) {

    public Exploration {
        runs = List.copyOf(runs);
    }

    /** Runs that did not return (unknown function, budget, error): no invariant could be checked on them. */
    public List<ExploredRun> stopped() {
        return runs.stream().filter(r -> r.result().outcome() != org.tracenotes.core.run.RunOutcome.RETURNED).toList();
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

    /** For each branch line taken in some run: the states that take it, in exploration order. */
    public Map<Integer, List<StartingState>> takenBy() {
        Map<Integer, List<StartingState>> out = new TreeMap<>();
        for (ExploredRun r : runs) {
            r.taken().forEach(l -> out.computeIfAbsent(l, k -> new ArrayList<>()).add(r.start()));
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
     * Divergences grouped by cause. A parting that happens on nearly every explored state (more than
     * four in five: the kernel's pfn_valid check the note never makes) tells no state apart, and one
     * that also happens where the note and the kernel end alike cannot explain a difference alone; a
     * divergent run's cause is its first parting that is neither, else its first that is not
     * everywhere, else its first. Keys read {@code line N: what happens there}.
     */
    public Map<String, List<ExploredRun>> divergencesByCause() {
        java.util.Set<String> ubiquitous = ubiquitous();
        java.util.Set<String> harmless = harmless();
        Map<String, List<ExploredRun>> byKey = new LinkedHashMap<>();
        Map<String, String> title = new java.util.HashMap<>();
        for (ExploredRun r : runs) {
            if (r.divergence() == null || !r.divergence().diverges()) {
                continue;
            }
            Divergence.Parting cause = cause(r, ubiquitous, harmless);
            String key = cause == null ? "" : cause.key();
            title.putIfAbsent(key, cause == null ? "no parting found" : "line " + cause.line() + ": " + cause.what());
            byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
        }
        Map<String, List<ExploredRun>> out = new LinkedHashMap<>();
        byKey.forEach((k, rs) -> out.put(title.get(k), rs));
        return out;
    }

    /** The parting a divergent run is grouped by (see {@link #divergencesByCause}). */
    public Divergence.Parting cause(ExploredRun r) {
        return cause(r, ubiquitous(), harmless());
    }

    /** Every parting seen, by key: its first form, how many states have it, how many of those diverge. */
    public record PartingCount(Divergence.Parting parting, int states, int divergent) { }

    public List<PartingCount> partingCounts() {
        Map<String, Divergence.Parting> first = new LinkedHashMap<>();
        Map<String, int[]> counts = new java.util.HashMap<>();
        for (ExploredRun r : runs) {
            if (r.divergence() == null) {
                continue;
            }
            for (Divergence.Parting p : r.divergence().partings()) {
                first.putIfAbsent(p.key(), p);
            }
            r.divergence().partings().stream().map(Divergence.Parting::key).distinct().forEach(k -> {
                int[] c = counts.computeIfAbsent(k, x -> new int[2]);
                c[0]++;
                if (r.divergence().diverges()) {
                    c[1]++;
                }
            });
        }
        List<PartingCount> out = new ArrayList<>();
        first.forEach((k, p) -> out.add(new PartingCount(p, counts.get(k)[0], counts.get(k)[1])));
        out.sort(java.util.Comparator.comparingInt((PartingCount c) -> c.parting().line()));
        return out;
    }

    private java.util.Set<String> harmless() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (ExploredRun r : runs) {
            if (r.divergence() != null && !r.divergence().diverges()) {
                r.divergence().partings().forEach(p -> out.add(p.key()));
            }
        }
        return out;
    }

    private java.util.Set<String> ubiquitous() {
        Map<String, Integer> seen = new java.util.HashMap<>();
        int compared = 0;
        for (ExploredRun r : runs) {
            if (r.divergence() != null) {
                compared++;
                r.divergence().partings().stream().map(Divergence.Parting::key).distinct()
                        .forEach(k -> seen.merge(k, 1, Integer::sum));
            }
        }
        java.util.Set<String> out = new java.util.HashSet<>();
        int all = compared;
        seen.forEach((k, n) -> {
            if (5 * n > 4 * all) {
                out.add(k);
            }
        });
        return out;
    }

    private static Divergence.Parting cause(ExploredRun r, java.util.Set<String> ubiquitous, java.util.Set<String> harmless) {
        List<Divergence.Parting> ps = r.divergence().partings();
        // a call the kernel makes where the note does not, right before a call returns a different value,
        // changed that value here, though elsewhere a later step may hide it: it is where the paths part
        for (int k = 0; k + 1 < ps.size(); k++) {
            Divergence.Parting p = ps.get(k);
            if (ubiquitous.contains(p.key())) {
                continue;
            }
            if (!harmless.contains(p.key())) {
                break;
            }
            if (p.key().contains(" kernel ") && ps.get(k + 1).key().contains(" value ")) {
                return p;
            }
        }
        return ps.stream().filter(p -> !ubiquitous.contains(p.key()) && !harmless.contains(p.key())).findFirst()
                .or(() -> ps.stream().filter(p -> !ubiquitous.contains(p.key())).findFirst())
                .orElse(ps.isEmpty() ? null : ps.get(0));
    }

}
