package org.tracenotes.eclipse.run;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tracenotes.core.explore.ExploreRunner;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Explore All States": runs the traced function at the caret on every page kind the model knows
 * (core's explorer, compared with the kernel's reference trace where it has one), colours the note
 * with the coverage across all states and lists paths, violations and divergences in the Trace Run view.
 */
public final class ExploreHandler extends NoteEditorHandler {

    @Override
    void execute(NoteEditor editor, ExecutionEvent event) {
        var note = editor.note();
        String trace = ForcePlan.traceAt(note, editor.caretLine()).orElse(null);
        ExploreRunner.Response[] response = new ExploreRunner.Response[1];
        BusyIndicator.showWhile(editor.getSite().getShell().getDisplay(), () -> {
            ReferenceTraces model = ReferenceTraces.softOffline66();
            boolean comparable = trace == null || model.function(trace).isPresent();
            response[0] = ExploreRunner.run(note, model, new ExploreRunner.Request(trace, false, comparable), n -> { });
        });
        TraceRunView view;
        try {
            view = (TraceRunView) editor.getSite().getPage().showView(TracenotesIds.TRACE_RUN_VIEW, null,
                    IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            view = null;
        }
        if (response[0] instanceof ExploreRunner.Invalid invalid) {
            editor.clearCoverage();
            if (view != null) {
                view.showInvalid(invalid.message());
            }
            return;
        }
        var explored = (ExploreRunner.Explored) response[0];
        editor.showCoverage(LineCoverage.of(explored.exploration()));
        if (view != null) {
            view.showExploration(editor, explored.exploration());
        }
        NoteRuns.refreshGraph(editor);
        editor.getSite().getPage().activate(editor);
    }
}
