package org.tracenotes.eclipse.source;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.tracenotes.core.source.SourceIndex;
import org.tracenotes.eclipse.ProjectNotes;

/** The source definitions of a function a note calls, as hyperlinks (at most five). */
public final class SourceLinks {

    private static final int MOST = 5;

    private SourceLinks() {
    }

    /** Links to {@code name}'s definitions in the source tree of {@code note}'s project; empty without one. */
    public static List<IHyperlink> of(IFile note, String name, IRegion at) {
        if (note == null) {
            return List.of();
        }
        Path path = ProjectNotes.pathOf(note).orElse(null);
        SourceIndex index = ProjectSource.index(note.getProject(), path).orElse(null);
        if (index == null) {
            return List.of();
        }
        return index.lookup(name).stream().limit(MOST)
                .map(f -> (IHyperlink) new SourceLink(at, f, index.language())).toList();
    }
}
