package org.tracenotes.eclipse.editor;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.tracenotes.core.ide.Folds;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.ide.OutlineTree;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.source.SourceIndex;

/**
 * One parse of a note editor's text and what the editor shows of it: colours, folds, outline,
 * navigation (which loads the project's other notes) and the project's source index (which reads
 * {@code .tracenotes.yaml}). The reconciler makes it off the UI thread and asks for everything once,
 * so that the UI thread only reads it.
 */
public final class ParsedNote {

    private final String text;
    private final Note note;
    private final List<Highlights.Highlight> highlights;
    private final List<Folds.Fold> folds;
    private final List<OutlineTree.Node> outline;
    private final Supplier<Navigation> navigation;
    private final Supplier<Optional<SourceIndex>> sourceIndex;
    private Navigation navigationMade;
    private Optional<SourceIndex> sourceIndexMade;

    ParsedNote(String text, Note note, Supplier<Navigation> navigation, Supplier<Optional<SourceIndex>> sourceIndex) {
        this.text = text;
        this.note = note;
        this.highlights = Highlights.of(note);
        this.folds = Folds.of(note);
        this.outline = OutlineTree.of(note);
        this.navigation = navigation;
        this.sourceIndex = sourceIndex;
    }

    /** The text parsed. */
    public String text() {
        return text;
    }

    public Note note() {
        return note;
    }

    List<Highlights.Highlight> highlights() {
        return highlights;
    }

    List<Folds.Fold> folds() {
        return folds;
    }

    List<OutlineTree.Node> outline() {
        return outline;
    }

    /** Navigation over this note, the project's other notes and the model (made on first use). */
    public synchronized Navigation navigation() {
        if (navigationMade == null) {
            navigationMade = navigation.get();
        }
        return navigationMade;
    }

    /** The project's source tree index, if one is configured (looked up on first use). */
    public synchronized Optional<SourceIndex> sourceIndex() {
        if (sourceIndexMade == null) {
            sourceIndexMade = sourceIndex.get();
        }
        return sourceIndexMade;
    }
}
