package org.tracenotes.core.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Severity;

/**
 * Lint settings from {@code .tracenotes.yaml} files, found per folder as markdownlint-cli2 finds its
 * config: every folder from the file's own up to the repository root (the folder holding
 * {@code .git}) or the filesystem root may have one, and a nearer file's settings win.
 *
 * <pre>
 * rules:
 *   unknown-function: error     # off, info, warning or error
 *   elided-without-returns: off
 * tab-width: 4
 * dialect: seed
 * model: linux-6.6
 * </pre>
 *
 * @param severities rule severities that differ from the defaults; {@code null} means off
 * @param tabWidth   the tab width, if set
 * @param dialect    the dialect, if set
 * @param model      the model, if set
 * @param sources    the config files read, nearest first
 * @param problems   what was wrong in them, each naming its file
 */
public record LintConfig(Map<LintRule, Severity> severities, Optional<Integer> tabWidth, Optional<Dialect> dialect,
                         Optional<String> model, List<Path> sources, List<String> problems) {

    public static final String FILE_NAME = ".tracenotes.yaml";

    public LintConfig {
        severities = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(severities));
        sources = List.copyOf(sources);
        problems = List.copyOf(problems);
    }

    /** No config file: every rule at its default. */
    public static LintConfig defaults() {
        return new LintConfig(Map.of(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }

    /** The severity of a rule under this config; empty when it is off. */
    public Optional<Severity> severity(LintRule rule) {
        if (severities.containsKey(rule)) {
            return Optional.ofNullable(severities.get(rule));
        }
        return Optional.of(rule.defaultSeverity());
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

    /** The config that applies to a file: every {@code .tracenotes.yaml} above it, the nearest winning. */
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
            config = config.overriddenBy(read(found.get(i)));
        }
        return config;
    }

    /** Reads one config file; what is wrong in it is kept in {@link #problems}, never thrown. */
    public static LintConfig read(Path file) {
        List<String> problems = new ArrayList<>();
        Map<LintRule, Severity> sev = new EnumMap<>(LintRule.class);
        Optional<Integer> tab = Optional.empty();
        Optional<Dialect> dialect = Optional.empty();
        Optional<String> model = Optional.empty();
        Object doc;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            doc = text.isBlank() ? Map.of() : new Load(LoadSettings.builder().build()).loadFromString(text);
        } catch (IOException | YamlEngineException e) {
            problems.add(file + ": not a readable YAML file: " + e.getMessage().lines().findFirst().orElse(""));
            return new LintConfig(sev, tab, dialect, model, List.of(file), problems);
        }
        if (doc == null) {
            doc = Map.of();
        }
        if (!(doc instanceof Map<?, ?> map)) {
            problems.add(file + ": expected a mapping of settings (rules, tab-width, dialect, model)");
            return new LintConfig(sev, tab, dialect, model, List.of(file), problems);
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey());
            Object v = e.getValue();
            switch (key) {
                case "rules" -> {
                    if (!(v instanceof Map<?, ?> rules)) {
                        problems.add(file + ": `rules` is a mapping of rule id to off, info, warning or error");
                        continue;
                    }
                    for (Map.Entry<?, ?> r : rules.entrySet()) {
                        Optional<LintRule> rule = LintRule.byId(String.valueOf(r.getKey()));
                        if (rule.isEmpty()) {
                            problems.add(file + ": unknown rule `" + r.getKey() + "` (tracenotes lint --list-rules)");
                            continue;
                        }
                        String level = String.valueOf(r.getValue()).toLowerCase(Locale.ROOT);
                        switch (level) {
                            case "off", "false" -> sev.put(rule.get(), null);
                            case "info" -> sev.put(rule.get(), Severity.INFO);
                            case "warning", "warn", "true" -> sev.put(rule.get(), Severity.WARNING);
                            case "error" -> sev.put(rule.get(), Severity.ERROR);
                            default -> problems.add(file + ": rule " + rule.get().id() + " takes off, info, warning or error,"
                                    + " not `" + r.getValue() + "`");
                        }
                    }
                }
                case "tab-width" -> {
                    if (v instanceof Integer n && n >= 1 && n <= 16) {
                        tab = Optional.of(n);
                    } else if (!"auto".equals(String.valueOf(v))) {
                        problems.add(file + ": tab-width is a number from 1 to 16 or auto, not `" + v + "`");
                    }
                }
                case "dialect" -> {
                    try {
                        dialect = Optional.of(Dialect.valueOf(String.valueOf(v).toUpperCase(Locale.ROOT)));
                    } catch (IllegalArgumentException ex) {
                        problems.add(file + ": dialect is seed, call or tree, not `" + v + "`");
                    }
                }
                case "model" -> {
                    if (org.tracenotes.core.run.NoteAnnotations.MODELS.contains(String.valueOf(v))) {
                        model = Optional.of(String.valueOf(v));
                    } else {
                        problems.add(file + ": model `" + v + "` is not a model; models: "
                                + String.join(", ", org.tracenotes.core.run.NoteAnnotations.MODELS));
                    }
                }
                default -> problems.add(file + ": unknown setting `" + key + "`; settings: rules, tab-width, dialect, model");
            }
        }
        return new LintConfig(sev, tab, dialect, model, List.of(file), problems);
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
        return new LintConfig(sev, nearer.tabWidth.or(() -> tabWidth), nearer.dialect.or(() -> dialect),
                nearer.model.or(() -> model), src, probs);
    }
}
