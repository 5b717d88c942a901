package org.tracenotes.eclipse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.tracenotes.core.ide.EditorNotes;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.parse.NoteLoader;

/**
 * Workspace files as core sees them: a note's source is its absolute file-system path, so that what
 * core reports (a marker's file, a definition's note) maps back to an {@link IFile}. The parsed notes
 * of a project are kept until a file of the project changes.
 */
public final class ProjectNotes {

    private static final Map<IProject, List<Note>> NOTES = new ConcurrentHashMap<>();

    static {
        ResourcesPlugin.getWorkspace().addResourceChangeListener(ProjectNotes::forget,
                IResourceChangeEvent.POST_CHANGE | IResourceChangeEvent.PRE_CLOSE | IResourceChangeEvent.PRE_DELETE);
    }

    private ProjectNotes() {
    }

    private static void forget(IResourceChangeEvent event) {
        if (event.getResource() instanceof IProject p) {
            NOTES.remove(p);
        }
        IResourceDelta delta = event.getDelta();
        if (delta != null) {
            for (IResourceDelta child : delta.getAffectedChildren()) {
                if (child.getResource() instanceof IProject p) {
                    NOTES.remove(p);
                }
            }
        }
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

    /** {@code text} parsed as {@code file}'s content, as {@code tracenotes lint} reads the file. */
    public static Note parse(IFile file, String text) {
        return EditorNotes.parse(pathOf(file).orElse(null), sourceOf(file), text);
    }

    /**
     * Every note file of {@code project} on disk (md, markdown, rst, trace, txt; .gitignore respected),
     * linked folders included, files of projects nested inside it left to them.
     */
    public static List<Path> noteFiles(IProject project) {
        IPath location = project.getLocation();
        if (location == null || !project.isOpen()) {
            return List.of();
        }
        List<Path> roots = new ArrayList<>();
        roots.add(location.toPath());
        try {
            for (IResource member : project.members()) {
                if (member.isLinked() && member.getLocation() != null) {
                    roots.add(member.getLocation().toPath());
                }
            }
        } catch (CoreException e) {
            // a project that cannot list its members has only its folder
            PluginLog.log(e);
        }
        Set<Path> out = new LinkedHashSet<>();
        for (Path p : NoteLoader.collect(roots)) {
            IFile f = project.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(p));
            if (f == null || f.getProject().equals(project) || isLinkedInto(project, p)) {
                out.add(p);
            }
        }
        return List.copyOf(out);
    }

    private static boolean isLinkedInto(IProject project, Path p) {
        for (IFile f : project.getWorkspace().getRoot().findFilesForLocationURI(p.toUri())) {
            if (f.getProject().equals(project)) {
                return true;
            }
        }
        return false;
    }

    /** The notes of {@code project}, parsed from disk (kept until a file of the project changes). */
    public static List<Note> notes(IProject project) {
        return NOTES.computeIfAbsent(project, p -> EditorNotes.load(noteFiles(p)));
    }

    /** The other notes of {@code file}'s project: roots a note calls may be traced there. */
    public static List<Note> others(IFile file) {
        String self = sourceOf(file);
        return notes(file.getProject()).stream().filter(n -> !n.source().equals(self)).toList();
    }

    /** The workspace file of {@code project} at {@code source} (a note's source as core reports it), if any. */
    public static Optional<IFile> fileOf(IProject project, String source) {
        try {
            Path path = Path.of(source);
            for (IFile f : project.getWorkspace().getRoot().findFilesForLocationURI(path.toUri())) {
                if (f.getProject().equals(project) && f.exists()) {
                    return Optional.of(f);
                }
            }
            IFile f = project.getWorkspace().getRoot().getFileForLocation(IPath.fromPath(path));
            return f != null && f.exists() ? Optional.of(f) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The file's content as text in its charset, a byte-order mark dropped (as an editor's document holds it). */
    public static String read(IFile file) throws CoreException {
        try (var in = file.getContents(true)) {
            String text = new String(in.readAllBytes(), file.getCharset());
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (java.io.IOException e) {
            throw new CoreException(org.eclipse.core.runtime.Status.error("cannot read " + file.getFullPath(), e));
        }
    }
}
