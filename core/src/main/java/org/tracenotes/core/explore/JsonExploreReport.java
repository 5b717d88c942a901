package org.tracenotes.core.explore;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
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
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(x, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Writes {@link #render}'s text to {@code out} as it goes: paths of many long runs are never held twice. */
    public static void write(Exploration x, Writer out) throws IOException {
        try (JsonGenerator g = MAPPER.writer().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("trace", x.trace());
            g.writeStringField("source", x.source());
            g.writeNumberField("states", x.runs().size());
            g.writeArrayFieldStart("paths");
            for (Exploration.Path p : x.paths()) {
                g.writeStartObject();
                lines(g, "lines", p.lines());
                g.writeStringField("state", p.example().start().describe());
                g.writeNumberField("states", p.states());
                outcome(g, p.example().result());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("table");
            for (ExploredRun r : x.runs()) {
                g.writeStartObject();
                g.writeStringField("kind", r.start().kind());
                g.writeStringField("state", r.start().describe());
                outcome(g, r.result());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("coverage");
            Map<Integer, List<StartingState>> takenBy = x.takenBy();
            for (Map.Entry<Integer, int[]> c : x.coverage().entrySet()) {
                g.writeStartObject();
                g.writeNumberField("line", c.getKey());
                g.writeNumberField("taken", c.getValue()[0]);
                g.writeNumberField("notTaken", c.getValue()[1]);
                g.writeArrayFieldStart("takenBy");
                for (StartingState st : takenBy.getOrDefault(c.getKey(), List.of())) {
                    g.writeString(st.describe());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("elisions");
            for (Map.Entry<Integer, Integer> e : x.elisions().entrySet()) {
                g.writeStartObject();
                g.writeNumberField("line", e.getKey());
                g.writeNumberField("states", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("violations");
            for (Map.Entry<ExploredRun, Violation> e : x.violations()) {
                g.writeStartObject();
                g.writeStringField("invariant", e.getValue().invariant().id());
                g.writeNumberField("line", e.getValue().line());
                g.writeStringField("message", e.getValue().message());
                g.writeStringField("state", e.getKey().start().describe());
                lines(g, "path", e.getKey().result().path());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("divergences");
            for (Map.Entry<String, List<ExploredRun>> d : x.divergencesByCause().entrySet()) {
                g.writeStartObject();
                g.writeStringField("cause", d.getKey());
                g.writeArrayFieldStart("states");
                for (ExploredRun r : d.getValue()) {
                    g.writeStartObject();
                    g.writeStringField("state", r.start().describe());
                    g.writeStringField("difference", r.divergence().difference());
                    g.writeArrayFieldStart("partings");
                    for (var p : r.divergence().partings()) {
                        g.writeStartObject();
                        g.writeNumberField("line", p.line());
                        g.writeStringField("what", p.what());
                        g.writeEndObject();
                    }
                    g.writeEndArray();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        out.write("\n");
        out.flush();
    }

    private static void lines(JsonGenerator g, String field, List<Integer> lines) throws IOException {
        g.writeArrayFieldStart(field);
        for (int l : lines) {
            g.writeNumber(l);
        }
        g.writeEndArray();
    }

    private static void outcome(JsonGenerator g, RunResult r) throws IOException {
        g.writeStringField("outcome", r.outcome().id());
        if (r.result() == null) {
            g.writeNullField("result");
        } else {
            g.writeNumberField("result", r.result());
        }
        g.writeBooleanField("hwpoison", r.state().has(PageFlag.HWPOISON));
        g.writeNumberField("net", r.netRefs());
    }
}
