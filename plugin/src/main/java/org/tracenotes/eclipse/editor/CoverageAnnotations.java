package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.tracenotes.core.ide.LineCoverage;

/**
 * A run's line coverage in a note editor: one annotation a line that ran, typed and labelled by how it
 * ran, with the values the run showed there; the value minings follow it. UI thread.
 */
final class CoverageAnnotations {

    private final NoteEditor editor;
    private final List<Annotation> shown = new ArrayList<>();
    private LineCoverage coverage;

    CoverageAnnotations(NoteEditor editor) {
        this.editor = editor;
    }

    /** Shows {@code run}'s line coverage in place of the last run's. */
    void show(LineCoverage run) {
        clear();
        coverage = run;
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (doc == null || model == null) {
            return;
        }
        Map<Annotation, Position> added = new HashMap<>();
        run.lines().forEach((line, status) -> {
            try {
                int offset = doc.getLineOffset(line - 1);
                int length = doc.getLineLength(line - 1);
                String delimiter = doc.getLineDelimiter(line - 1);
                length -= delimiter == null ? 0 : delimiter.length();
                String values = String.join("; ", run.values().getOrDefault(line, List.of()));
                Annotation a = new Annotation(RunAnnotations.type(status), false,
                        RunAnnotations.label(status) + (values.isEmpty() ? "" : ": " + values));
                added.put(a, new Position(offset, length));
                shown.add(a);
            } catch (BadLocationException e) {
                // a line past the end: the document changed since the run
            }
        });
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(new Annotation[0], added);
        } else {
            added.forEach(model::addAnnotation);
        }
        editor.viewer().invalidateTextPresentation();
        ValueMinings.update(editor);
    }

    /** Removes the last run's annotations. */
    void clear() {
        coverage = null;
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        if (model instanceof IAnnotationModelExtension ext) {
            ext.replaceAnnotations(shown.toArray(Annotation[]::new), Map.of());
        } else if (model != null) {
            shown.forEach(model::removeAnnotation);
        }
        shown.clear();
        ValueMinings.update(editor);
    }

    /** The line coverage shown, or null. */
    LineCoverage coverage() {
        return coverage;
    }

    /** The annotation type shown on each line (1-based), for tests and the view. */
    Map<Integer, String> byLine() {
        Map<Integer, String> out = new TreeMap<>();
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
        for (Annotation a : shown) {
            Position p = model.getPosition(a);
            if (p != null && !p.isDeleted()) {
                try {
                    out.put(doc.getLineOfOffset(p.getOffset()) + 1, a.getType());
                } catch (BadLocationException e) {
                    // gone
                }
            }
        }
        return out;
    }
}
