package org.tracenotes.eclipse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;
import org.tracenotes.core.parse.NoteParser;

/**
 * Workspace files as core sees them: a note's source is its absolute file-system path, so that what
 * core reports (a marker's file, a definition's note) maps back to an {@link IFile}.
 */
public final class ProjectNotes {

    private ProjectNotes() {
    }

    /** The file-system path of {@code file}, or empty for a file with no local location. */
    public static Optional<Path> pathOf(IFile file) {
        IPath location = file.getLocation();
        return location == null ? Optional.empty() : Optional.of(location.toPath());
    }

    /** The note's name for core: its absolute path when it has one, else its workspace path. */
    public static String sourceOf(IFile file) {
        return pathOf(file).map(Path::toString).orElse(file.getFullPath().toString());
    }

    /** {@code text} parsed as {@code file}'s content, with the tab width and dialect its {@code .tracenotes.yaml} sets. */
    public static Note parse(IFile file, String text) {
        NoteParser parser = pathOf(file)
                .map(p -> new NoteParser(LintConfig.forFile(p).parseOptions(Optional.empty(), Optional.empty())))
                .orElseGet(NoteParser::new);
        return parser.parse(sourceOf(file), text);
    }

    /** Every note file of {@code project} on disk (md, markdown, trace, txt; .gitignore respected). */
    public static List<Path> noteFiles(IProject project) {
        IPath location = project.getLocation();
        if (location == null) {
            return List.of();
        }
        return NoteLoader.collect(List.of(location.toPath()));
    }

    /** The other notes of {@code file}'s project, parsed from disk: roots a note calls may be traced there. */
    public static List<Note> others(IFile file) {
        Path self = pathOf(file).orElse(null);
        List<Path> paths = new ArrayList<>(noteFiles(file.getProject()));
        paths.removeIf(p -> p.equals(self));
        List<Note> out = new ArrayList<>();
        NoteLoader loader = new NoteLoader(new NoteParser());
        for (Path p : paths) {
            if (loader.load(p) instanceof NoteLoader.Loaded l) {
                out.add(l.note());
            }
        }
        return out;
    }

    /** The workspace file at {@code source} (a note's source as core reports it), if any. */
    public static Optional<IFile> fileOf(IProject project, String source) {
        try {
            IFile f = project.getWorkspace().getRoot().getFileForLocation(IPath.fromOSString(source));
            return f != null && f.exists() ? Optional.of(f) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file's content as text in its charset. */
    public static String read(IFile file) throws CoreException {
        try (var in = file.getContents(true)) {
            return new String(in.readAllBytes(), file.getCharset());
        } catch (java.io.IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
    }
}
