package org.tracenotes.core.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.tracenotes.core.YamlInput;
import org.tracenotes.core.graph.Suggestions;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.run.NoteAnnotations;

/**
 * One {@code .tracenotes.yaml} as read: its settings (a {@link LintConfig}, with what is wrong or
 * unknown in the file kept in it, never thrown) and its {@code overrides}. Files read in this process
 * are kept by path, modification time and size.
 *
 * @param base      the file's settings, its overrides not applied
 * @param overrides its {@code overrides} entries, in order
 */
record LintConfigFile(LintConfig base, List<OverrideEntry> overrides) {

    /** An {@code overrides} entry: rule severities for the files its globs match. */
    record OverrideEntry(List<LintConfig.Glob> files, Map<LintRule, Severity> severities) { }

    /** Config files read in this process, by path and modification time. */
    private static final Map<Path, Map.Entry<Long, LintConfigFile>> CACHE = new ConcurrentHashMap<>();

    /** The file's settings for {@code file}: its rules, then the overrides whose globs match {@code file}. */
    LintConfig appliedTo(Path file) {
        LintConfig c = base;
        for (OverrideEntry o : overrides) {
            if (o.files().stream().anyMatch(g -> g.matches(file))) {
                Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
                sev.putAll(c.severities());
                sev.putAll(o.severities());
                c = new LintConfig(sev, c.tabWidth(), c.dialect(), c.model(), c.sources(), c.problems(), c.warnings(),
                        c.excludes(), c.source());
            }
        }
        return c;
    }

    /** The file as read, read again only when its modification time or size changed. */
    static LintConfigFile cached(Path file) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            return read(file);
        }
        Map.Entry<Long, LintConfigFile> e = CACHE.get(file);
        if (e != null && e.getKey() == modified) {
            return e.getValue();
        }
        LintConfigFile fc = read(file);
        CACHE.put(file, Map.entry(modified, fc));
        return fc;
    }

    /** Reads the file. */
    static LintConfigFile read(Path file) {
        Reader r = new Reader(file);
        r.read();
        return new LintConfigFile(new LintConfig(r.sev, r.tab, r.dialect, r.model, List.of(file), r.problems, r.warnings,
                r.excludes, r.source), r.overrides);
    }

    /** Reads one file: its values with snakeyaml-engine's Load, where each key stands with Compose. */
    private static final class Reader {
        final Path file;
        final Path base;
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
        final List<LintConfig.Glob> excludes = new ArrayList<>();
        final List<OverrideEntry> overrides = new ArrayList<>();
        final Map<String, Mark> marks = new HashMap<>();
        Optional<Integer> tab = Optional.empty();
        Optional<Dialect> dialect = Optional.empty();
        Optional<String> model = Optional.empty();
        Optional<Path> source = Optional.empty();

        Reader(Path file) {
            this.file = file;
            this.base = file.toAbsolutePath().normalize().getParent();
        }

        void read() {
            Object doc;
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                doc = text.isBlank() ? Map.of() : YamlInput.load(text);
                if (!text.isBlank()) {
                    new Compose(YamlInput.settings()).composeString(text).ifPresent(n -> mark(n, ""));
                }
            } catch (MarkedYamlEngineException e) {
                Mark m = e.getProblemMark().orElse(null);
                problems.add(where(m) + ": error: not a readable YAML file: " + e.getProblem());
                return;
            } catch (IOException | YamlEngineException e) {
                problems.add(file + ": error: not a readable YAML file: "
                        + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                return;
            }
            if (doc == null) {
                doc = Map.of();
            }
            if (!(doc instanceof Map<?, ?> map)) {
                error("", "expected a mapping of settings (" + String.join(", ", LintConfig.SETTINGS) + ")");
                return;
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                Object v = e.getValue();
                switch (key) {
                    case "rules" -> rules(v, "rules", sev);
                    case "tab-width" -> {
                        if (v instanceof Integer n && n >= 1 && n <= 16) {
                            tab = Optional.of(n);
                        } else if (!"auto".equals(String.valueOf(v))) {
                            error(key, "tab-width is a number from 1 to 16 or auto, not `" + v + "`");
                        }
                    }
                    case "dialect" -> {
                        Optional<Dialect> d = Dialect.byId(String.valueOf(v));
                        if (d.isPresent()) {
                            dialect = d;
                        } else {
                            error(key, "dialect is seed, call or tree, not `" + v + "`");
                        }
                    }
                    case "model" -> {
                        if (NoteAnnotations.MODELS.contains(String.valueOf(v))) {
                            model = Optional.of(String.valueOf(v));
                        } else {
                            error(key, "model `" + v + "` is not a model; models: "
                                    + String.join(", ", NoteAnnotations.MODELS));
                        }
                    }
                    case "source" -> {
                        if (v instanceof String dir && !dir.isBlank()) {
                            Path p = base.resolve(dir).normalize();
                            if (Files.isDirectory(p)) {
                                source = Optional.of(p);
                            } else {
                                error(key, "source `" + v + "` is not a folder (" + p + ")");
                            }
                        } else {
                            error(key, "source is a folder's path, relative to this file's folder, not `" + v + "`");
                        }
                    }
                    case "exclude" -> excludes.addAll(globs(v, key));
                    case "overrides" -> overrides(v);
                    default -> warning(key, "unknown setting `" + key + "`" + didYouMean(key, LintConfig.SETTINGS)
                            + "; settings: " + String.join(", ", LintConfig.SETTINGS));
                }
            }
        }

        private void overrides(Object v) {
            if (!(v instanceof List<?> list)) {
                error("overrides", "`overrides` is a list of {files: [GLOB...], rules: {RULE: LEVEL}}");
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                String at = "overrides/" + i;
                if (!(list.get(i) instanceof Map<?, ?> entry)) {
                    error(at, "an `overrides` entry is {files: [GLOB...], rules: {RULE: LEVEL}}");
                    continue;
                }
                List<LintConfig.Glob> files = globs(entry.get("files"), at + "/files");
                Map<LintRule, Severity> s = new EnumMap<>(LintRule.class);
                rules(entry.get("rules"), at + "/rules", s);
                for (Object k : entry.keySet()) {
                    if (!List.of("files", "rules").contains(String.valueOf(k))) {
                        warning(at + "/" + k, "unknown key `" + k + "` in an `overrides` entry"
                                + didYouMean(String.valueOf(k), List.of("files", "rules")) + "; it has files and rules");
                    }
                }
                if (files.isEmpty()) {
                    error(at, "an `overrides` entry needs `files`: the globs it applies to");
                    continue;
                }
                overrides.add(new OverrideEntry(files, s));
            }
        }

        private List<LintConfig.Glob> globs(Object v, String at) {
            List<LintConfig.Glob> out = new ArrayList<>();
            if (v instanceof String s) {
                v = List.of(s);
            }
            if (!(v instanceof List<?> list)) {
                error(at, "`" + at.substring(at.lastIndexOf('/') + 1) + "` is a list of globs (drafts/**, *.tmp.md)");
                return out;
            }
            for (Object o : list) {
                String g = String.valueOf(o).strip();
                try {
                    FileSystems.getDefault().getPathMatcher("glob:" + g);
                    out.add(new LintConfig.Glob(base, g));
                } catch (IllegalArgumentException ex) {
                    error(at, "`" + g + "` is not a glob: " + ex.getMessage().lines().findFirst().orElse(""));
                }
            }
            return out;
        }

        private void rules(Object v, String at, Map<LintRule, Severity> into) {
            if (!(v instanceof Map<?, ?> rules)) {
                error(at, "`rules` is a mapping of rule id to off, info, warning or error");
                return;
            }
            List<String> ids = Arrays.stream(LintRule.values()).map(LintRule::id).toList();
            for (Map.Entry<?, ?> r : rules.entrySet()) {
                String id = String.valueOf(r.getKey());
                Optional<LintRule> rule = LintRule.byId(id);
                if (rule.isEmpty()) {
                    warning(at + "/" + id, "unknown rule `" + id + "`" + didYouMean(id, ids)
                            + " (tracenotes lint --list-rules); ignored");
                    continue;
                }
                String level = String.valueOf(r.getValue()).toLowerCase(Locale.ROOT);
                switch (level) {
                    case "off", "false" -> into.put(rule.get(), null);
                    case "info" -> into.put(rule.get(), Severity.INFO);
                    case "warning", "warn", "true" -> into.put(rule.get(), Severity.WARNING);
                    case "error" -> into.put(rule.get(), Severity.ERROR);
                    default -> error(at + "/" + id, "rule " + rule.get().id() + " takes off, info, warning or error,"
                            + " not `" + r.getValue() + "`");
                }
            }
        }

        private static String didYouMean(String name, List<String> names) {
            List<String> near = Suggestions.nearest(name, names, 1, Math.max(3, name.length() / 3));
            return near.isEmpty() ? "" : "; did you mean `" + near.get(0) + "`?";
        }

        private void error(String key, String message) {
            problems.add(where(marks.get(key)) + ": error: " + message);
        }

        private void warning(String key, String message) {
            warnings.add(where(marks.get(key)) + ": warning: " + message);
        }

        private String where(Mark m) {
            return m == null ? file.toString() : file + ":" + (m.getLine() + 1) + ":" + (m.getColumn() + 1);
        }

        /** The start of every key, by its path ({@code rules/unknown-function}, {@code overrides/0/files}). */
        private void mark(Node node, String path) {
            if (node instanceof MappingNode m) {
                for (NodeTuple t : m.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k) {
                        String p = path.isEmpty() ? k.getValue() : path + "/" + k.getValue();
                        k.getStartMark().ifPresent(mk -> marks.putIfAbsent(p, mk));
                        mark(t.getValueNode(), p);
                    }
                }
            } else if (node instanceof SequenceNode s) {
                for (int i = 0; i < s.getValue().size(); i++) {
                    String p = path + "/" + i;
                    Node item = s.getValue().get(i);
                    item.getStartMark().ifPresent(mk -> marks.putIfAbsent(p, mk));
                    mark(item, p);
                }
            }
        }
    }
}
