package org.tracenotes.eclipse.builder;

import java.util.List;
import java.util.Optional;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.ui.texteditor.AbstractMarkerAnnotationModel;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.tracenotes.core.ide.QuickFixes;
import org.tracenotes.core.lint.LintRule;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.Severity;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * Quick fixes of Tracenotes markers: core's {@link QuickFixes} computed on the file's current text. In a
 * note open in an editor the fix edits the editor's document (the user saves); otherwise it edits the
 * file's buffer and saves it.
 */
public final class QuickFixGenerator implements IMarkerResolutionGenerator2 {

    @Override
    public boolean hasResolutions(IMarker marker) {
        return QuickFixes.rules().contains(marker.getAttribute(TracenotesIds.RULE_ID, ""));
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return fix(marker).map(f -> new IMarkerResolution[] {new Resolution(f)}).orElse(new IMarkerResolution[0]);
    }

    /**
     * The fix of {@code marker} on its file's current text. In an open editor the marker's range is where
     * the editor has moved it since the last build (the text may have been edited above it).
     */
    static Optional<QuickFixes.QuickFix> fix(IMarker marker) {
        if (!(marker.getResource() instanceof IFile file)) {
            return Optional.empty();
        }
        String rule = marker.getAttribute(TracenotesIds.RULE_ID, "");
        int start = marker.getAttribute(IMarker.CHAR_START, -1);
        int end = marker.getAttribute(IMarker.CHAR_END, -1);
        int line = marker.getAttribute(IMarker.LINE_NUMBER, 0);
        String message = marker.getAttribute(IMarker.MESSAGE, "");
        if (start < 0 || LintRule.byId(rule).isEmpty()) {
            return Optional.empty();
        }
        try {
            String text;
            ITextFileBuffer open = FileBuffers.getTextFileBufferManager().getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
            if (open != null) {
                text = open.getDocument().get();
                if (open.getAnnotationModel() instanceof AbstractMarkerAnnotationModel model) {
                    Position moved = model.getMarkerPosition(marker);
                    if (moved != null) {
                        if (moved.isDeleted()) {
                            return Optional.empty();
                        }
                        start = moved.getOffset();
                        end = moved.getOffset() + moved.getLength();
                    }
                }
            } else {
                text = ProjectNotes.read(file);
            }
            Note note = ProjectNotes.parse(file, text);
            String label = marker.getAttribute(TracenotesIds.FIX_LABEL, null);
            List<org.tracenotes.core.model.Fix> fixes = label == null ? List.of()
                    : List.of(new org.tracenotes.core.model.Fix(label, start + marker.getAttribute(TracenotesIds.FIX_DELTA, 0),
                            marker.getAttribute(TracenotesIds.FIX_ORIGINAL, ""), marker.getAttribute(TracenotesIds.FIX_REPLACEMENT, "")));
            Diagnostic d = new Diagnostic(rule, Severity.WARNING, message, new SourceRange(line, 1, line, 1, start, end), fixes);
            return QuickFixes.of(note, d);
        } catch (CoreException e) {
            org.tracenotes.eclipse.PluginLog.warning("no quick fix for a Tracenotes marker: its note or attributes are unreadable", e);
            return Optional.empty();
        }
    }

    private static final class Resolution implements IMarkerResolution2 {

        private final QuickFixes.QuickFix fix;

        Resolution(QuickFixes.QuickFix fix) {
            this.fix = fix;
        }

        @Override
        public String getLabel() {
            return fix.label();
        }

        @Override
        public String getDescription() {
            return fix.label();
        }

        @Override
        public Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            if (!(marker.getResource() instanceof IFile file)) {
                return;
            }
            ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
            boolean open = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
            try {
                manager.connect(file.getFullPath(), LocationKind.IFILE, null);
                try {
                    ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
                    IDocument doc = buffer.getDocument();
                    doc.replace(fix.offset(), fix.length(), fix.replacement());
                    if (!open) {
                        buffer.commit(null, true);
                    }
                } finally {
                    manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
                }
            } catch (BadLocationException e) {
                // the marker is stale (the text moved past it): the next build replaces it
            } catch (CoreException e) {
                org.tracenotes.eclipse.PluginLog.log(e);
            }
        }
    }
}
