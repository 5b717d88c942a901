package org.tracenotes.core.graph;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Mermaid flowchart, which GitHub renders in Markdown. Parallel call sites between two functions
 * are drawn as one arrow labelled with their count; indirect calls are dotted; each kind has a
 * class; a highlighted path is red.
 */
public final class MermaidExporter implements GraphExporter {

    @Override
    public String format() {
        return "mermaid";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String f : graph.functions()) {
            ids.put(f, "f" + ids.size());
        }
        StringBuilder out = new StringBuilder("flowchart TD\n");
        for (Map.Entry<String, String> e : ids.entrySet()) {
            out.append("    ").append(e.getValue()).append("[\"").append(escape(e.getKey())).append("\"]:::")
                    .append(graph.kind(e.getKey()).id()).append('\n');
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Boolean> indirect = new LinkedHashMap<>();
        Set<String> marked = new HashSet<>();
        for (CallSite s : highlight) {
            if (ids.containsKey(s.caller()) && ids.containsKey(s.callee())) {
                marked.add(ids.get(s.caller()) + ">" + ids.get(s.callee()));
            }
        }
        for (CallSite s : graph.sortedCallSites()) {
            String key = ids.get(s.caller()) + ">" + ids.get(s.callee());
            counts.merge(key, 1, Integer::sum);
            indirect.merge(key, s.kind() == CallSite.Kind.INDIRECT, Boolean::logicalAnd);
        }
        int link = 0;
        StringBuilder styles = new StringBuilder();
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            String[] ends = e.getKey().split(">");
            String arrow = indirect.get(e.getKey()) ? "-.->" : "-->";
            out.append("    ").append(ends[0]).append(' ').append(arrow);
            if (e.getValue() > 1) {
                out.append("|\"×").append(e.getValue()).append("\"|");
            }
            out.append(' ').append(ends[1]).append('\n');
            if (marked.contains(e.getKey())) {
                styles.append("    linkStyle ").append(link).append(" stroke:#dc2626,stroke-width:3px\n");
            }
            link++;
        }
        out.append(styles);
        out.append("    classDef traced fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px\n");
        out.append("    classDef declared fill:#fef9c3,stroke:#a16207,stroke-dasharray:5 3\n");
        out.append("    classDef model fill:#dcfce7,stroke:#15803d\n");
        out.append("    classDef unknown fill:#f3f4f6,stroke:#6b7280,stroke-dasharray:2 2,color:#4b5563\n");
        Set<String> onPath = new java.util.LinkedHashSet<>(PathMarks.functions(highlight));
        onPath.retainAll(ids.keySet());
        if (!onPath.isEmpty()) {
            out.append("    classDef onpath stroke:#dc2626,stroke-width:3px\n    class ");
            out.append(String.join(",", onPath.stream().map(ids::get).toList())).append(" onpath\n");
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("\"", "#quot;");
    }
}
