package org.tracenotes.eclipse.builder;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.FunctionDef;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.source.ProjectSource;

/**
 * Lints the project's notes into problem markers with core's {@link LintSession}, as
 * {@code tracenotes lint} does. A full build lints every note. An incremental build re-lints only the
 * notes that changed, as long as the functions they trace (the only thing one note's findings take from
 * the others) stayed the same; otherwise, and when a note is removed or a {@code .tracenotes.yaml} or
 * {@code .gitignore} changes, it lints them all again. It honours its progress monitor and the
 * auto-build's interruption: a cancelled build leaves the next one to lint everything.
 */
public final class LintBuilder extends IncrementalProjectBuilder {

    /** The notes as the last build left them, by path; empty before a full lint, or after a cancelled build. */
    private final Map<Path, Note> linted = new LinkedHashMap<>();

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD || linted.isEmpty() ? null : getDelta(getProject());
        try {
            if (delta == null) {
                lintAll(monitor);
                return null;
            }
            Set<Path> changed = changedNotes(delta);
            if (changed == null) {
                lintAll(monitor);
            } else if (!changed.isEmpty()) {
                lintChanged(changed, monitor);
            }
        } catch (OperationCanceledException e) {
            linted.clear();
            throw e;
        }
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        linted.clear();
        getProject().deleteMarkers(TracenotesIds.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
    }

    /** The note files added or changed, or null when everything must be linted (a note removed, a config changed). */
    private static Set<Path> changedNotes(IResourceDelta delta) throws CoreException {
        Set<Path> changed = new HashSet<>();
        boolean[] all = {false};
        delta.accept(d -> {
            IResource r = d.getResource();
            if (r.getType() != IResource.FILE || all[0]) {
                return !all[0];
            }
            if (r.getName().equals(".tracenotes.yaml") || r.getName().equals(".gitignore")) {
                all[0] = true;
            } else if (r.getLocation() != null && NoteFiles.isNoteFile(r.getLocation().toPath())) {
                if (d.getKind() == IResourceDelta.REMOVED || (d.getFlags() & IResourceDelta.MOVED_FROM) != 0) {
                    all[0] = true;
                } else if (d.getKind() == IResourceDelta.ADDED || (d.getFlags() & IResourceDelta.CONTENT) != 0
                        || (d.getFlags() & IResourceDelta.REPLACED) != 0) {
                    changed.add(r.getLocation().toPath());
                }
            }
            return !all[0];
        });
        return all[0] ? null : changed;
    }

    private LintSession.Options options(List<Path> paths) {
        return ProjectSource.index(getProject(), paths.isEmpty() ? null : paths.get(0))
                .map(LintSession.Options.defaults()::withSource).orElse(LintSession.Options.defaults());
    }

    /** Reads and lints every note of the project; replaces all its markers. */
    private void lintAll(IProgressMonitor monitor) throws CoreException {
        linted.clear();
        List<Path> paths = ProjectNotes.noteFiles(getProject());
        String task = "Linting " + paths.size() + " notes of " + getProject().getName();
        SubMonitor progress = SubMonitor.convert(monitor, task, 2 + paths.size());
        progress.subTask(task);
        LintSession.Options options = options(paths);
        LintSession.Notes notes = LintSession.read(paths, options);
        progress.split(1);
        checkInterrupted();
        LintSession.Result result = LintSession.lint(notes, options, false);
        progress.split(1);
        checkInterrupted();
        Set<IFile> files = new HashSet<>();
        for (LintSession.FileResult f : result.files()) {
            progress.split(1);
            IFile file = ProjectNotes.fileOf(getProject(), f.path().toString()).orElse(null);
            if (file != null) {
                files.add(file);
                replaceMarkers(file, f.findings());
            }
        }
        for (IMarker stale : getProject().findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            if (!files.contains(stale.getResource())) {
                stale.delete();
            }
        }
        for (int i = 0; i < notes.notes().size(); i++) {
            linted.put(notes.paths().get(i), notes.notes().get(i));
        }
    }

    /** Re-lints the notes at {@code changed} only, unless what they trace changed: then all of them. */
    private void lintChanged(Set<Path> changed, IProgressMonitor monitor) throws CoreException {
        String task = "Linting " + changed.size() + " changed notes of " + getProject().getName();
        SubMonitor progress = SubMonitor.convert(monitor, task, 1 + changed.size());
        progress.subTask(task);
        List<Path> paths = List.copyOf(changed);
        LintSession.Options options = options(paths);
        LintSession.Notes read = LintSession.read(paths, options);
        progress.split(1);
        checkInterrupted();
        if (!read.unreadable().isEmpty() || read.notes().size() != paths.size()) {
            lintAll(progress.newChild(0));
            return;
        }
        for (int i = 0; i < read.notes().size(); i++) {
            Note before = linted.get(read.paths().get(i));
            if (before == null || !traced(before).equals(traced(read.notes().get(i)))) {
                lintAll(progress.newChild(0));
                return;
            }
        }
        for (int i = 0; i < read.notes().size(); i++) {
            linted.put(read.paths().get(i), read.notes().get(i));
        }
        List<Note> all = new ArrayList<>(linted.values());
        for (int i = 0; i < read.notes().size(); i++) {
            progress.split(1);
            checkInterrupted();
            Path path = read.paths().get(i);
            IFile file = ProjectNotes.fileOf(getProject(), path.toString()).orElse(null);
            if (file != null) {
                LintSession.Result result = LintSession.lint(read.notes().get(i), path, all, options);
                replaceMarkers(file, result.files().get(0).findings());
            }
        }
    }

    /** What one note gives the others' lint: the names it traces, and the parameters of its roots. */
    private static List<String> traced(Note note) {
        List<String> out = new ArrayList<>();
        for (FunctionDef f : note.functions()) {
            out.add(f.name() + (f.origin() == FunctionDef.Origin.ROOT ? f.parameters().toString() : ""));
        }
        return out;
    }

    /** Stops a build the auto-build was asked to give way in (a user's save waits for the workspace). */
    private void checkInterrupted() {
        if (isInterrupted()) {
            rememberLastBuiltState();
            throw new OperationCanceledException();
        }
    }

    private static void replaceMarkers(IFile file, List<Diagnostic> findings) throws CoreException {
        file.deleteMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
        for (Diagnostic d : findings) {
            mark(file, d);
        }
    }

    private static void mark(IFile file, Diagnostic d) throws CoreException {
        Map<String, Object> attributes = new java.util.HashMap<>(Map.of(
                IMarker.MESSAGE, d.message() + " [" + d.ruleId() + "]",
                IMarker.SEVERITY, severity(d.severity()),
                IMarker.LINE_NUMBER, d.range().line(),
                IMarker.CHAR_START, d.range().offset(),
                IMarker.CHAR_END, Math.max(d.range().endOffset(), d.range().offset() + 1),
                IMarker.SOURCE_ID, "Tracenotes",
                TracenotesIds.RULE_ID, d.ruleId()));
        if (!d.fixes().isEmpty()) {
            // the rule's fix, relative to the marker's start, which the editor moves as the text changes
            org.tracenotes.core.model.Fix f = d.fixes().get(0);
            attributes.put(TracenotesIds.FIX_LABEL, f.label());
            attributes.put(TracenotesIds.FIX_DELTA, f.offset() - d.range().offset());
            attributes.put(TracenotesIds.FIX_ORIGINAL, f.original());
            attributes.put(TracenotesIds.FIX_REPLACEMENT, f.replacement());
        }
        file.createMarker(TracenotesIds.PROBLEM_MARKER, attributes);
    }

    static int severity(Severity s) {
        return switch (s) {
            case ERROR -> IMarker.SEVERITY_ERROR;
            case WARNING -> IMarker.SEVERITY_WARNING;
            default -> IMarker.SEVERITY_INFO;
        };
    }
}
