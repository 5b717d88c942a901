package org.tracenotes.core.graph;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

/**
 * Graphviz DOT, written by jgrapht-io. Vertices get ids {@code f0, f1 …} and their name as label
 * (names need no quoting rules of their own); each kind has its own shape and style; indirect calls
 * are dashed; highlighted calls are red and bold. Each call site is one edge, with its place as tooltip.
 */
public final class DotExporter implements GraphExporter {

    @Override
    public String format() {
        return "dot";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        Map<String, String> ids = new HashMap<>();
        for (String f : graph.functions()) {
            ids.put(f, "f" + ids.size());
        }
        Set<CallSite> marked = new HashSet<>(highlight);
        Set<String> onPath = PathMarks.functions(highlight);
        DOTExporter<String, CallSite> dot = new DOTExporter<>(ids::get);
        dot.setGraphIdProvider(() -> "calls");
        dot.setGraphAttributeProvider(() -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("rankdir", DefaultAttribute.createAttribute("TB"));
            a.put("fontname", DefaultAttribute.createAttribute("monospace"));
            return a;
        });
        dot.setVertexAttributeProvider(f -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("label", DefaultAttribute.createAttribute(f));
            a.put("fontname", DefaultAttribute.createAttribute("monospace"));
            switch (graph.kind(f)) {
                case TRACED -> {
                    a.put("shape", DefaultAttribute.createAttribute("box"));
                    a.put("style", DefaultAttribute.createAttribute("filled,bold"));
                    a.put("fillcolor", DefaultAttribute.createAttribute("#dbeafe"));
                }
                case DECLARED -> {
                    a.put("shape", DefaultAttribute.createAttribute("box"));
                    a.put("style", DefaultAttribute.createAttribute("dashed,filled"));
                    a.put("fillcolor", DefaultAttribute.createAttribute("#fef9c3"));
                }
                case MODEL -> {
                    a.put("shape", DefaultAttribute.createAttribute("component"));
                    a.put("style", DefaultAttribute.createAttribute("filled"));
                    a.put("fillcolor", DefaultAttribute.createAttribute("#dcfce7"));
                }
                case UNKNOWN -> {
                    a.put("shape", DefaultAttribute.createAttribute("ellipse"));
                    a.put("style", DefaultAttribute.createAttribute("dotted"));
                    a.put("fontcolor", DefaultAttribute.createAttribute("#4b5563"));
                }
                case SOURCE -> {
                    a.put("shape", DefaultAttribute.createAttribute("note"));
                    a.put("style", DefaultAttribute.createAttribute("filled"));
                    a.put("fillcolor", DefaultAttribute.createAttribute("#f3e8ff"));
                    graph.sourcePlaces(f).stream().findFirst().ifPresent(p -> a.put("tooltip",
                            DefaultAttribute.createAttribute(p.file() + ":" + p.line())));
                }
            }
            a.put("kind", DefaultAttribute.createAttribute(graph.kind(f).id()));
            if (onPath.contains(f)) {
                a.put("color", DefaultAttribute.createAttribute("#dc2626"));
                a.put("penwidth", DefaultAttribute.createAttribute(3));
            }
            return a;
        });
        dot.setEdgeAttributeProvider(site -> {
            Map<String, Attribute> a = new LinkedHashMap<>();
            a.put("tooltip", DefaultAttribute.createAttribute(site.location() + " (" + site.context().id() + ")"));
            if (site.kind() != CallSite.Kind.DIRECT) {
                a.put("style", DefaultAttribute.createAttribute("dashed"));
            }
            if (site.kind() == CallSite.Kind.UNTRACED) {
                a.put("color", DefaultAttribute.createAttribute("#9ca3af"));
            }
            if (marked.contains(site)) {
                a.put("color", DefaultAttribute.createAttribute("#dc2626"));
                a.put("penwidth", DefaultAttribute.createAttribute(3));
            }
            return a;
        });
        StringWriter out = new StringWriter();
        dot.exportGraph(graph.graph(), out);
        return out.toString();
    }
}
