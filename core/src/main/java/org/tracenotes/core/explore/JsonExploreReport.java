package org.tracenotes.core.explore;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.Json;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.run.RunResult;

/** An exploration as JSON, schema {@code tracenotes.explore/1}. */
public final class JsonExploreReport {

    public static final String SCHEMA = "tracenotes.explore/1";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonExploreReport() {
    }

    public static String render(Exploration x) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA).put("trace", x.trace()).put("source", x.source()).put("states", x.runs().size());
        ArrayNode paths = o.putArray("paths");
        for (Exploration.Path p : x.paths()) {
            ObjectNode po = paths.addObject();
            ArrayNode lines = po.putArray("lines");
            p.lines().forEach(lines::add);
            po.put("state", p.example().start().describe()).put("states", p.states());
            outcome(po, p.example().result());
        }
        ArrayNode table = o.putArray("table");
        for (ExploredRun r : x.runs()) {
            ObjectNode row = table.addObject().put("kind", r.start().kind()).put("state", r.start().describe());
            outcome(row, r.result());
        }
        ArrayNode coverage = o.putArray("coverage");
        Map<Integer, List<StartingState>> takenBy = x.takenBy();
        x.coverage().forEach((line, c) -> {
            ObjectNode entry = coverage.addObject().put("line", line).put("taken", c[0]).put("notTaken", c[1]);
            ArrayNode states = entry.putArray("takenBy");
            takenBy.getOrDefault(line, List.of()).forEach(st -> states.add(st.describe()));
        });
        ArrayNode elisions = o.putArray("elisions");
        x.elisions().forEach((line, n) -> elisions.addObject().put("line", line).put("states", n));
        ArrayNode violations = o.putArray("violations");
        for (Map.Entry<ExploredRun, Violation> e : x.violations()) {
            ObjectNode v = violations.addObject().put("invariant", e.getValue().invariant().id()).put("line", e.getValue().line())
                    .put("message", e.getValue().message()).put("state", e.getKey().start().describe());
            ArrayNode path = v.putArray("path");
            e.getKey().result().path().forEach(path::add);
        }
        ArrayNode divergences = o.putArray("divergences");
        for (Map.Entry<String, List<ExploredRun>> g : x.divergencesByCause().entrySet()) {
            ObjectNode d = divergences.addObject().put("cause", g.getKey());
            ArrayNode states = d.putArray("states");
            for (ExploredRun r : g.getValue()) {
                ObjectNode s = states.addObject().put("state", r.start().describe()).put("difference", r.divergence().difference());
                ArrayNode ps = s.putArray("partings");
                r.divergence().partings().forEach(p -> ps.addObject().put("line", p.line()).put("what", p.what()));
            }
        }
        try {
            return MAPPER.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void outcome(ObjectNode n, RunResult r) {
        n.put("outcome", r.outcome().id());
        if (r.result() == null) {
            n.putNull("result");
        } else {
            n.put("result", r.result());
        }
        n.put("hwpoison", r.state().has(PageFlag.HWPOISON)).put("net", r.netRefs());
    }
}
