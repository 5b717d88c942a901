package org.tracenotes.core.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.tracenotes.core.Json;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;

/** Findings as JSON, schema {@code tracenotes.lint/1}: files, their findings, a summary. */
public final class JsonLintReport {

    public static final String SCHEMA = "tracenotes.lint/1";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private JsonLintReport() {
    }

    public static String render(LintSession.Result result) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode files = root.putArray("files");
        for (LintSession.FileResult f : result.files()) {
            ObjectNode fo = files.addObject();
            fo.put("path", f.path().toString());
            ArrayNode fs = fo.putArray("findings");
            for (Diagnostic d : f.findings()) {
                fs.addObject().put("rule", d.ruleId()).put("severity", d.severity().label()).put("message", d.message())
                        .put("line", d.range().line()).put("column", d.range().column())
                        .put("endLine", d.range().endLine()).put("endColumn", d.range().endColumn());
            }
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("files", result.files().size()).put("errors", result.count(Severity.ERROR))
                .put("warnings", result.count(Severity.WARNING)).put("infos", result.count(Severity.INFO));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
