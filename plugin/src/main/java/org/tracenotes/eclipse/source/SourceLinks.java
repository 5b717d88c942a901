package org.tracenotes.eclipse.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.ui.PlatformUI;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.editor.NoteLink;

/** The source definitions of a function a note calls, as hyperlinks (at most five). */
public final class SourceLinks {

    private static final int MOST = 5;

    private SourceLinks() {
    }

    /** The source index of {@code note}'s project ({@code .tracenotes.yaml} {@code source:} or the project setting), if any: reads files. */
    public static Optional<SourceIndex> indexFor(IFile note) {
        if (note == null) {
            return Optional.empty();
        }
        Path path = ProjectNotes.pathOf(note).orElse(null);
        return ProjectSource.index(note.getProject(), path);
    }

    /** Links to {@code name}'s definitions in the source tree of {@code note}'s project; empty without one. */
    public static List<IHyperlink> of(IFile note, String name, IRegion at) {
        return of(indexFor(note), name, at);
    }

    /** Links to {@code name}'s definitions in {@code index}; empty without one. */
    public static List<IHyperlink> of(Optional<SourceIndex> index, String name, IRegion at) {
        return index.map(i -> i.lookup(name).stream().limit(MOST).map(f -> (IHyperlink) new NoteLink(at,
                "Open the source of " + f.name() + " (" + f.file().getFileName() + ":" + f.startLine() + ")",
                () -> SourceEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), f, i.language())))
                .toList()).orElse(List.of());
    }
}
