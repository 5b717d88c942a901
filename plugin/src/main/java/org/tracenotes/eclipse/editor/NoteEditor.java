package org.tracenotes.eclipse.editor;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.text.source.IVerticalRuler;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;
import org.eclipse.jface.text.source.projection.ProjectionSupport;
import org.eclipse.jface.text.source.projection.ProjectionViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.editors.text.TextEditor;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.tracenotes.core.ide.Folds;
import org.tracenotes.core.ide.HighlightEdits;
import org.tracenotes.core.ide.Highlights;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.ide.Navigation;
import org.tracenotes.core.model.Note;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * The note editor: a text editor whose colours, folds, outline, hovers and links come from core's
 * editor services over the note as currently typed, and which shows a run's line coverage.
 */
public final class NoteEditor extends TextEditor {

    /** Notes up to this many characters are parsed on the UI thread when the editor opens, to show colours at once. */
    static final int PARSED_AT_OPEN = 16 * 1024;

    /** The parses of the text: each new one from the last one's note. */
    private final EditorParses parses = new EditorParses(this);
    /** The colours shown: the last parse's, moved along with each edit since (UI thread). */
    private List<Highlights.Highlight> shown = List.of();
    private ProjectionSupport projection;
    private final FoldAnnotations folds = new FoldAnnotations();
    private NoteOutlinePage outline;
    private final CoverageAnnotations coverage = new CoverageAnnotations(this);
    private String lastScenario;

    @Override
    protected void initializeEditor() {
        super.initializeEditor();
        setSourceViewerConfiguration(new NoteViewerConfiguration(this));
    }

    @Override
    protected ISourceViewer createSourceViewer(Composite parent, IVerticalRuler ruler, int styles) {
        ProjectionViewer viewer = new ProjectionViewer(parent, ruler, getOverviewRuler(), isOverviewRulerVisible(), styles);
        getSourceViewerDecorationSupport(viewer);
        return viewer;
    }

    @Override
    protected void initializeKeyBindingScopes() {
        setKeyBindingScopes(new String[] {TracenotesIds.EDITOR_SCOPE});
    }

    @Override
    public void createPartControl(Composite parent) {
        super.createPartControl(parent);
        ProjectionViewer viewer = (ProjectionViewer) getSourceViewer();
        projection = new ProjectionSupport(viewer, getAnnotationAccess(), getSharedColors());
        projection.install();
        viewer.doOperation(ProjectionViewer.TOGGLE);
        // follow the document the viewer shows, also when the input changes (rename, Save As)
        viewer.addTextInputListener(new ITextInputListener() {
            @Override
            public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
                if (oldInput != null) {
                    oldInput.removeDocumentListener(changes);
                }
            }

            @Override
            public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
                if (newInput != null) {
                    newInput.addDocumentListener(changes);
                }
            }
        });
        IDocument doc = viewer.getDocument();
        if (doc != null) {
            doc.addDocumentListener(changes);
            if (doc.getLength() <= PARSED_AT_OPEN) {
                show(parse());
            }
        }
    }

    /** Moves the colours shown along with each edit, before the presentation is repaired; the reconciler parses later. */
    private final IDocumentListener changes = new IDocumentListener() {
        @Override
        public void documentAboutToBeChanged(DocumentEvent event) {
            shown = HighlightEdits.shift(shown, event.getOffset(), event.getLength(), event.getText() == null ? 0 : event.getText().length());
        }

        @Override
        public void documentChanged(DocumentEvent event) {
        }
    };

    /** The file being edited, or null for an input outside the workspace or the model's reference traces. */
    public IFile file() {
        IEditorInput input = getEditorInput();
        return input == null ? null : input.getAdapter(IFile.class);
    }

    /** The document's current text ("" once the editor is closed). */
    public String text() {
        var provider = getDocumentProvider();
        IDocument doc = provider == null ? null : provider.getDocument(getEditorInput());
        return doc == null ? "" : doc.get();
    }

    /**
     * The note as currently typed, parsed now on the caller's thread if the text changed since the last
     * parse: for jobs and other threads. The UI thread reads {@link #parsed()} instead.
     */
    public Note note() {
        return parse().note();
    }

    /** Parses the current text if it changed since the last parse (from the last text's note: only the changed section). */
    public ParsedNote parse() {
        return parses.parse();
    }

    /**
     * The last parse, perhaps a pause in typing behind the text (the reconciler parses after each): what
     * the UI thread reads. Before the first parse of a long note, that parse is made here.
     */
    public ParsedNote parsed() {
        ParsedNote p = parses.last();
        return p != null ? p : parse();
    }

    /** The last parse, or null before the first: for the UI thread where nothing is better than a parse there. */
    ParsedNote lastParse() {
        return parses.last();
    }

    /** Navigation over the last parse, the project's other notes and the model. */
    public Navigation navigation() {
        return parsed().navigation();
    }

    /** The colours shown, in document offsets; the presentation reconciler reads them (UI thread). */
    List<Highlights.Highlight> highlights() {
        return shown;
    }

    /**
     * On the reconciler's thread: parses the text, makes its navigation (loading the project's notes)
     * and looks up the source tree, then lets the UI thread show it. A failure is logged, never thrown.
     */
    void reconcile() {
        ParsedNote p;
        try {
            p = parse();
            p.navigation();
            p.sourceIndex();
        } catch (RuntimeException e) {
            org.tracenotes.eclipse.PluginLog.error("Tracenotes could not parse " + getTitle(), e);
            return;
        }
        ISourceViewer viewer = getSourceViewer();
        if (viewer != null && viewer.getTextWidget() != null && !viewer.getTextWidget().isDisposed()) {
            viewer.getTextWidget().getDisplay().asyncExec(() -> {
                if (getSourceViewer() != null && !getSourceViewer().getTextWidget().isDisposed() && p.text().equals(text())) {
                    show(p);
                }
            });
        }
    }

    /** Shows a parse of the current text: repaints the colours that changed, folds, outline (UI thread). */
    private void show(ParsedNote p) {
        List<Highlights.Highlight> before = shown;
        shown = p.highlights();
        Optional<HighlightEdits.Span> changed = HighlightEdits.changed(before, shown);
        if (changed.isPresent() && getSourceViewer() instanceof org.eclipse.jface.text.ITextViewerExtension2 v) {
            int end = Math.min(changed.get().end(), p.text().length());
            if (end > changed.get().offset()) {
                v.invalidateTextPresentation(changed.get().offset(), end - changed.get().offset());
            }
        }
        updateStructure(p);
    }

    /** Folds and outline from a parse. */
    private void updateStructure(ParsedNote p) {
        ProjectionAnnotationModel model = ((ProjectionViewer) getSourceViewer()).getProjectionAnnotationModel();
        IDocument doc = getDocumentProvider().getDocument(getEditorInput());
        if (model != null && doc != null) {
            folds.update(model, doc, p.folds());
        }
        if (outline != null) {
            outline.setOutline(p.outline());
        }
    }

    /** The foldable line ranges currently installed. */
    public List<Folds.Fold> folds() {
        return folds.installed();
    }

    /** The id of the action toggling a Trace Note breakpoint on the ruler's line (also the ruler's double-click). */
    public static final String TOGGLE_BREAKPOINT = "org.tracenotes.eclipse.toggleBreakpoint";

    @Override
    protected void createActions() {
        super.createActions();
        // the platform's action: it asks this editor's IToggleBreakpointsTarget for the line last clicked in the ruler
        org.eclipse.debug.ui.actions.ToggleBreakpointAction toggle =
                new org.eclipse.debug.ui.actions.ToggleBreakpointAction(this, null, getVerticalRuler());
        setAction(TOGGLE_BREAKPOINT, toggle);
        setAction(org.eclipse.ui.texteditor.ITextEditorActionConstants.RULER_DOUBLE_CLICK, toggle);
    }

    @Override
    protected void rulerContextMenuAboutToShow(org.eclipse.jface.action.IMenuManager menu) {
        super.rulerContextMenuAboutToShow(menu);
        if (file() != null) {
            org.eclipse.jface.action.IAction toggle = getAction(TOGGLE_BREAKPOINT);
            toggle.setText("Toggle &Breakpoint");
            toggle.setEnabled(true);
            // first, as Java editors have it
            String first = null;
            for (org.eclipse.jface.action.IContributionItem item : menu.getItems()) {
                if (item.getId() != null) {
                    first = item.getId();
                    break;
                }
            }
            if (first != null) {
                menu.insertBefore(first, toggle);
            } else {
                menu.add(toggle);
            }
        }
    }

    @Override
    public <T> T getAdapter(Class<T> required) {
        if (required == org.eclipse.debug.ui.actions.IToggleBreakpointsTarget.class && file() != null) {
            return required.cast(new org.tracenotes.eclipse.debug.TraceBreakpointAdapter());
        }
        if (required == IContentOutlinePage.class) {
            if (outline == null) {
                outline = new NoteOutlinePage(this);
            }
            return required.cast(outline);
        }
        return super.getAdapter(required);
    }

    void outlineDisposed() {
        outline = null;
    }

    /** Opens {@code target}: in this editor, another note of the workspace, or the reference traces. */
    public void reveal(Navigation.Target target) {
        int offset = target.range().offset();
        int length = Math.max(0, target.range().endOffset() - offset);
        IFile file = file();
        IWorkbenchPage page = getSite().getPage();
        try {
            if (target.where() == Navigation.Where.REFERENCE) {
                var editor = IDE.openEditor(page, ReferenceInput.SOFT_OFFLINE_6_6, TracenotesIds.EDITOR);
                if (editor instanceof NoteEditor n) {
                    n.selectAndReveal(offset, length);
                }
            } else if (target.source().equals(parsed().note().source())) {
                selectAndReveal(offset, length);
            } else if (file != null) {
                IFile other = ProjectNotes.fileOf(file.getProject(), target.source()).orElse(null);
                if (other != null && IDE.openEditor(page, other, TracenotesIds.EDITOR) instanceof NoteEditor n) {
                    n.selectAndReveal(offset, length);
                }
            }
        } catch (PartInitException e) {
            setStatusLineErrorMessage(e.getMessage());
            org.tracenotes.eclipse.PluginLog.log(e);
        }
    }

    /** Shows {@code run}'s line coverage: each line that ran, coloured by how it ran. */
    public void showCoverage(LineCoverage run) {
        coverage.show(run);
    }

    /** Removes the last run's colours. */
    public void clearCoverage() {
        coverage.clear();
    }

    /** The line coverage shown, or null. */
    public LineCoverage coverage() {
        return coverage.coverage();
    }

    /** The run annotations shown, for tests and the view. */
    public Map<Integer, String> coverageAnnotations() {
        return coverage.byLine();
    }

    /** The scenario of the last run in this editor, or null. */
    public String lastScenario() {
        return lastScenario;
    }

    public void setLastScenario(String scenario) {
        this.lastScenario = scenario;
    }

    /** The 1-based line of the caret. */
    public int caretLine() {
        ISourceViewer viewer = getSourceViewer();
        int offset = widgetOffset2ModelOffset(viewer, viewer.getTextWidget().getCaretOffset());
        try {
            return getDocumentProvider().getDocument(getEditorInput()).getLineOfOffset(offset) + 1;
        } catch (BadLocationException e) {
            return 1;
        }
    }

    /** The 1-based line of the last click in the vertical ruler. */
    public int rulerLine() {
        return getVerticalRuler().getLineOfLastMouseButtonActivity() + 1;
    }

    /** The source viewer, for the minings and tests. */
    public ISourceViewer viewer() {
        return getSourceViewer();
    }

    @Override
    public void dispose() {
        ISourceViewer viewer = getSourceViewer();
        if (viewer != null && viewer.getDocument() != null) {
            viewer.getDocument().removeDocumentListener(changes);
        }
        if (projection != null) {
            projection.dispose();
        }
        super.dispose();
    }
}
