package org.tracenotes.core.lint;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            config = config.overriddenBy(LintConfigFile.cached(found.get(i)).appliedTo(file));
        }
        return config;
    }

    /** Reads one config file (its {@code overrides} not applied); what is wrong in it is kept, never thrown. */
    public static LintConfig read(Path file) {
        return LintConfigFile.read(file).base();
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
