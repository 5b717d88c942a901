package org.tracenotes.core.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracenotes.core.ParallelMap;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;
import org.tracenotes.core.parse.ParseOptions;

/**
 * One {@code tracenotes lint} over files and folders: finds the files ({@link NoteFiles}), reads each
 * with the settings of its {@code .tracenotes.yaml} (command-line settings win), and lints every note
 * knowing all the others.
 */
public final class LintSession {

    /**
     * Settings given on the command line.
     *
     * @param tabWidth a tab width that beats the configs', or empty
     * @param dialect  a dialect that beats the configs', or empty
     * @param symbols  a symbol index of real source, or null
     * @param source   a source tree whose function bodies the notes are checked against, or null
     */
    public record Options(Optional<Integer> tabWidth, Optional<Dialect> dialect, SymbolIndex symbols,
                          org.tracenotes.core.source.SourceIndex source) {

        public Options(Optional<Integer> tabWidth, Optional<Dialect> dialect, SymbolIndex symbols) {
            this(tabWidth, dialect, symbols, null);
        }

        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), null, null);
        }

        public Options withSource(org.tracenotes.core.source.SourceIndex index) {
            return new Options(tabWidth, dialect, symbols, index);
        }

        /** The source tree, if one is given. */
        public Optional<org.tracenotes.core.source.SourceIndex> sourceIndex() {
            return Optional.ofNullable(source);
        }
    }

    /**
     * One file's findings, sorted; {@code note} is null when the file could not be read. A note linted
     * without a file (an editor's unsaved buffer) is named by its source, so every report can name it.
     *
     * @param fixes the fixes {@code fmt} would make to the note ({@link NoteFormatter#safeFixes}; none when
     *              fmt would refuse it): {@link #fixesOf} picks a finding's
     */
    public record FileResult(Path path, Note note, List<Diagnostic> findings, List<NoteFormatter.Edit> fixes) {

        public FileResult {
            findings = List.copyOf(findings);
            fixes = List.copyOf(fixes);
            if (path == null && note != null) {
                path = Path.of(note.source().replace('\0', '_'));
            }
        }

        public FileResult(Path path, Note note, List<Diagnostic> findings) {
            this(path, note, findings, List.of());
        }

        public long count(Severity s) {
            return findings.stream().filter(d -> d.severity() == s).count();
        }

        /** The edits {@code fmt} makes that fix {@code finding}; none for a rule fmt does not fix. */
        public List<NoteFormatter.Edit> fixesOf(Diagnostic finding) {
            return NoteFormatter.fixesOf(note, finding, fixes);
        }

        public FileResult withFindings(List<Diagnostic> kept) {
            return new FileResult(path, note, kept, fixes);
        }
    }

    /**
     * Everything a lint found.
     *
     * @param files      one result per file, in path order
     * @param unreadable paths that could not be read, each with why
     * @param problems   errors in the config files read ({@code file:line:col: error: message})
     * @param warnings   unknown settings and rules in them ({@code file:line:col: warning: message})
     * @param baselined  findings a baseline hid
     */
    public record Result(List<FileResult> files, List<NoteLoader.Unreadable> unreadable, List<String> problems,
                         List<String> warnings, int baselined) {

        public Result(List<FileResult> files, List<NoteLoader.Unreadable> unreadable, List<String> problems) {
            this(files, unreadable, problems, List.of(), 0);
        }

        public long count(Severity s) {
            return files.stream().mapToLong(f -> f.count(s)).sum();
        }

        public Result withFiles(List<FileResult> replaced, int baselinedNow) {
            return new Result(replaced, unreadable, problems, warnings, baselinedNow);
        }

        /** Only the findings of {@code min} or worse ({@code --min-severity}). */
        public Result atLeast(Severity min) {
            return withFiles(files.stream().map(f -> f.withFindings(f.findings().stream()
                    .filter(d -> d.severity().ordinal() <= min.ordinal()).toList())).toList(), baselined);
        }

        /** Findings per rule, most first (then by id): {@code lint --statistics}. */
        public List<RuleCount> statistics() {
            Map<String, long[]> by = new java.util.TreeMap<>();
            Map<String, Severity> worst = new HashMap<>();
            for (FileResult f : files) {
                for (Diagnostic d : f.findings()) {
                    long[] c = by.computeIfAbsent(d.ruleId(), k -> new long[2]);
                    c[0]++;
                    if (!f.fixesOf(d).isEmpty()) {
                        c[1]++;
                    }
                    worst.merge(d.ruleId(), d.severity(), (a, b) -> a.ordinal() <= b.ordinal() ? a : b);
                }
            }
            return by.entrySet().stream().map(e -> new RuleCount(e.getKey(), worst.get(e.getKey()), e.getValue()[0],
                    e.getValue()[1])).sorted(java.util.Comparator.comparingLong(RuleCount::count).reversed()
                    .thenComparing(RuleCount::rule)).toList();
        }

        /**
         * The exit status of {@code tracenotes lint} and why: 2 when a note could not be read or a config
         * has errors, 1 with errors or more warnings than {@code maxWarnings} (-1: no limit), else 0.
         */
        public Verdict verdict(int maxWarnings) {
            long errors = count(Severity.ERROR);
            long warns = count(Severity.WARNING);
            if (!unreadable.isEmpty()) {
                return new Verdict(2, plural(unreadable.size(), "path") + " could not be read");
            }
            if (!problems.isEmpty()) {
                return new Verdict(2, "fix the configuration above (.tracenotes.yaml); its findings may not be the ones meant");
            }
            if (errors > 0) {
                return new Verdict(1, plural(errors, "error"));
            }
            if (maxWarnings >= 0 && warns > maxWarnings) {
                return new Verdict(1, plural(warns, "warning") + ", more than --max-warnings " + maxWarnings);
            }
            return new Verdict(0, "no errors" + (maxWarnings >= 0 ? ", and no more warnings than --max-warnings "
                    + maxWarnings : ""));
        }
    }

    /** A rule's findings: how many, the worst severity among them, and how many {@code fmt} fixes. */
    public record RuleCount(String rule, Severity severity, long count, long fixable) { }

    /**
     * An exit status and its reason in words ({@code 1: 2 errors}).
     *
     * @param exitCode 0 success, 1 findings, 2 bad input
     */
    public record Verdict(int exitCode, String reason) {

        /** Whether the tool ran to the end (findings or not): SARIF's {@code executionSuccessful}. */
        public boolean executionSuccessful() {
            return exitCode != 2;
        }
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * Notes read with the settings of their {@code .tracenotes.yaml} files, as {@code check}, {@code lint}
     * and {@code graph} read them.
     *
     * @param notes      the notes, in path order
     * @param paths      each note's path
     * @param configs    each note's config
     * @param parsers    the parser each note was read with
     * @param unreadable paths that could not be read
     * @param problems   errors in the configs read, each once
     * @param warnings   warnings about the configs read, each once
     */
    public record Notes(List<Note> notes, List<Path> paths, List<LintConfig> configs, List<NoteParser> parsers,
                        List<NoteLoader.Unreadable> unreadable, List<String> problems, List<String> warnings) { }

    /** Reads the notes under {@code paths} ({@link NoteFiles}), each with its config's settings, the command line's winning. */
    public static Notes read(List<Path> paths, Options options) {
        return read(paths, options, true);
    }

    /**
     * As {@link #read(List, Options)}; with {@code model} false the notes keep only their text, front
     * matter and findings ({@link NoteParser#findingsOnly}), all {@code check} needs: a long note is then
     * read in a fraction of the memory.
     */
    public static Notes read(List<Path> paths, Options options, boolean model) {
        Notes notes = new Notes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        // parsed on every core; added in path order, so the notes, problems and warnings keep that order
        List<Read> read = ParallelMap.map(NoteFiles.collect(paths), () -> null, (none, f) -> {
            LintConfig config = LintConfig.forFile(f);
            NoteParser parser = parser(config, f, options);
            return new Read(f, config, parser, new NoteLoader(model ? parser : parser.findingsOnly()).load(f));
        });
        for (Read r : read) {
            add(notes, r.file(), r.config(), r.parser(), r.result());
        }
        return notes;
    }

    /** One file as {@link #read} read it. */
    private record Read(Path file, LintConfig config, NoteParser parser, NoteLoader.Result result) { }

    /**
     * Reads one note from bytes (standard input), named {@code name}, with the settings of the config
     * files above {@code configFor} ({@code --stdin-filename}; the working folder's when null).
     */
    public static Notes read(String name, byte[] bytes, Path configFor, Options options) {
        return read(name, bytes, configFor, options, true);
    }

    /** As {@link #read(String, byte[], Path, Options)}; {@code model} as in {@link #read(List, Options, boolean)}. */
    public static Notes read(String name, byte[] bytes, Path configFor, Options options, boolean model) {
        Path where = configFor != null ? configFor : Path.of("").toAbsolutePath().resolve("-");
        LintConfig config = LintConfig.forFile(where);
        NoteParser parser = parser(config, where, options);
        Notes notes = new Notes(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        add(notes, Path.of(name), config, parser,
                new NoteLoader.Loaded(NoteLoader.parse(model ? parser : parser.findingsOnly(), name, bytes)));
        return notes;
    }

    /** The parser of a file under a config: the config's tab width and dialect, the command line's winning. */
    public static NoteParser parser(LintConfig config, Path file, Options options) {
        ParseOptions po = config.parseOptions(options.tabWidth(), options.dialect());
        return new NoteParser(NoteLoader.optionsFor(file, po));
    }

    private static void add(Notes notes, Path f, LintConfig config, NoteParser parser, NoteLoader.Result r) {
        for (String p : config.problems()) {
            if (!notes.problems().contains(p)) {
                notes.problems().add(p);
            }
        }
        for (String w : config.warnings()) {
            if (!notes.warnings().contains(w)) {
                notes.warnings().add(w);
            }
        }
        if (r instanceof NoteLoader.Unreadable u) {
            notes.unreadable().add(u);
            return;
        }
        notes.notes().add(((NoteLoader.Loaded) r).note());
        notes.paths().add(f);
        notes.configs().add(config);
        notes.parsers().add(parser);
    }

    private LintSession() {
    }

    /**
     * Lints one note as an editor holds it — its text perhaps not saved — knowing {@code notes} (the
     * workspace's, it included or not): the findings {@code tracenotes lint} over those notes would print
     * for the file once saved. The rules' severities come from the {@code .tracenotes.yaml} files above
     * {@code path} (none when the note has no file); the note must have been parsed with the settings they
     * give, as {@link org.tracenotes.core.ide.EditorNotes#parse} parses it. The result's one file is this
     * note, its problems those of the config files read.
     */
    public static Result lint(Note note, Path path, List<Note> notes, Options options) {
        LintConfig config = path == null ? LintConfig.defaults() : LintConfig.forFile(path);
        // in the order given, the edited note in its file's place: the first root traced wins its parameters
        List<Note> all = new ArrayList<>();
        boolean placed = false;
        for (Note n : notes) {
            if (!n.source().equals(note.source())) {
                all.add(n);
            } else if (!placed) {
                all.add(note);
                placed = true;
            }
        }
        if (!placed) {
            all.add(note);
        }
        Linter linter = new Linter(all, options.symbols(), options.source(), ReferenceTraces.softOffline66());
        return new Result(List.of(new FileResult(path, note, linter.lint(note, config))), List.of(), config.problems(),
                config.warnings(), 0);
    }

    public static Result run(List<Path> paths, Options options) {
        return lint(read(paths, options), options);
    }

    /** Lints notes read with {@link #read}: every note knowing all the others. */
    public static Result lint(Notes notes, Options options) {
        return lint(notes, options, true);
    }

    /**
     * As {@link #lint(Notes, Options)}; without {@code withFixes} the files' fixes are left out (each
     * {@link FileResult#fixes} empty), for a report that shows none: finding them parses the fixed text
     * of every note that has a fixable finding again.
     */
    public static Result lint(Notes notes, Options options, boolean withFixes) {
        // on every core, a linter per thread (its caches are its own), the results in the notes' order
        List<Integer> indexes = java.util.stream.IntStream.range(0, notes.notes().size()).boxed().toList();
        List<FileResult> results = ParallelMap.map(indexes,
                () -> new Linter(notes.notes(), options.symbols(), options.source(), ReferenceTraces.softOffline66()), (linter, i) -> {
                    Note n = notes.notes().get(i);
                    return new FileResult(notes.paths().get(i), n, linter.lint(n, notes.configs().get(i)),
                            withFixes ? NoteFormatter.safeFixes(n, notes.parsers().get(i)) : List.of());
                });
        return new Result(new ArrayList<>(results), notes.unreadable(), notes.problems(), notes.warnings(), 0);
    }
}
