package org.tracenotes.eclipse.run;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tracenotes.core.explore.ExploreRunner;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.ResultJob;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Explore All States": runs the traced function at the caret (else the note's first) on every page
 * kind the model knows — core's explorer, in a background job, compared with the kernel's reference
 * trace where the model has one — then colours the note with the coverage across all states and
 * lists paths, violations and divergences in the Trace Run view.
 */
public final class ExploreHandler extends NoteEditorHandler {

    /** The job family of explorations, for {@code IJobManager.join}. */
    public static final Object FAMILY = TracenotesIds.EXPLORE;

    @Override
    void execute(NoteEditor editor, ExecutionEvent event) {
        int caret = editor.caretLine();
        Display display = editor.getSite().getShell().getDisplay();
        String name = "Exploring " + editor.getTitle() + " on every page kind";
        Job job = new ResultJob(name, FAMILY, display, monitor -> {
            monitor.beginTask(name, IProgressMonitor.UNKNOWN);
            // parsed here, off the UI thread
            var note = editor.note();
            ReferenceTraces model = ReferenceTraces.softOffline66();
            String trace = ForcePlan.traceAt(note, caret)
                    .or(() -> TraceRunner.tracedRoots(note).stream().map(r -> r.name()).findFirst()).orElse(null);
            boolean comparable = trace != null && model.function(trace).isPresent();
            ExploreRunner.Request request = new ExploreRunner.Request(trace, false, comparable);
            ExploreRunner.Response response = ExploreRunner.run(note, model, request, states -> monitor.worked(1));
            return () -> show(editor, response);
        });
        job.setUser(true);
        job.schedule();
    }

    private static void show(NoteEditor editor, ExploreRunner.Response response) {
        if (editor.getDocumentProvider() == null) {
            return; // closed while exploring
        }
        TraceRunView view;
        try {
            view = (TraceRunView) editor.getSite().getPage().showView(TracenotesIds.TRACE_RUN_VIEW, null,
                    IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            org.tracenotes.eclipse.PluginLog.log(e);
            view = null;
        }
        if (response instanceof ExploreRunner.Invalid invalid) {
            editor.clearCoverage();
            if (view != null) {
                view.showInvalid(invalid.message());
            }
            return;
        }
        var explored = (ExploreRunner.Explored) response;
        editor.showCoverage(LineCoverage.of(explored.exploration()));
        if (view != null) {
            view.showExploration(editor, explored.exploration());
        }
        NoteRuns.refreshGraph(editor);
        editor.getSite().getPage().activate(editor);
    }
}
