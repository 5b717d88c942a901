package org.tracenotes.eclipse.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.reconciler.IReconcilingStrategyExtension;
import org.eclipse.jface.text.reconciler.MonoReconciler;

/**
 * The note editor's reconciler: after each pause in typing ({@link #DELAY_MS}) and when the editor
 * opens, it parses the text on the reconciler's own thread ({@link NoteEditor#reconcile}); the UI
 * thread then only shows the result. A note of any size never parses on the UI thread while typing.
 */
final class NoteReconciler implements IReconcilingStrategy, IReconcilingStrategyExtension {

    /** How long typing pauses before the text is parsed again. */
    static final int DELAY_MS = 400;

    private final NoteEditor editor;

    private NoteReconciler(NoteEditor editor) {
        this.editor = editor;
    }

    /** The reconciler a note editor's viewer installs. */
    static IReconciler of(NoteEditor editor) {
        MonoReconciler reconciler = new MonoReconciler(new NoteReconciler(editor), false);
        reconciler.setDelay(DELAY_MS);
        return reconciler;
    }

    @Override
    public void setDocument(IDocument document) {
        // the editor reads its own document
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        editor.reconcile();
    }

    @Override
    public void reconcile(IRegion partition) {
        editor.reconcile();
    }

    @Override
    public void setProgressMonitor(IProgressMonitor monitor) {
        // a parse is not cancelled half way: the next one starts from its result
    }

    @Override
    public void initialReconcile() {
        editor.reconcile();
    }
}
