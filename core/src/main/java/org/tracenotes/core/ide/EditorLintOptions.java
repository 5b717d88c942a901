package org.tracenotes.core.ide;

import java.nio.file.Path;
import java.util.Optional;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.source.SourceTrees;

/**
 * Lint's options for a note an editor has open: those of its {@code .tracenotes.yaml}. The one rule every editor
 * (the language server, Eclipse) uses to find the source tree a note describes.
 */
public final class EditorLintOptions {

    private EditorLintOptions() {
    }

    /**
     * The default options, with the source tree the note's config names ({@code source:}) if it opens;
     * the defaults alone for a note with no path (an unsaved one).
     */
    public static LintSession.Options forNote(Path note) {
        LintSession.Options options = LintSession.Options.defaults();
        return sourceFolder(note, null).flatMap(SourceTrees::cached).map(options::withSource).orElse(options);
    }

    /**
     * The source folder for a note: {@code source:} of the {@code .tracenotes.yaml} files that apply to it (as
     * {@code tracenotes lint} reads them), else that of the workspace folder's own {@code .tracenotes.yaml}
     * ({@code workspace} may be null: an editor with no workspace; {@code note} may be null: the workspace as a
     * whole).
     */
    public static Optional<Path> sourceFolder(Path note, Path workspace) {
        if (note != null) {
            Optional<Path> configured = LintConfig.forFile(note).source();
            if (configured.isPresent()) {
                return configured;
            }
        }
        return workspace == null ? Optional.empty() : LintConfig.forFile(workspace.resolve(LintConfig.FILE_NAME)).source();
    }
}
