package org.tracenotes.eclipse.source;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.QualifiedName;
import org.tracenotes.core.ide.EditorLintOptions;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.core.source.SourceTrees;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * The source tree a project's notes describe: {@code source:} of the {@code .tracenotes.yaml} that applies to a
 * note or sits at the project's root (core's {@link EditorLintOptions#sourceFolder}, the language server's rule
 * too), else the project's setting {@link #FOLDER} (a folder path, relative to the project or absolute). Indexes are core's, kept a minute per folder ({@link SourceTrees#cached}).
 */
public final class ProjectSource {

    /** The project setting: the source folder when no {@code .tracenotes.yaml} names one. */
    public static final QualifiedName FOLDER = new QualifiedName(TracenotesIds.PLUGIN, "sourceFolder");

    private ProjectSource() {
    }

    /** The source folder for {@code note} (a note file of {@code project}, or null for the project as a whole). */
    public static Optional<Path> folder(IProject project, Path note) {
        Optional<Path> configured = EditorLintOptions.sourceFolder(note,
                project.getLocation() == null ? null : project.getLocation().toPath());
        if (configured.isPresent()) {
            return configured;
        }
        if (!project.isAccessible()) {
            return Optional.empty(); // a closed project has no settings
        }
        try {
            String setting = project.getPersistentProperty(FOLDER);
            if (setting != null && !setting.isBlank() && project.getLocation() != null) {
                Path p = project.getLocation().toPath().resolve(setting.strip()).normalize();
                return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
            }
        } catch (CoreException e) {
            org.tracenotes.eclipse.PluginLog.log(e);
        }
        return Optional.empty();
    }

    /** The index of {@code note}'s source folder, if one is configured and opens. */
    public static Optional<SourceIndex> index(IProject project, Path note) {
        return folder(project, note).flatMap(ProjectSource::index);
    }

    /** The index of a source folder (C or Java, detected), if it opens: core's, kept a minute ({@link SourceTrees#cached}). */
    public static Optional<SourceIndex> index(Path folder) {
        return SourceTrees.cached(folder);
    }

    /** Forgets the index of a folder (a test, or a user who changed the tree's files). */
    public static void forget(Path folder) {
        SourceTrees.forget(folder);
    }
}
