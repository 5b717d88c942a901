package org.tracenotes.core.lint;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     */
    public record Options(Optional<Integer> tabWidth, Optional<Dialect> dialect, SymbolIndex symbols) {

        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), null);
        }
    }

    /**
     * One file's findings, sorted; {@code note} is null when the file could not be read. A note linted
     * without a file (an editor's unsaved buffer) is named by its source, so every report can name it.
     */
    public record FileResult(Path path, Note note, List<Diagnostic> findings) {

        public FileResult {
            if (path == null && note != null) {
                path = Path.of(note.source().replace('\0', '_'));
            }
        }

        public long count(Severity s) {
            return findings.stream().filter(d -> d.severity() == s).count();
        }
    }

    /**
     * Everything a lint found.
     *
     * @param files      one result per file, in path order
     * @param unreadable paths that could not be read, each with why
     * @param problems   problems in the config files read
     */
    public record Result(List<FileResult> files, List<NoteLoader.Unreadable> unreadable, List<String> problems) {

        public long count(Severity s) {
            return files.stream().mapToLong(f -> f.count(s)).sum();
        }
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
        Linter linter = new Linter(all, options.symbols(), ReferenceTraces.softOffline66());
        return new Result(List.of(new FileResult(path, note, linter.lint(note, config))), List.of(), config.problems());
    }

    public static Result run(List<Path> paths, Options options) {
        Map<Path, LintConfig> configs = new HashMap<>();
        List<Path> files = NoteFiles.collect(paths);
        List<Note> notes = new ArrayList<>();
        List<Path> notePaths = new ArrayList<>();
        List<LintConfig> noteConfigs = new ArrayList<>();
        List<NoteLoader.Unreadable> unreadable = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Path dir = f.toAbsolutePath().normalize().getParent();
            LintConfig config = configs.computeIfAbsent(dir, d -> LintConfig.forFile(f));
            for (String p : config.problems()) {
                if (!problems.contains(p)) {
                    problems.add(p);
                }
            }
            ParseOptions po = config.parseOptions(options.tabWidth(), options.dialect());
            NoteLoader.Result r = new NoteLoader(new NoteParser(po)).load(f);
            if (r instanceof NoteLoader.Unreadable u) {
                unreadable.add(u);
                continue;
            }
            notes.add(((NoteLoader.Loaded) r).note());
            notePaths.add(f);
            noteConfigs.add(config);
        }
        Linter linter = new Linter(notes, options.symbols(), ReferenceTraces.softOffline66());
        List<FileResult> results = new ArrayList<>();
        for (int i = 0; i < notes.size(); i++) {
            results.add(new FileResult(notePaths.get(i), notes.get(i), linter.lint(notes.get(i), noteConfigs.get(i))));
        }
        return new Result(results, unreadable, problems);
    }
}
