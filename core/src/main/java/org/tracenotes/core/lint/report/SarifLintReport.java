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
import java.util.List;
import java.util.Map;
import org.tracenotes.core.Json;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.lint.NoteFormatter;
import org.tracenotes.core.model.Diagnostic;

/**
 * SARIF 2.1.0, for code-scanning services and editors: one run, the tool with every rule (stable
 * ids, descriptions, default levels, whether {@code fmt} fixes it), one result a finding with its
 * region (columns in Unicode code points, as Tracenotes counts them) and a partial fingerprint that
 * survives lines moving: a hash of the rule, the file, the finding's line text and its rank among
 * equal ones; a finding {@code fmt} fixes carries fmt's edits as its {@code fixes} (another, the
 * editors' quick fix when it has one: a misspelt call's nearest name), and the invocation
 * says how the run ended (exit code and why). Built as a Jackson tree: no SARIF library for Java is kept up on Maven Central.
 */
public final class SarifLintReport {

    public static final String SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
    private static final ObjectMapper MAPPER = Json.MAPPER;

    private SarifLintReport() {
    }

    public static String render(LintSession.Result result, String toolVersion) {
        return render(result, toolVersion, result.verdict(-1));
    }

    /**
     * The log of {@code result}: every rule with its {@code helpUri} (its row of the README's rules table),
     * every finding with the fixes {@code fmt} makes for it ({@link LintSession.FileResult#fixesOf}), and
     * one invocation with {@code verdict}'s exit status and whether the tool ran to the end, the config
     * files' problems as its notifications.
     */
    public static String render(LintSession.Result result, String toolVersion, LintSession.Verdict verdict) {
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
            rule.put("helpUri", r.helpUri());
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
        ObjectNode invocation = run.putArray("invocations").addObject();
        invocation.put("executionSuccessful", verdict.executionSuccessful());
        invocation.put("exitCode", verdict.exitCode());
        invocation.put("exitCodeDescription", verdict.reason());
        if (!result.problems().isEmpty() || !result.warnings().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolConfigurationNotifications");
            result.problems().forEach(p -> notes.addObject().put("level", "error").putObject("message").put("text", p));
            result.warnings().forEach(p -> notes.addObject().put("level", "warning").putObject("message").put("text", p));
        }
        if (!result.unreadable().isEmpty()) {
            ArrayNode notes = invocation.putArray("toolExecutionNotifications");
            result.unreadable().forEach(u -> notes.addObject().put("level", "error").putObject("message")
                    .put("text", u.path() + ": " + u.reason()));
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
                List<NoteFormatter.Edit> edits = f.fixesOf(d);
                String description = "tracenotes fmt: " + fixDescription(d.ruleId());
                if (edits.isEmpty() && f.note() != null) {
                    // no fmt fix: the editors' quick fix, if the finding has one (a misspelt call's nearest name)
                    java.util.Optional<org.tracenotes.core.ide.QuickFixes.QuickFix> quick =
                            org.tracenotes.core.ide.QuickFixes.of(f.note(), d);
                    if (quick.isPresent()) {
                        edits = List.of(new NoteFormatter.Edit(quick.get().offset(), quick.get().length(),
                                quick.get().replacement(), d.ruleId(), d.range().line()));
                        description = quick.get().label();
                    }
                }
                if (!edits.isEmpty()) {
                    ObjectNode fix = r.putArray("fixes").addObject();
                    fix.putObject("description").put("text", description);
                    ObjectNode change = fix.putArray("artifactChanges").addObject();
                    change.putObject("artifactLocation").put("uri", uri(f.path()));
                    ArrayNode replacements = change.putArray("replacements");
                    for (NoteFormatter.Edit e : edits) {
                        ObjectNode rep = replacements.addObject();
                        ObjectNode deleted = rep.putObject("deletedRegion");
                        int[] start = position(f.note().text(), e.offset());
                        int[] end = position(f.note().text(), e.offset() + e.length());
                        deleted.put("startLine", start[0]).put("startColumn", start[1]).put("endLine", end[0])
                                .put("endColumn", end[1]);
                        rep.putObject("insertedContent").put("text", e.replacement());
                    }
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fixDescription(String rule) {
        return LintRule.byId(rule).map(LintRule::fixLabel).orElse("fix " + rule);
    }

    /** The 1-based line and column (in code points) of a UTF-16 offset of {@code text}. */
    private static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, Math.min(offset, text.length())) + 1};
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
