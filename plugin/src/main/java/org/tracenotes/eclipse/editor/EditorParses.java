package org.tracenotes.eclipse.editor;

import java.nio.file.Path;
import java.util.List;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IURIEditorInput;
import org.tracenotes.core.ide.EditorDocument;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.eclipse.ProjectNotes;

/**
 * The parses of one note editor's text: each new text is parsed from the last one's note (a keystroke
 * parses the changed section), under the name core knows the note by, and the last parse is kept.
 */
final class EditorParses {

    private final NoteEditor editor;
    /** Guards {@link #document}: one parse at a time. */
    private final Object parseLock = new Object();
    /** Parses each new text from the last one's note. Guarded by parseLock. */
    private EditorDocument document;
    /** The last parse (the reconciler's or a job's); null before the first. */
    private volatile ParsedNote parsed;

    EditorParses(NoteEditor editor) {
        this.editor = editor;
    }

    /** The last parse, or null before the first. */
    ParsedNote last() {
        return parsed;
    }

    /** Parses the current text if it changed since the last parse (from the last text's note: only the changed section). */
    ParsedNote parse() {
        return parse(snapshot());
    }

    /** The note's name for core: a workspace file's path, a local file's path, or the reference traces' resource. */
    private String source() {
        IEditorInput input = editor.getEditorInput();
        IFile file = editor.file();
        if (file != null) {
            return ProjectNotes.sourceOf(file);
        }
        if (input instanceof ReferenceInput) {
            return ReferenceTraces.SOFT_OFFLINE_6_6;
        }
        Path local = localPath();
        return local != null ? local.toString() : input.getName();
    }

    /** The file-system path of the input, if it is a local file. */
    private Path localPath() {
        IFile file = editor.file();
        if (file != null) {
            return ProjectNotes.pathOf(file).orElse(null);
        }
        if (editor.getEditorInput() instanceof IURIEditorInput u && u.getURI() != null
                && "file".equals(u.getURI().getScheme())) {
            return Path.of(u.getURI());
        }
        return null;
    }

    /**
     * The document's text, read on the UI thread: the document is the UI thread's, and another thread
     * reading it while a keystroke changes it could see half an edit. No lock is held while waiting.
     */
    private String snapshot() {
        if (org.eclipse.swt.widgets.Display.getCurrent() != null) {
            return editor.text();
        }
        ISourceViewer viewer = editor.viewer();
        var widget = viewer == null ? null : viewer.getTextWidget();
        if (widget == null || widget.isDisposed()) {
            return editor.text();
        }
        String[] text = {""};
        try {
            widget.getDisplay().syncExec(() -> text[0] = editor.text());
        } catch (org.eclipse.swt.SWTException e) {
            org.tracenotes.eclipse.PluginLog.warning("the display went away while " + editor.getTitle()
                    + " was read: the editor is closing", e);
        }
        return text[0];
    }

    private ParsedNote parse(String text) {
        // never the editor's own monitor: AbstractTextEditor synchronizes on it from the UI thread
        synchronized (parseLock) {
            return parseLocked(text);
        }
    }

    private ParsedNote parseLocked(String text) {
        ParsedNote last = parsed;
        if (last != null && last.text().equals(text)) {
            return last;
        }
        Path path = localPath();
        String source = source();
        if (document == null || !document.isFor(path, source)) {
            document = new EditorDocument(path, source);
        }
        Note current = document.update(text);
        IFile file = editor.file();
        ParsedNote p = new ParsedNote(text, current,
                () -> new Navigation(current, file == null ? List.of() : ProjectNotes.others(file), ReferenceTraces.softOffline66()),
                () -> org.tracenotes.eclipse.source.SourceLinks.indexFor(file));
        parsed = p;
        return p;
    }
}
