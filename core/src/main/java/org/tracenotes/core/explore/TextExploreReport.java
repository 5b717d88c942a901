package org.tracenotes.core.explore;

import java.util.List;
import java.util.Map;
import org.tracenotes.core.run.RunResult;

/** An exploration as text: paths, decision table, coverage, elisions, violations, divergences. */
public final class TextExploreReport {

    private TextExploreReport() {
    }

    public static String render(Exploration x) {
        StringBuilder out = new StringBuilder();
        List<Exploration.Path> paths = x.paths();
        out.append("explore ").append(x.trace()).append(" · ").append(x.source()).append(" · ").append(x.runs().size())
                .append(" states, ").append(paths.size()).append(" distinct paths\n\n");
        out.append("paths (one state each):\n");
        int n = 1;
        for (Exploration.Path p : paths) {
            ExploredRun r = p.example();
            out.append(String.format("  %2d. %-28s %s  [%s]%s%n", n++, outcome(r.result()), summary(r),
                    r.start().describe(), p.states() > 1 ? " (+" + (p.states() - 1) + " more states)" : ""));
        }
        out.append("\ndecision table (state → result, PG_hwpoison, net refcount):\n");
        for (ExploredRun r : x.runs()) {
            out.append(String.format("  %-70s → %s%n", r.start().describe(), outcome(r.result()) + ", " + summary(r)));
        }
        out.append("\nbranch coverage (states taking / not taking each branch line):\n");
        Map<Integer, List<StartingState>> takenBy = x.takenBy();
        for (Map.Entry<Integer, int[]> e : x.coverage().entrySet()) {
            int[] c = e.getValue();
            List<StartingState> who = takenBy.getOrDefault(e.getKey(), List.of());
            out.append(String.format("  line %4d  taken %3d  not taken %3d%s%n", e.getKey(), c[0], c[1],
                    c[0] == 0 ? "   ← never taken: dead, or not modelled"
                            : "   e.g. [" + who.get(0).describe() + "]" + (c[0] > 1 && c[1] > 0 ? " …" : "")));
        }
        Map<Integer, Integer> elisions = x.elisions();
        out.append("\nelisions crossed: ").append(elisions.isEmpty() ? "none" : "").append('\n');
        elisions.forEach((line, states) -> out.append(String.format("  line %4d  by %d states%n", line, states)));
        List<ExploredRun> stopped = x.stopped();
        out.append("\nruns that did not return: ").append(stopped.isEmpty() ? "none" : stopped.size()).append('\n');
        Map<String, List<ExploredRun>> why = new java.util.LinkedHashMap<>();
        stopped.forEach(r -> why.computeIfAbsent(r.result().outcome().id() + ": " + r.result().message(),
                k -> new java.util.ArrayList<>()).add(r));
        why.forEach((k, rs) -> out.append("  ").append(k).append("  (").append(rs.size()).append(" states, e.g. [")
                .append(rs.get(0).start().describe()).append("])\n"));
        List<Map.Entry<ExploredRun, Violation>> violations = x.violations();
        Map<String, List<Map.Entry<ExploredRun, Violation>>> grouped = new java.util.LinkedHashMap<>();
        for (Map.Entry<ExploredRun, Violation> e : violations) {
            grouped.computeIfAbsent("line " + e.getValue().line() + ": " + e.getValue().invariant().id() + ": "
                    + e.getValue().message(), k -> new java.util.ArrayList<>()).add(e);
        }
        if (!x.checked()) {
            out.append("\ninvariants: not checked (they state the contracts of ").append(Explorer.CONTRACT).append(")\n");
        }
        out.append("\ninvariant violations: ").append(violations.isEmpty() ? "none"
                : violations.size() + " on " + grouped.size() + " distinct (line, invariant)").append('\n');
        for (Map.Entry<String, List<Map.Entry<ExploredRun, Violation>>> g : grouped.entrySet()) {
            ExploredRun first = g.getValue().get(0).getKey();
            out.append("  ").append(g.getKey()).append("  (").append(g.getValue().size()).append(" states)\n")
                    .append("      e.g. [").append(first.start().describe()).append("], path ")
                    .append(first.result().path()).append('\n');
        }
        if (x.compared()) {
            out.append("\nwhere the note and the kernel part (states with the parting / of them ending differently):\n");
            for (Exploration.PartingCount c : x.partingCounts()) {
                out.append(String.format("  line %4d  %3d / %3d  %s%n", c.parting().line(), c.states(), c.divergent(),
                        c.parting().what()));
            }
            Map<String, List<ExploredRun>> groups = x.divergencesByCause();
            out.append("\ndivergences from the kernel's reference trace: ").append(groups.isEmpty() ? "none" : groups.size()
                    + " causes").append('\n');
            for (Map.Entry<String, List<ExploredRun>> g : groups.entrySet()) {
                out.append("  ").append(g.getKey()).append("  (").append(g.getValue().size()).append(" states)\n");
                for (ExploredRun r : g.getValue().subList(0, Math.min(3, g.getValue().size()))) {
                    out.append("      [").append(r.start().describe()).append("]: ").append(r.divergence().difference())
                            .append('\n');
                    Divergence.Parting cause = x.cause(r);
                    for (Divergence.Parting p : r.divergence().partings()) {
                        out.append("        line ").append(p.line()).append(": ").append(p.what())
                                .append(p == cause ? "   ← cause" : "").append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    static String outcome(RunResult r) {
        return Explorer.describe(r);
    }

    static String summary(RunResult r) {
        return "hwpoison " + (r.state().has(org.tracenotes.core.kernel.PageFlag.HWPOISON) ? "set" : "clear") + ", net "
                + (r.netRefs() > 0 ? "+" : "") + r.netRefs();
    }

    /** As {@link #summary(RunResult)}, saying how much of the net change is mapping references migration moved. */
    static String summary(ExploredRun r) {
        return summary(r.result()) + (r.moved() > 0 ? " (" + r.moved() + " moved by migration)" : "");
    }
}
