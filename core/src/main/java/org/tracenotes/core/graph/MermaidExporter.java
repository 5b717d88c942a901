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
        Set<CallSite> marked = new HashSet<>(highlight);
        int link = 0;
        StringBuilder styles = new StringBuilder();
        for (CallGraph.CallPair pair : graph.callPairs()) {
            out.append("    ").append(ids.get(pair.caller())).append(' ').append(pair.indirect() ? "-.->" : "-->");
            if (pair.sites().size() > 1) {
                out.append("|\"×").append(pair.sites().size()).append("\"|");
            }
            out.append(' ').append(ids.get(pair.callee())).append('\n');
            if (pair.anyIn(marked)) {
                styles.append("    linkStyle ").append(link).append(" stroke:#dc2626,stroke-width:3px\n");
            }
            link++;
        }
        out.append(styles);
        out.append("    classDef traced fill:#dbeafe,stroke:#1d4ed8,stroke-width:2px\n");
        out.append("    classDef declared fill:#fef9c3,stroke:#a16207,stroke-dasharray:5 3\n");
        out.append("    classDef model fill:#dcfce7,stroke:#15803d\n");
        out.append("    classDef unknown fill:#f3f4f6,stroke:#6b7280,stroke-dasharray:2 2,color:#4b5563\n");
        if (graph.functions().stream().anyMatch(f -> graph.kind(f) == FunctionKind.SOURCE)) {
            out.append("    classDef source fill:#f3e8ff,stroke:#7e22ce\n");
        }
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
