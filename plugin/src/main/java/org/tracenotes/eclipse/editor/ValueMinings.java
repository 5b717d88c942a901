package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.codemining.AbstractCodeMiningProvider;
import org.eclipse.jface.text.codemining.ICodeMining;
import org.eclipse.jface.text.codemining.ICodeMiningProvider;
import org.eclipse.jface.text.codemining.LineEndCodeMining;
import org.eclipse.jface.text.source.ISourceViewerExtension5;
import org.tracenotes.core.ide.LineCoverage;

/** The values a run assigned and returned, shown at the end of their lines, like a debugger's inline values. */
final class ValueMinings extends AbstractCodeMiningProvider {

    private final NoteEditor editor;

    private ValueMinings(NoteEditor editor) {
        this.editor = editor;
    }

    /** Installs the provider on first use and asks the viewer to draw the current run's values. */
    static void update(NoteEditor editor) {
        if (editor.viewer() instanceof ISourceViewerExtension5 v) {
            v.setCodeMiningProviders(new ICodeMiningProvider[] {new ValueMinings(editor)});
            v.updateCodeMinings();
        }
    }

    @Override
    public CompletableFuture<List<? extends ICodeMining>> provideCodeMinings(ITextViewer viewer, IProgressMonitor monitor) {
        LineCoverage run = editor.coverage();
        List<ICodeMining> out = new ArrayList<>();
        if (run != null) {
            IDocument doc = viewer.getDocument();
            run.values().forEach((line, texts) -> {
                try {
                    out.add(new Value(doc, line - 1, "   " + String.join("   ", texts), this));
                } catch (BadLocationException e) {
                    // the document changed since the run
                }
            });
        }
        return CompletableFuture.completedFuture(out);
    }

    private static final class Value extends LineEndCodeMining {

        Value(IDocument document, int line, String label, ICodeMiningProvider provider) throws BadLocationException {
            super(document, line, provider);
            setLabel(label);
        }
    }
}
