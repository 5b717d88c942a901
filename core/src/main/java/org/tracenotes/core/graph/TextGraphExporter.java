package org.tracenotes.core.graph;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A plain-text report of the graph, for reading in a terminal: every function with its kind, where
 * notes define it, what it calls (with each call's place) and who calls it; then the entry points,
 * recursion, traced functions no entry reaches, and unknown functions. Highlighted calls are starred.
 */
public final class TextGraphExporter implements GraphExporter {

    @Override
    public String format() {
        return "text";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        Set<CallSite> marked = Set.copyOf(highlight);
        StringBuilder out = new StringBuilder();
        out.append(graph.functions().size()).append(" functions, ").append(graph.callSites().size())
                .append(" call sites\n");
        for (String f : graph.functions()) {
            if (graph.kind(f) == FunctionKind.UNKNOWN && graph.callSitesIn(f).isEmpty()) {
                continue;
            }
            out.append('\n').append(f).append("  [").append(graph.kind(f).id()).append("]\n");
            for (CallGraph.Definition d : graph.definitions(f)) {
                out.append("  defined  ").append(d.source()).append(':').append(d.range().start()).append(" (")
                        .append(d.origin().name().toLowerCase(java.util.Locale.ROOT)).append(")\n");
            }
            for (CallGraph.SourcePlace p : graph.sourcePlaces(f)) {
                out.append("  defined  ").append(p.file()).append(':').append(p.line()).append(" (source)\n");
            }
            for (CallSite s : graph.callSitesIn(f)) {
                out.append(marked.contains(s) ? "* calls    " : "  calls    ").append(s.callee()).append("  ")
                        .append(s.location()).append(' ').append(s.context().id())
                        .append(s.kind() == CallSite.Kind.DIRECT ? "" : " " + s.kind().id()).append('\n');
            }
            Set<String> callers = graph.callers(f);
            if (!callers.isEmpty()) {
                out.append("  called by ").append(String.join(", ", callers)).append('\n');
            }
        }
        out.append("\nentries: ").append(list(graph.entries())).append('\n');
        List<Set<String>> cycles = graph.cycles();
        out.append("recursion: ").append(cycles.isEmpty() ? "none" : cycles.stream()
                .map(c -> "{" + String.join(", ", c) + "}").collect(Collectors.joining(" "))).append('\n');
        out.append("traced but not reached from an entry: ").append(list(graph.unreached())).append('\n');
        out.append("unknown (called, not traced or declared): ").append(list(graph.unknown())).append('\n');
        return out.toString();
    }

    private static String list(Set<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
