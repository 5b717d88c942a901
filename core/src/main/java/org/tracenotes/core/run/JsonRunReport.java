package org.tracenotes.core.run;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.Json;

/**
 * A run as JSON (schema {@code tracenotes.run/1}, documented in {@code docs/run-json.md}): the
 * outcome, the returned value, the path, elisions, leniency, the final state by its {@code --given}
 * keys, the references and the expectations.
 */
public final class JsonRunReport {

    public static final String SCHEMA = "tracenotes.run/1";

    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonRunReport() {
    }

    /** One run as an object. */
    public static String render(RunResult r) {
        return write(tree(r));
    }

    /** Several runs ({@code --scenario all}) as an array. */
    public static String render(List<RunResult> rs) {
        ArrayNode a = MAPPER.createArrayNode();
        rs.forEach(r -> a.add(tree(r)));
        return write(a);
    }

    private static String write(Object node) {
        try {
            return MAPPER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode tree(RunResult r) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", SCHEMA);
        o.put("trace", r.trace());
        o.put("scenario", r.scenario());
        o.put("source", r.source());
        o.put("outcome", r.outcome().id());
        if (r.result() == null) {
            o.putNull("result");
        } else {
            o.put("result", r.result());
        }
        if (r.message() != null) {
            o.put("message", r.message());
            o.put("line", r.line());
        }
        ArrayNode path = o.putArray("path");
        r.path().forEach(path::add);
        ArrayNode elided = o.putArray("elided");
        r.elided().forEach(elided::add);
        ArrayNode lenient = o.putArray("lenient");
        for (Leniency l : r.lenient()) {
            lenient.addObject().put("line", l.line()).put("kind", l.kind()).put("what", l.what());
        }
        ArrayNode forced = o.putArray("forced");
        r.forced().forEach(forced::add);
        if (!r.notReached().isEmpty()) {
            ArrayNode notReached = o.putArray("forcedNotReached");
            r.notReached().forEach(notReached::add);
        }
        o.set("initial", state(r.initial().asGiven()));
        o.set("state", state(r.state().asGiven()));
        ObjectNode refs = o.putObject("refs");
        refs.put("gets", r.gets()).put("puts", r.puts()).put("net", r.netRefs());
        ObjectNode ledger = refs.putObject("ledger");
        r.state().refs().nonZero().forEach((owner, count) -> ledger.put(owner.id(), count));
        if (r.state().refs().freedBy() != null) {
            refs.put("freedBy", r.state().refs().freedBy().id());
        }
        ArrayNode ex = o.putArray("expectations");
        for (ExpectationResult e : r.expectations()) {
            ex.addObject().put("line", e.line()).put("expr", e.expr()).put("passed", e.passed()).put("detail", e.detail());
        }
        return o;
    }

    private static ObjectNode state(Map<String, Object> given) {
        ObjectNode s = MAPPER.createObjectNode();
        given.forEach((k, v) -> {
            if (v instanceof Boolean b) {
                s.put(k, b);
            } else if (v instanceof Number n) {
                s.put(k, n.longValue());
            } else {
                s.put(k, String.valueOf(v));
            }
        });
        return s;
    }
}
