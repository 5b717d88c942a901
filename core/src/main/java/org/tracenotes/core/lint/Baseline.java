package org.tracenotes.core.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracenotes.core.Json;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.parse.NoteLoader;

/**
 * The findings a notes repository had when it adopted lint ({@code lint --write-baseline FILE}), so
 * that {@code lint --baseline FILE} shows only new ones. A finding is matched by its rule, its file
 * (relative to the baseline's folder) and the text of its line, not by its line number: a finding
 * survives lines added above it, and is new again once its line is edited. Equal keys are counted, so
 * a second copy of a baselined line is a new finding. Schema {@code tracenotes.baseline/1}.
 */
public final class Baseline {

    public static final String SCHEMA = "tracenotes.baseline/1";

    /** One key and how many findings it stands for. */
    public record Entry(String rule, String file, String text, int count) { }

    private final Path dir;
    private final List<Entry> entries;

    private Baseline(Path dir, List<Entry> entries) {
        this.dir = dir;
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** A baseline read, or why it could not be. */
    public sealed interface Loaded permits Read, Failed { }

    public record Read(Baseline baseline) implements Loaded { }

    public record Failed(String message) implements Loaded { }

    /** The baseline of every finding in {@code result}, for a file at {@code file}. */
    public static Baseline of(LintSession.Result result, Path file) {
        Path dir = folder(file);
        Map<String, Entry> keys = new TreeMap<>();
        for (LintSession.FileResult f : result.files()) {
            String[] lines = lines(f);
            for (Diagnostic d : f.findings()) {
                Entry e = new Entry(d.ruleId(), relative(dir, f.path()), text(lines, d), 1);
                keys.merge(e.rule() + "\u0000" + e.file() + "\u0000" + e.text(), e,
                        (a, b) -> new Entry(a.rule(), a.file(), a.text(), a.count() + 1));
            }
        }
        return new Baseline(dir, new ArrayList<>(keys.values()));
    }

    /** The baseline as JSON, entries sorted by file, rule and text. */
    public String render() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        root.put("schema", SCHEMA);
        ArrayNode findings = root.putArray("findings");
        entries.stream().sorted(java.util.Comparator.comparing(Entry::file).thenComparing(Entry::rule)
                .thenComparing(Entry::text)).forEach(e -> findings.addObject().put("rule", e.rule()).put("file", e.file())
                .put("text", e.text()).put("count", e.count()));
        try {
            return Json.MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a baseline file; a missing, unreadable or malformed one is a message, never an exception. */
    public static Loaded read(Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (java.nio.file.NoSuchFileException e) {
            return new Failed(file + ": no such baseline file (write one with lint --write-baseline " + file + ")");
        } catch (IOException e) {
            return new Failed(file + ": not a baseline: " + NoteLoader.describe(e).lines().findFirst().orElse(""));
        }
        if (root == null || !SCHEMA.equals(root.path("schema").asText()) || !root.path("findings").isArray()) {
            return new Failed(file + ": not a baseline (expected {\"schema\": \"" + SCHEMA + "\", \"findings\": [...]})");
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            if (!n.path("rule").isTextual() || !n.path("file").isTextual() || !n.path("text").isTextual()) {
                return new Failed(file + ": a baseline finding needs rule, file and text: " + n);
            }
            entries.add(new Entry(n.get("rule").asText(), n.get("file").asText(), n.get("text").asText(),
                    Math.max(1, n.path("count").asInt(1))));
        }
        return new Read(new Baseline(folder(file), entries));
    }

    /** {@code result} without the findings this baseline holds; {@link LintSession.Result#baselined} counts them. */
    public LintSession.Result filter(LintSession.Result result) {
        Map<String, Integer> left = new HashMap<>();
        for (Entry e : entries) {
            left.merge(e.rule() + "\u0000" + e.file() + "\u0000" + e.text(), e.count(), Integer::sum);
        }
        int hidden = 0;
        List<LintSession.FileResult> files = new ArrayList<>();
        for (LintSession.FileResult f : result.files()) {
            String[] lines = lines(f);
            List<Diagnostic> kept = new ArrayList<>();
            for (Diagnostic d : f.findings()) {
                String key = d.ruleId() + "\u0000" + relative(dir, f.path()) + "\u0000" + text(lines, d);
                Integer n = left.get(key);
                if (n != null && n > 0) {
                    left.put(key, n - 1);
                    hidden++;
                } else {
                    kept.add(d);
                }
            }
            files.add(f.withFindings(kept));
        }
        return result.withFiles(files, result.baselined() + hidden);
    }

    private static Path folder(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    private static String relative(Path dir, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(dir) ? dir.relativize(abs) : abs;
        return rel.toString().replace('\\', '/');
    }

    private static String[] lines(LintSession.FileResult f) {
        return f.note() == null ? new String[0] : f.note().text().split("\r?\n", -1);
    }

    private static String text(String[] lines, Diagnostic d) {
        int i = d.range().line() - 1;
        return i >= 0 && i < lines.length ? lines[i].strip() : "";
    }
}
