package org.tracenotes.eclipse.inosgi;

import static org.tracenotes.eclipse.inosgi.UiThread.pause;
import static org.tracenotes.eclipse.inosgi.UiThread.ui;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.core.commands.Command;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;
import org.tracenotes.eclipse.editor.NoteOutlinePage;
import org.tracenotes.eclipse.graph.CallGraphView;
import org.tracenotes.eclipse.run.TraceRunView;
import org.tracenotes.core.lint.rules.calls.UnknownFunction;

/**
 * Inside the running IDE workbench: opens the seed in a project with the Tracenotes nature, runs the
 * in-use LRU scenario, executes the final else, and reports what the editor, the markers, the Outline
 * and the Trace Run view show, taking a screenshot after each step.
 */
public class WorkbenchScenario implements Callable<Map<String, Object>>, Runnable {

    private final Map<String, Object> out = new LinkedHashMap<>();
    private final Path screenshots = Path.of(System.getProperty("screenshots.dir"));
    private IFile note;
    private NoteEditor editor;

    @Override
    public Map<String, Object> call() throws Exception {
        UiThread.awaitWorkbench();
        IProject project = NotesProject.create("kernel-notes");
        note = project.getFile("soft-offline.md");
        note.create(new ByteArrayInputStream(Files.readAllBytes(Path.of(System.getProperty("samples.dir"), "soft-offline.md"))),
                true, null);
        project.build(IncrementalProjectBuilder.FULL_BUILD, null);
        List<String> markers = new ArrayList<>();
        for (IMarker m : note.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
            if (m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING) {
                markers.add(m.getAttribute(IMarker.LINE_NUMBER, -1) + " " + m.getAttribute(TracenotesIds.RULE_ID, ""));
            }
        }
        markers.sort(null);
        out.put("warningMarkers", markers);

        ui(() -> {
            IWorkbenchWindow w = PlatformUI.getWorkbench().getWorkbenchWindows()[0];
            w.getShell().setBounds(0, 0, 1600, 1000);
            IWorkbenchPage page = w.getActivePage();
            page.showView(IPageLayout.ID_OUTLINE);
            page.showView(IPageLayout.ID_PROBLEM_VIEW);
            IEditorPart part = IDE.openEditor(page, note);
            out.put("editorClass", part.getClass().getName());
            editor = (NoteEditor) part;
            StyledText text = (StyledText) editor.getAdapter(Control.class);
            String all = text.getText();
            out.put("arrowStyle", style(text, all.indexOf("=> page")));
            out.put("keywordStyle", style(text, all.indexOf("if flags & MF_UNPOISON")));
            out.put("functionStyle", style(text, all.indexOf("pfn_to_online_page")));
            out.put("commentStyle", style(text, all.indexOf("## 和 hotplug")));
            out.put("proseStyle", style(text, all.indexOf("flags 参数")));
            IContentOutlinePage outline = editor.getAdapter(IContentOutlinePage.class);
            out.put("outline", ((NoteOutlinePage) outline).labels());
            out.put("folds", editor.folds().size());
            editor.selectAndReveal(all.indexOf("=> page"), 0);
        });
        pause(1500);
        screenshot("1-seed-opened.png");

        ui(() -> execute(TracenotesIds.RUN_SCENARIO, Map.of(TracenotesIds.SCENARIO_PARAMETER, "lru-anon")));
        settle();
        ui(() -> {
            out.put("inUseLruAnnotations", editor.coverageAnnotations());
            out.put("inUseLruRows", rows());
        });
        screenshot("2-in-use-lru-run.png");

        ui(() -> execute(TracenotesIds.EXECUTE_BRANCH, Map.of(TracenotesIds.LINE_PARAMETER, "91")));
        settle();
        ui(() -> {
            out.put("elseAnnotations", editor.coverageAnnotations());
            out.put("elseRows", rows());
            StyledText text = (StyledText) editor.getAdapter(Control.class);
            int at = text.getText().indexOf("=> page_handle_poison");
            StyleRange r = text.getStyleRangeAtOffset(at + 3);
            out.put("page_handle_poison background", r == null || r.background == null ? "none" : r.background.getRGB().toString());
            editor.selectAndReveal(at, 0);
        });
        pause(1000);
        screenshot("3-execute-final-else.png");

        ui(() -> editor.getSite().getPage().showView(CallGraphView.ID));
        settle();
        ui(() -> {
            IWorkbenchPage page = editor.getSite().getPage();
            CallGraphView graph = (CallGraphView) page.findView(CallGraphView.ID);
            out.put("graphAfterElse", graph.functions());
            out.put("graphOpensGetAnyPage", graph.open("get_any_page"));
            out.put("caretAfterGraphClick", editor.caretLine());
            page.activate(editor);
            execute(TracenotesIds.EXPLORE, Map.of());
        });
        org.eclipse.core.runtime.jobs.Job.getJobManager().join(org.tracenotes.eclipse.run.ExploreHandler.FAMILY, null);
        settle();
        ui(() -> {
            CallGraphView graph = (CallGraphView) editor.getSite().getPage().findView(CallGraphView.ID);
            out.put("exploreRows", rows());
            out.put("exploreAnnotations", editor.coverageAnnotations());
            out.put("graphAfterExplore", graph.functions());
            StyledText text = (StyledText) editor.getAdapter(Control.class);
            editor.selectAndReveal(text.getText().indexOf("=> if hwpoison_filter"), 0);
        });
        pause(1500);
        screenshot("4-explore-and-call-graph.png");

        ui(() -> {
            String all = editor.text();
            var nav = editor.navigation();
            out.put("hover flio_try_get", nav.symbolAt(all.indexOf("flio_try_get")).map(nav::hover).orElse("none"));
            var symbol = nav.symbolAt(all.indexOf("get_hwpoison_hugetlb_folio(folio")).orElseThrow();
            var targets = nav.definitions(symbol);
            out.put("links get_hwpoison_hugetlb_folio", targets.stream().map(t -> t.where() + " " + t.range().line()).toList());
            editor.reveal(targets.get(targets.size() - 1));
            IEditorPart reference = editor.getSite().getPage().getActiveEditor();
            out.put("referenceEditor", reference.getTitle() + " / " + reference.getClass().getSimpleName()
                    + " / dirty-able " + reference.isSaveAsAllowed());
            out.put("referenceLine", reference instanceof NoteEditor n ? n.caretLine() : -1);
            editor.getSite().getPage().closeEditor(reference, false);
        });

        // edits the user has not saved: the outline keeps what is open, a quick fix lands where the text moved
        ui(() -> {
            NoteOutlinePage outline = (NoteOutlinePage) editor.getAdapter(IContentOutlinePage.class);
            out.put("outlineExpandedBefore", outline.expandedCount());
            var viewer = (org.eclipse.jface.text.source.ISourceViewerExtension3) editor.viewer();
            var processor = viewer.getQuickAssistAssistant().getQuickAssistProcessor();
            var doc0 = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            java.util.List<String> ctrl1 = new java.util.ArrayList<>();
            for (int line : new int[] {34, 41, 67, 11}) {
                var proposals = processor.computeQuickAssistProposals(new org.eclipse.jface.text.source.TextInvocationContext(
                        editor.viewer(), doc0.getLineOffset(line - 1) + 3, -1));
                for (var p : proposals) {
                    ctrl1.add(line + ": " + p.getDisplayString());
                }
            }
            out.put("ctrl1", ctrl1);
            editor.getDocumentProvider().getDocument(editor.getEditorInput()).replace(0, 5, "");
        });
        pause(1200);
        ui(() -> {
            NoteOutlinePage outline = (NoteOutlinePage) editor.getAdapter(IContentOutlinePage.class);
            out.put("outlineExpandedAfter", outline.expandedCount());
            IMarker typo = null;
            for (IMarker m : note.findMarkers(TracenotesIds.PROBLEM_MARKER, false, IResource.DEPTH_ZERO)) {
                if (UnknownFunction.ID.equals(m.getAttribute(TracenotesIds.RULE_ID, ""))) {
                    typo = m;
                }
            }
            var fixes = new org.tracenotes.eclipse.builder.QuickFixGenerator().getResolutions(typo);
            fixes[0].run(typo);
            var doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
            int line = doc.getLineOfOffset(doc.get().indexOf("_try_get(folio)\n                     -> else"));
            out.put("fixedAfterUnsavedEdit", doc.get(doc.getLineOffset(line), doc.getLineLength(line)).strip());
            out.put("dirtyAfterFix", editor.isDirty());
            editor.doRevertToSaved();
        });
        return out;
    }

    /** Waits for the runs and the call graph's layouts the last command started, and for what they show. */
    private static void settle() throws Exception {
        var jobs = org.eclipse.core.runtime.jobs.Job.getJobManager();
        jobs.join(org.tracenotes.eclipse.run.NoteRuns.FAMILY, null);
        pause(300); // the run's result is shown on the UI thread, which may lay out the graph again
        jobs.join(CallGraphView.FAMILY, null);
        pause(700);
    }

    private List<String> rows() throws Exception {
        TraceRunView view = (TraceRunView) editor.getSite().getPage().findView(TracenotesIds.TRACE_RUN_VIEW);
        List<String> rows = new ArrayList<>();
        for (TraceRunView.Row r : view.rows()) {
            rows.add(r.item() + " | " + r.value());
        }
        return rows;
    }

    private static String style(StyledText text, int offset) {
        StyleRange r = text.getStyleRangeAtOffset(offset);
        if (r == null || r.foreground == null) {
            return "default";
        }
        return r.foreground.getRGB() + ((r.fontStyle & SWT.BOLD) != 0 ? " bold" : "")
                + ((r.fontStyle & SWT.ITALIC) != 0 ? " italic" : "");
    }

    private static void execute(String commandId, Map<String, String> parameters) throws Exception {
        IWorkbenchWindow w = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        Command command = w.getService(ICommandService.class).getCommand(commandId);
        w.getService(IHandlerService.class).executeCommand(ParameterizedCommand.generateCommand(command, parameters), null);
    }

    private void screenshot(String name) throws Exception {
        Files.createDirectories(screenshots);
        Path png = screenshots.resolve(name);
        Process p = new ProcessBuilder("import", "-window", "root", png.toString()).inheritIO().start();
        out.put("screenshot " + name, p.waitFor() == 0 && Files.size(png) > 0 ? png.toString() : "failed");
    }

    /** Closes the workbench, which ends the IDE application. */
    @Override
    public void run() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> PlatformUI.getWorkbench().close());
    }
}
