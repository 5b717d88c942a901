package org.tracenotes.core.graph;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Writes a call graph in one format. A path (a list of call sites) may be highlighted. */
public interface GraphExporter {

    /** The format's name, as {@code --format} takes it. */
    String format();

    /** The graph as text in this format, with the call sites of {@code highlight} marked. */
    String export(CallGraph graph, List<CallSite> highlight);

    /** Every format. */
    static List<GraphExporter> all() {
        return List.of(new DotExporter(), new MermaidExporter(), new JsonGraphExporter(), new SvgExporter(),
                new TextGraphExporter());
    }

    /** The exporter of {@code format} ({@code dot}, {@code mermaid}, {@code json}, {@code svg}, {@code text}). */
    static Optional<GraphExporter> byFormat(String format) {
        String f = format.toLowerCase(Locale.ROOT);
        return all().stream().filter(e -> e.format().equals(f)).findFirst();
    }
}
