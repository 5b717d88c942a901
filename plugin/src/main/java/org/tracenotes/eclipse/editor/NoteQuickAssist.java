package org.tracenotes.eclipse.editor;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.eclipse.core.resources.IMarker;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.texteditor.MarkerAnnotation;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.builder.QuickFixGenerator;

/** Ctrl+1 in the note editor: the quick fixes of the Tracenotes problems on the caret's line. */
final class NoteQuickAssist implements IQuickAssistProcessor {

    private final NoteEditor editor;

    NoteQuickAssist(NoteEditor editor) {
        this.editor = editor;
    }

    @Override
    public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
        List<ICompletionProposal> out = new ArrayList<>();
        IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
        IDocument doc = context.getSourceViewer().getDocument();
        if (model == null || doc == null) {
            return new ICompletionProposal[0];
        }
        int line;
        try {
            line = doc.getLineOfOffset(context.getOffset());
        } catch (org.eclipse.jface.text.BadLocationException e) {
            return new ICompletionProposal[0];
        }
        QuickFixGenerator generator = new QuickFixGenerator();
        for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext(); ) {
            if (!(it.next() instanceof MarkerAnnotation a) || !canFix(a)) {
                continue;
            }
            Position p = model.getPosition(a);
            try {
                if (p == null || p.isDeleted() || doc.getLineOfOffset(p.getOffset()) != line) {
                    continue;
                }
            } catch (org.eclipse.jface.text.BadLocationException e) {
                continue;
            }
            IMarker marker = a.getMarker();
            for (IMarkerResolution r : generator.getResolutions(marker)) {
                out.add(new Proposal(r, marker));
            }
        }
        return out.toArray(ICompletionProposal[]::new);
    }

    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public boolean canFix(Annotation annotation) {
        if (annotation instanceof MarkerAnnotation a && a.getMarker().exists()) {
            try {
                return a.getMarker().isSubtypeOf(TracenotesIds.PROBLEM_MARKER) && new QuickFixGenerator().hasResolutions(a.getMarker());
            } catch (org.eclipse.core.runtime.CoreException e) {
                org.tracenotes.eclipse.PluginLog.log(e);
                return false;
            }
        }
        return false;
    }

    @Override
    public boolean canAssist(IQuickAssistInvocationContext context) {
        return false;
    }

    /** A marker resolution offered as a quick-assist proposal. */
    private record Proposal(IMarkerResolution resolution, IMarker marker) implements ICompletionProposal {

        @Override
        public void apply(IDocument document) {
            resolution.run(marker);
        }

        @Override
        public Point getSelection(IDocument document) {
            return null;
        }

        @Override
        public String getAdditionalProposalInfo() {
            return marker.getAttribute(IMarker.MESSAGE, "");
        }

        @Override
        public String getDisplayString() {
            return resolution.getLabel();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public IContextInformation getContextInformation() {
            return null;
        }
    }
}
