package org.tracenotes.core.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

/**
 * Settings from {@code .tracenotes.yaml} files, found per folder as markdownlint-cli2 finds its
 * config: every folder from the file's own up to the repository root (the folder holding
 * {@code .git}) or the filesystem root may have one, and a nearer file's settings win. {@code check},
 * {@code lint}, {@code fmt}, {@code graph} and the editors read the same settings.
 *
 * <pre>
 * rules:
 *   unknown-function: error     # off, info, warning or error
 *   elided-without-returns: off
 * tab-width: 4
 * dialect: seed
 * model: linux-6.6
 * source: ../linux                # a source tree for lint's source checks
 * exclude:                      # globs relative to this file's folder: folder walks skip them
 *   - drafts/**
 * overrides:                    # rule severities for some paths, after the rules above
 *   - files: [old/**]
 *     rules: {unknown-function: off}
 * </pre>
 *
 * @param severities rule severities that differ from the defaults, for the file the config was found
 *                   for (overrides included); {@code null} means off
 * @param tabWidth   the tab width, if set
 * @param dialect    the dialect, if set
 * @param model      the model, if set
 * @param sources    the config files read, nearest first
 * @param problems   errors in them (a value that is not one, YAML that does not parse), each as
 *                   {@code file:line:col: error: message}
 * @param warnings   what is unknown in them (a setting or a rule, with the nearest name), each as
 *                   {@code file:line:col: warning: message}
 * @param excludes   the {@code exclude} globs of every config read
 * @param source     the source tree notes are checked against ({@code source: ../linux}, relative to the
 *                   config file's folder), if set
 */
public record LintConfig(Map<LintRule, Severity> severities, Optional<Integer> tabWidth, Optional<Dialect> dialect,
                         Optional<String> model, List<Path> sources, List<String> problems, List<String> warnings,
                         List<Glob> excludes, Optional<Path> source) {

    public static final String FILE_NAME = ".tracenotes.yaml";

    /** The settings a config file may have. */
    public static final List<String> SETTINGS = List.of("rules", "tab-width", "dialect", "model", "exclude", "overrides",
            "source");

    /** A glob of an {@code exclude} or an {@code overrides} entry, relative to its config file's folder. */
    public record Glob(Path base, String pattern) {

        /**
         * Whether {@code file} (or a folder above it, up to the base) matches: a pattern with a {@code /}
         * matches the path relative to the base, one without matches a file or folder name at any depth,
         * as in {@code .gitignore}.
         */
        public boolean matches(Path file) {
            Path abs = file.toAbsolutePath().normalize();
            if (!abs.startsWith(base)) {
                return false;
            }
            Path rel = base.relativize(abs);
            String p = pattern.startsWith("/") ? pattern.substring(1) : pattern;
            if (p.endsWith("/")) {
                p = p.substring(0, p.length() - 1);
            }
            boolean anchored = p.contains("/");
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + p);
            for (int i = rel.getNameCount(); i >= 1; i--) {
                Path prefix = rel.subpath(0, i);
                if (anchored ? m.matches(prefix) : m.matches(prefix.getFileName())) {
                    return true;
                }
            }
            return false;
        }
    }

    public LintConfig {
        severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
        warnings = List.copyOf(warnings);
        excludes = List.copyOf(excludes);
    }

    /** No config file: every rule at its default. */
    public static LintConfig defaults() {
        return new LintConfig(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(), List.of(), Optional.empty());
    }

    /** The severity of a rule under this config; empty when it is off. */
    public Optional<Severity> severity(LintRule rule) {
        if (severities.containsKey(rule)) {
            return Optional.ofNullable(severities.get(rule));
        }
        return Optional.of(rule.defaultSeverity());
    }

    /** Whether an {@code exclude} glob of this config matches {@code file}: folder walks skip it. */
    public boolean excluded(Path file) {
        return excludes.stream().anyMatch(g -> g.matches(file));
    }

    /** How to parse a note under this config; the command line's tab width and dialect win when given. */
    public org.tracenotes.core.parse.ParseOptions parseOptions(Optional<Integer> tab, Optional<Dialect> dialect) {
        org.tracenotes.core.parse.ParseOptions po = org.tracenotes.core.parse.ParseOptions.defaults();
        Optional<Integer> t = tab.or(this::tabWidth);
        if (t.isPresent()) {
            po = po.withTabWidth(t.get());
        }
        Optional<Dialect> d = dialect.or(this::dialect);
        if (d.isPresent()) {
            po = po.withDialect(d.get());
        }
        return po;
    }

    /** One config file as read, before it is applied to a file. */
    private record FileConfig(LintConfig base, List<Override> overrides) { }

    /** An {@code overrides} entry: rule severities for the files its globs match. */
    private record Override(List<Glob> files, Map<LintRule, Severity> severities) { }

    /** Config files read in this process, by path and modification time. */
    private static final Map<Path, Map.Entry<Long, FileConfig>> CACHE = new ConcurrentHashMap<>();

    /**
     * The config that applies to a file: every {@code .tracenotes.yaml} above it, the nearest winning,
     * and the {@code overrides} whose globs match the file applied after each file's {@code rules}.
     */
    public static LintConfig forFile(Path file) {
        Path dir = file.toAbsolutePath().normalize().getParent();
        List<Path> found = new ArrayList<>();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path f = d.resolve(FILE_NAME);
            if (Files.isRegularFile(f)) {
                found.add(f);
            }
            if (Files.exists(d.resolve(".git"))) {
                break;
            }
        }
        LintConfig config = defaults();
        for (int i = found.size() - 1; i >= 0; i--) {
            FileConfig fc = cached(found.get(i));
            LintConfig c = fc.base();
            for (Override o : fc.overrides()) {
                if (o.files().stream().anyMatch(g -> g.matches(file))) {
                    Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
                    sev.putAll(c.severities());
                    sev.putAll(o.severities());
                    c = new LintConfig(sev, c.tabWidth(), c.dialect(), c.model(), c.sources(), c.problems(), c.warnings(),
                            c.excludes(), c.source());
                }
            }
            config = config.overriddenBy(c);
        }
        return config;
    }

    private static FileConfig cached(Path file) {
        long modified;
        try {
            modified = Files.getLastModifiedTime(file).toMillis() ^ Files.size(file);
        } catch (IOException e) {
            return readFile(file);
        }
        Map.Entry<Long, FileConfig> e = CACHE.get(file);
        if (e != null && e.getKey() == modified) {
            return e.getValue();
        }
        FileConfig fc = readFile(file);
        CACHE.put(file, Map.entry(modified, fc));
        return fc;
    }

    /** Reads one config file (its {@code overrides} not applied); what is wrong in it is kept, never thrown. */
    public static LintConfig read(Path file) {
        return readFile(file).base();
    }

    private static FileConfig readFile(Path file) {
        Reader r = new Reader(file);
        r.read();
        return new FileConfig(new LintConfig(r.sev, r.tab, r.dialect, r.model, List.of(file), r.problems, r.warnings,
                r.excludes, r.source), r.overrides);
    }

    /** Reads one file: its values with snakeyaml-engine's Load, where each key stands with Compose. */
    private static final class Reader {
        final Path file;
        final Path base;
        final List<String> problems = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
        final List<Glob> excludes = new ArrayList<>();
        final List<Override> overrides = new ArrayList<>();
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
                error("", "expected a mapping of settings (" + String.join(", ", SETTINGS) + ")");
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
                        if (org.tracenotes.core.run.NoteAnnotations.MODELS.contains(String.valueOf(v))) {
                            model = Optional.of(String.valueOf(v));
                        } else {
                            error(key, "model `" + v + "` is not a model; models: "
                                    + String.join(", ", org.tracenotes.core.run.NoteAnnotations.MODELS));
                        }
                    }
                    case "source" -> {
                        if (v instanceof String dir && !dir.isBlank()) {
                            Path p = base.resolve(dir).normalize();
                            if (java.nio.file.Files.isDirectory(p)) {
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
                    default -> warning(key, "unknown setting `" + key + "`" + didYouMean(key, SETTINGS)
                            + "; settings: " + String.join(", ", SETTINGS));
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
                List<Glob> files = globs(entry.get("files"), at + "/files");
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
                overrides.add(new Override(files, s));
            }
        }

        private List<Glob> globs(Object v, String at) {
            List<Glob> out = new ArrayList<>();
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
                    out.add(new Glob(base, g));
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
            List<String> ids = java.util.Arrays.stream(LintRule.values()).map(LintRule::id).toList();
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

    /** This config with {@code nearer}'s settings on top. */
    public LintConfig overriddenBy(LintConfig nearer) {
        Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
        sev.putAll(severities);
        sev.putAll(nearer.severities);
        List<Path> src = new ArrayList<>(nearer.sources);
        src.addAll(sources);
        List<String> probs = new ArrayList<>(problems);
        probs.addAll(nearer.problems);
        List<String> warns = new ArrayList<>(warnings);
        warns.addAll(nearer.warnings);
        List<Glob> ex = new ArrayList<>(excludes);
        ex.addAll(nearer.excludes);
        return new LintConfig(sev, nearer.tabWidth.or(() -> tabWidth), nearer.dialect.or(() -> dialect),
                nearer.model.or(() -> model), src, probs, warns, ex, nearer.source.or(() -> source));
    }
}
