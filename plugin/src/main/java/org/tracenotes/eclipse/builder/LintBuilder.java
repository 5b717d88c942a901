package org.tracenotes.eclipse.builder;

import java.nio.file.Path;
import java.util.HashSet;
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
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.parse.NoteFiles;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.source.ProjectSource;

/**
 * Lints the project's notes into problem markers. Notes call roots traced in other notes, so any
 * change to a note (or to a {@code .tracenotes.yaml}) re-lints all of them; the lint itself is core's
 * {@link LintSession}, as {@code tracenotes lint} runs it.
 */
public final class LintBuilder extends IncrementalProjectBuilder {

    @Override
    protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
        IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
        if (delta != null && !touchesNotes(delta)) {
            return null;
        }
        lint(getProject());
        return null;
    }

    @Override
    protected void clean(IProgressMonitor monitor) throws CoreException {
        getProject().deleteMarkers(TracenotesIds.PROBLEM_MARKER, true, IResource.DEPTH_INFINITE);
    }

    private static boolean touchesNotes(IResourceDelta delta) throws CoreException {
        boolean[] found = {false};
        delta.accept(d -> {
            IResource r = d.getResource();
            if (r.getType() == IResource.FILE && (r.getLocation() != null && NoteFiles.isNoteFile(r.getLocation().toPath())
                    || r.getName().equals(".tracenotes.yaml") || r.getName().equals(".gitignore"))) {
                found[0] = true;
            }
            return !found[0];
        });
        return found[0];
    }

    /** Replaces the project's Tracenotes markers with the findings of linting all its notes. */
    public static void lint(IProject project) throws CoreException {
        List<Path> paths = ProjectNotes.noteFiles(project);
        // the source checks (not-in-source, call-not-in-body, ...) when .tracenotes.yaml or the project names a tree
        LintSession.Options options = ProjectSource.index(project, paths.isEmpty() ? null : paths.get(0))
                .map(LintSession.Options.defaults()::withSource).orElse(LintSession.Options.defaults());
        LintSession.Result result = LintSession.run(paths, options);
        Set<IFile> linted = new HashSet<>();
        for (LintSession.FileResult f : result.files()) {
            IFile file = ProjectNotes.fileOf(project, f.path().toString()).orElse(null);
            if (file == null) {
                continue;
            }
            linted.add(file);
            file.deleteMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO);
            for (Diagnostic d : f.findings()) {
                mark(file, d);
            }
        }
        for (IMarker stale : project.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_INFINITE)) {
            if (!linted.contains(stale.getResource())) {
                stale.delete();
            }
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
