package org.tracenotes.core.graph;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tracenotes.core.Json;

/** The call graph as JSON, schema {@value #SCHEMA}, documented in {@code docs/graph-json.md}. */
public final class JsonGraphExporter implements GraphExporter {

    public static final String SCHEMA = "tracenotes.callgraph/1";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String export(CallGraph graph, List<CallSite> highlight) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode functions = root.putArray("functions");
        for (String f : graph.functions()) {
            ObjectNode o = functions.addObject();
            o.put("name", f);
            o.put("kind", graph.kind(f).id());
            ArrayNode defs = o.putArray("definitions");
            for (CallGraph.Definition d : graph.definitions(f)) {
                ObjectNode dn = defs.addObject();
                dn.put("source", d.source());
                dn.put("origin", d.origin().name().toLowerCase(Locale.ROOT));
                dn.put("line", d.range().line());
                dn.put("column", d.range().column());
            }
            for (CallGraph.SourcePlace p : graph.sourcePlaces(f)) {
                ObjectNode dn = defs.addObject();
                dn.put("source", p.file());
                dn.put("origin", "source");
                dn.put("line", p.line());
                dn.put("column", 1);
            }
        }
        Set<CallSite> marked = new HashSet<>(highlight);
        ArrayNode calls = root.putArray("calls");
        for (CallSite s : graph.sortedCallSites()) {
            ObjectNode o = calls.addObject();
            o.put("caller", s.caller());
            o.put("callee", s.callee());
            o.put("source", s.source());
            o.put("line", s.range().line());
            o.put("column", s.range().column());
            o.put("context", s.context().id());
            o.put("kind", s.kind().id());
            o.put("highlighted", marked.contains(s));
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
