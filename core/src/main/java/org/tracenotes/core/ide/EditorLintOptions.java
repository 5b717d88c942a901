package org.tracenotes.core.ide;

import java.nio.file.Path;
import org.tracenotes.core.lint.LintConfig;
import org.tracenotes.core.lint.LintSession;
import org.tracenotes.core.source.SourceTrees;

/** Lint's options for a note an editor has open: those of its {@code .tracenotes.yaml}. */
public final class EditorLintOptions {

    private EditorLintOptions() {
    }

    /**
     * The default options, with the source tree the note's config names ({@code source:}) if it opens;
     * the defaults alone for a note with no path (an unsaved one).
     */
    public static LintSession.Options forNote(Path note) {
        LintSession.Options options = LintSession.Options.defaults();
        if (note == null) {
            return options;
        }
        return LintConfig.forFile(note).source().flatMap(SourceTrees::cached).map(options::withSource).orElse(options);
    }
}
