package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jface.text.DefaultTextHover;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.IHyperlinkDetector;
import org.eclipse.jface.text.presentation.IPresentationReconciler;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.quickassist.IQuickAssistAssistant;
import org.eclipse.jface.text.quickassist.QuickAssistAssistant;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.ui.editors.text.EditorsUI;
import org.eclipse.ui.editors.text.TextSourceViewerConfiguration;
import org.tracenotes.core.ide.Navigation;

/**
 * Colouring, hovers, hyperlinks and the reconciler of the note editor: the reconciler parses off the UI
 * thread, the others read its last parse (hovers are computed off the UI thread too).
 */
final class NoteViewerConfiguration extends TextSourceViewerConfiguration {

    private final NoteEditor editor;

    NoteViewerConfiguration(NoteEditor editor) {
        super(EditorsUI.getPreferenceStore());
        this.editor = editor;
    }

    @Override
    public IPresentationReconciler getPresentationReconciler(ISourceViewer sourceViewer) {
        PresentationReconciler reconciler = new PresentationReconciler();
        DefaultDamagerRepairer dr = new DefaultDamagerRepairer(new HighlightScanner(document -> editor.highlights()));
        reconciler.setDamager(dr, IDocument.DEFAULT_CONTENT_TYPE);
        reconciler.setRepairer(dr, IDocument.DEFAULT_CONTENT_TYPE);
        return reconciler;
    }

    /** The note's own reconciler (it parses off the UI thread) in place of the text editor's spelling one. */
    @Override
    public IReconciler getReconciler(ISourceViewer sourceViewer) {
        return NoteReconciler.of(editor);
    }

    @Override
    public IHyperlinkDetector[] getHyperlinkDetectors(ISourceViewer sourceViewer) {
        List<IHyperlinkDetector> all = new ArrayList<>();
        all.add(new NoteHyperlinkDetector(editor));
        IHyperlinkDetector[] inherited = super.getHyperlinkDetectors(sourceViewer);
        if (inherited != null) {
            all.addAll(List.of(inherited));
        }
        return all.toArray(IHyperlinkDetector[]::new);
    }

    @Override
    public IQuickAssistAssistant getQuickAssistAssistant(ISourceViewer sourceViewer) {
        QuickAssistAssistant assistant = new QuickAssistAssistant();
        assistant.setQuickAssistProcessor(new NoteQuickAssist(editor));
        assistant.setInformationControlCreator(getInformationControlCreator(sourceViewer));
        return assistant;
    }

    @Override
    public ITextHover getTextHover(ISourceViewer sourceViewer, String contentType) {
        return new FunctionHover(sourceViewer);
    }

    /** A function name's kind and signature; elsewhere, the problem markers' messages. */
    private final class FunctionHover extends DefaultTextHover {

        FunctionHover(ISourceViewer viewer) {
            super(viewer);
        }

        @Override
        public String getHoverInfo(ITextViewer textViewer, IRegion hoverRegion) {
            Navigation nav = editor.navigation();
            return nav.symbolAt(hoverRegion.getOffset()).map(nav::hover)
                    .orElseGet(() -> super.getHoverInfo(textViewer, hoverRegion));
        }

        @Override
        public IRegion getHoverRegion(ITextViewer textViewer, int offset) {
            return editor.navigation().symbolAt(offset)
                    .<IRegion>map(s -> new Region(s.range().offset(), s.range().endOffset() - s.range().offset()))
                    .orElseGet(() -> new Region(offset, 0));
        }
    }
}
