package org.tracenotes.core.lint.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.tracenotes.core.Json;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;

/**
 * SARIF 2.1.0, for code-scanning services and editors: one run, the tool with every rule (stable
 * ids, descriptions, default levels, whether {@code fmt} fixes it), one result a finding with its
 * region (columns in Unicode code points, as Tracenotes counts them) and a partial fingerprint that
 * survives lines moving: a hash of the rule, the file, the finding's line text and its rank among
 * equal ones. Built as a Jackson tree: no SARIF library for Java is kept up on Maven Central.
 */
public final class SarifLintReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private SarifLintReport() {
    }

    public static String render(LintSession.Result result, String toolVersion) {
        ObjectNode log = MAPPER.createObjectNode();
        log.put("$schema", SCHEMA_URI);
        log.put("version", "2.1.0");
        ObjectNode run = log.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "tracenotes");
        driver.put("semanticVersion", toolVersion);
        driver.put("version", toolVersion);
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new LinkedHashMap<>();
        for (LintRule r : LintRule.values()) {
            index.put(r.id(), index.size());
            ObjectNode rule = rules.addObject();
            rule.put("id", r.id());
            rule.put("name", camel(r.id()));
            rule.putObject("shortDescription").put("text", r.description());
            rule.putObject("defaultConfiguration").put("level", level(r.defaultSeverity()));
            rule.putObject("properties").put("fixable", r.fixable());
        }
        for (LintSession.FileResult f : result.files()) {
            for (Diagnostic d : f.findings()) {
                if (!index.containsKey(d.ruleId())) {
                    index.put(d.ruleId(), index.size());
                    ObjectNode rule = rules.addObject();
                    rule.put("id", d.ruleId());
                    rule.putObject("shortDescription").put("text", d.ruleId());
                }
            }
        }
        run.put("columnKind", "unicodeCodePoints");
        ArrayNode results = run.putArray("results");
        for (LintSession.FileResult f : result.files()) {
            String[] lines = f.note() == null ? new String[0] : f.note().text().split("\r?\n", -1);
            Map<String, Integer> seen = new HashMap<>();
            for (Diagnostic d : f.findings()) {
                ObjectNode r = results.addObject();
                r.put("ruleId", d.ruleId());
                r.put("ruleIndex", index.get(d.ruleId()));
                r.put("level", level(d.severity()));
                r.putObject("message").put("text", d.message());
                ObjectNode phys = r.putArray("locations").addObject().putObject("physicalLocation");
                phys.putObject("artifactLocation").put("uri", uri(f.path()));
                ObjectNode region = phys.putObject("region");
                region.put("startLine", d.range().line()).put("startColumn", d.range().column());
                if (d.range().endLine() >= d.range().line()) {
                    region.put("endLine", d.range().endLine());
                    if (d.range().endLine() > d.range().line() || d.range().endColumn() >= d.range().column()) {
                        region.put("endColumn", Math.max(d.range().endColumn(), 1));
                    }
                }
                String text = d.range().line() - 1 < lines.length ? lines[d.range().line() - 1].strip() : "";
                String key = d.ruleId() + "\u0000" + f.path() + "\u0000" + text;
                int rank = seen.merge(key, 1, Integer::sum);
                r.putObject("partialFingerprints").put("primaryLocationLineHash/v1", sha256(key + "\u0000" + rank));
            }
        }
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String level(org.tracenotes.core.model.Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** A relative path as a relative URI reference, an absolute one as a file URI. */
    static String uri(Path p) {
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        StringBuilder sb = new StringBuilder();
        for (Path part : p.normalize()) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(java.net.URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return sb.toString();
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String w : id.split("-")) {
            sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return sb.toString();
    }

    private static String sha256(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
