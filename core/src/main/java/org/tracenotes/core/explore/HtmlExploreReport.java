package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tracenotes.core.graph.CallGraph;
import org.tracenotes.core.graph.CallSite;
import org.tracenotes.core.graph.SvgExporter;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/**
 * An exploration as one self-contained HTML page (no scripts, no network): the note with its trace
 * lines coloured like a coverage report — run by every explored state, by some, by none — with branch
 * markers, then the paths, the invariant violations, the divergences from the kernel, the decision
 * table, and the call graph as SVG with the calls the explored paths made drawn bold.
 */
public final class HtmlExploreReport {

    private HtmlExploreReport() {
    }

    public static String render(Exploration x, Note note) {
        int states = x.runs().size();
        Map<Integer, Integer> lineStates = new HashMap<>();
        for (ExploredRun r : x.runs()) {
            r.result().path().stream().distinct().forEach(l -> lineStates.merge(l, 1, Integer::sum));
        }
        Set<Integer> stepLines = new HashSet<>();
        Set<Integer> branchLines = new HashSet<>();
        for (Step s : note.steps()) {
            stepLines.add(s.range().line());
            if (s.kind() == StepKind.IF || s.kind() == StepKind.ELSE_IF || s.kind() == StepKind.ELSE || s.kind() == StepKind.CASE) {
                branchLines.add(s.range().line());
            }
        }
        Map<Integer, int[]> coverage = x.coverage();
        Map<Integer, List<StartingState>> takenBy = x.takenBy();
        Map<Integer, Integer> elisions = x.elisions();
        Set<Integer> violationLines = new HashSet<>();
        x.violations().forEach(e -> violationLines.add(e.getValue().line()));
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>explore ").append(esc(x.trace()))
                .append("</title>\n<style>\n")
                .append("body{font:14px/1.45 system-ui,sans-serif;margin:24px;color:#111827;background:#fff}")
                .append("h1{font-size:20px}h2{font-size:16px;margin-top:28px}")
                .append("pre.note{font:13px/1.5 'DejaVu Sans Mono',monospace;border:1px solid #e5e7eb;padding:8px 0;overflow-x:auto}")
                .append(".l{display:block;padding:0 10px;white-space:pre}.n{color:#9ca3af;display:inline-block;width:3.5em}")
                .append(".all{background:#dcfce7}.some{background:#fef9c3}.none{background:#fee2e2}")
                .append(".mark{color:#374151;font-size:11px;margin-left:1.5em}.v{outline:2px solid #dc2626}")
                .append("table{border-collapse:collapse;font-size:12px}td,th{border:1px solid #e5e7eb;padding:2px 6px;text-align:left}")
                .append(".legend span{padding:1px 8px;margin-right:8px}.bad{color:#b91c1c}.graph{overflow:auto;border:1px solid #e5e7eb}")
                .append("\n</style></head><body>\n");
        h.append("<h1>explore ").append(esc(x.trace())).append(" · ").append(esc(x.source())).append("</h1>\n<p>")
                .append(states).append(" starting states, ").append(x.paths().size()).append(" distinct paths, ")
                .append(x.violations().size()).append(" invariant violations")
                .append(x.compared() ? ", " + x.divergencesByCause().size() + " divergence causes" : "").append(".</p>\n");
        h.append("<p class=\"legend\"><span class=\"all\">run by every state</span><span class=\"some\">by some</span>")
                .append("<span class=\"none\">by none</span><span class=\"v\">an invariant breaks here</span></p>\n");
        h.append("<pre class=\"note\">");
        String[] lines = note.text().split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int ln = i + 1;
            String cls = "";
            if (stepLines.contains(ln)) {
                int n = lineStates.getOrDefault(ln, 0);
                cls = n == states ? "all" : n > 0 ? "some" : "none";
            }
            if (violationLines.contains(ln)) {
                cls += " v";
            }
            h.append("<span class=\"l ").append(cls.strip()).append("\" id=\"L").append(ln).append("\"><span class=\"n\">")
                    .append(ln).append("</span>").append(esc(lines[i]));
            if (branchLines.contains(ln)) {
                int[] c = coverage.getOrDefault(ln, new int[2]);
                List<StartingState> who = takenBy.getOrDefault(ln, List.of());
                StringBuilder title = new StringBuilder();
                who.stream().limit(12).forEach(st -> title.append(st.describe()).append('\n'));
                if (who.size() > 12) {
                    title.append("… ").append(who.size() - 12).append(" more");
                }
                h.append("<span class=\"mark\" title=\"").append(esc(title.toString().strip())).append("\">▸ taken ")
                        .append(c[0]).append(" · not taken ").append(c[1]).append("</span>");
            }
            if (elisions.containsKey(ln)) {
                h.append("<span class=\"mark\">⋯ elided, crossed by ").append(elisions.get(ln)).append("</span>");
            }
            h.append("</span>");
        }
        h.append("</pre>\n");
        h.append("<h2>Invariant violations</h2>\n");
        if (x.violations().isEmpty()) {
            h.append("<p>none</p>\n");
        } else {
            h.append("<table><tr><th>line</th><th>invariant</th><th>what</th><th>states</th><th>e.g.</th><th>its path</th></tr>\n");
            Map<String, List<Map.Entry<ExploredRun, Violation>>> grouped = new java.util.LinkedHashMap<>();
            x.violations().forEach(e -> grouped.computeIfAbsent(e.getValue().line() + "\u0000" + e.getValue().invariant()
                    + "\u0000" + e.getValue().message(), k -> new ArrayList<>()).add(e));
            for (List<Map.Entry<ExploredRun, Violation>> g : grouped.values()) {
                Violation v = g.get(0).getValue();
                h.append("<tr><td><a href=\"#L").append(v.line()).append("\">").append(v.line()).append("</a></td><td>")
                        .append(v.invariant().id()).append("</td><td class=\"bad\">").append(esc(v.message())).append("</td><td>")
                        .append(g.size()).append("</td><td>").append(esc(g.get(0).getKey().start().describe())).append("</td><td>")
                        .append(esc(g.get(0).getKey().result().path().toString())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        if (x.compared()) {
            h.append("<h2>Divergences from the kernel's reference trace</h2>\n");
            Map<String, List<ExploredRun>> groups = x.divergencesByCause();
            if (groups.isEmpty()) {
                h.append("<p>none</p>\n");
            }
            for (Map.Entry<String, List<ExploredRun>> g : groups.entrySet()) {
                h.append("<p><b>").append(esc(g.getKey())).append("</b> (").append(g.getValue().size()).append(" states)</p><ul>");
                for (ExploredRun r : g.getValue().subList(0, Math.min(4, g.getValue().size()))) {
                    h.append("<li>[").append(esc(r.start().describe())).append("]: ").append(esc(r.divergence().difference()))
                            .append("<br><small>");
                    for (Divergence.Parting p : r.divergence().partings()) {
                        h.append("<a href=\"#L").append(p.line()).append("\">line ").append(p.line()).append("</a>: ")
                                .append(esc(p.what())).append("<br>");
                    }
                    h.append("</small></li>");
                }
                h.append("</ul>\n");
            }
        }
        h.append("<h2>Distinct paths</h2>\n<table><tr><th>#</th><th>outcome</th><th>PG_hwpoison, net</th><th>one state</th>")
                .append("<th>states</th></tr>\n");
        int i = 1;
        for (Exploration.Path p : x.paths()) {
            h.append("<tr><td>").append(i++).append("</td><td>").append(esc(Explorer.describe(p.example().result())))
                    .append("</td><td>").append(esc(TextExploreReport.summary(p.example()))).append("</td><td>")
                    .append(esc(p.example().start().describe())).append("</td><td>").append(p.states()).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Decision table</h2>\n<table><tr><th>state</th><th>outcome</th><th>PG_hwpoison, net</th></tr>\n");
        for (ExploredRun r : x.runs()) {
            h.append("<tr><td>").append(esc(r.start().describe())).append("</td><td>").append(esc(Explorer.describe(r.result())))
                    .append("</td><td>").append(esc(TextExploreReport.summary(r))).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Call graph</h2>\n<p>Calls made on some explored path are drawn bold and red.</p>\n");
        CallGraph graph = CallGraph.of(List.of(note), ReferenceTraces::modelled);
        Set<Integer> ran = lineStates.keySet();
        List<CallSite> exercised = graph.callSites().stream()
                .filter(c -> c.source().equals(note.source()) && ran.contains(c.range().line())).toList();
        String svg = new SvgExporter().export(graph, exercised);
        h.append("<div class=\"graph\">").append(svg.replaceFirst("^<\\?xml[^>]*>\\s*", "")).append("</div>\n");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
