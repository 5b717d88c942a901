package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.tracenotes.core.ide.Folds;

/**
 * Core's folds as the projection annotations of an editor: a fold that stays keeps its annotation (and
 * so whether it is collapsed), new folds get one, folds gone lose theirs. UI thread.
 */
final class FoldAnnotations {

    private final Map<Folds.Fold, ProjectionAnnotation> installed = new HashMap<>();

    /** Makes {@code model}'s fold annotations those of {@code folds}, as lines of {@code doc}. */
    void update(ProjectionAnnotationModel model, IDocument doc, List<Folds.Fold> folds) {
        Map<Folds.Fold, Position> wanted = new HashMap<>();
        for (Folds.Fold f : folds) {
            try {
                int start = doc.getLineOffset(f.startLine() - 1);
                int endLine = Math.min(f.endLine(), doc.getNumberOfLines()) - 1;
                int end = doc.getLineOffset(endLine) + doc.getLineLength(endLine);
                wanted.put(f, new Position(start, end - start));
            } catch (BadLocationException e) {
                // the text changed under us; the next update will fold it
            }
        }
        List<Annotation> removed = new ArrayList<>();
        installed.entrySet().removeIf(e -> {
            if (!wanted.containsKey(e.getKey())) {
                removed.add(e.getValue());
                return true;
            }
            return false;
        });
        Map<Annotation, Position> added = new HashMap<>();
        wanted.forEach((f, at) -> {
            if (!installed.containsKey(f)) {
                ProjectionAnnotation a = new ProjectionAnnotation();
                installed.put(f, a);
                added.put(a, at);
            }
        });
        model.modifyAnnotations(removed.toArray(Annotation[]::new), added, null);
    }

    /** The foldable line ranges currently installed. */
    List<Folds.Fold> installed() {
        return List.copyOf(installed.keySet());
    }
}
