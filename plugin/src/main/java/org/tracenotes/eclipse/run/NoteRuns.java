package org.tracenotes.eclipse.run;

import java.util.List;
import java.util.Map;
import org.eclipse.core.resources.IFile;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/** Runs the note of an editor with core's {@link TraceRunner} and shows the result in the editor and the Trace Run view. */
public final class NoteRuns {

    /** The scenario "Execute this branch" uses when the editor has not run one: an in-use LRU page. */
    public static final String DEFAULT_SCENARIO = "lru-anon";

    private NoteRuns() {
    }

    /**
     * Runs {@code trace} (null: the note's first) of the editor's note on {@code scenario} with
     * {@code given} keys and {@code forces}, then colours the editor and fills the view. A request core
     * refuses is shown in the view, never as an exception.
     */
    public static void run(NoteEditor editor, String trace, String scenario, List<String> given, Map<Integer, Force> forces) {
        Note note = editor.note();
        IFile file = editor.file();
        List<Note> others = file == null ? List.of() : ProjectNotes.others(file);
        TraceRunner.Response response = TraceRunner.run(note, others, ReferenceTraces.softOffline66(),
                new TraceRunner.Request(trace, scenario, given, forces, false, RunOptions.defaults()));
        TraceRunView view = showView(editor.getSite().getPage());
        if (response instanceof TraceRunner.Invalid invalid) {
            editor.clearCoverage();
            if (view != null) {
                view.showInvalid(invalid.message());
            }
            return;
        }
        TraceRunner.Run run = ((TraceRunner.Runs) response).runs().get(0);
        LineCoverage coverage = LineCoverage.of(run.result(), run.events());
        editor.setLastScenario(scenario);
        editor.showCoverage(coverage);
        if (view != null) {
            view.show(editor, note, run, coverage);
        }
        refreshGraph(editor);
        editor.getSite().getPage().activate(editor);
    }

    /** Redraws the Call Graph view, if open, with the editor's last run. */
    static void refreshGraph(NoteEditor editor) {
        if (editor.getSite().getPage().findView(org.tracenotes.eclipse.graph.CallGraphView.ID)
                instanceof org.tracenotes.eclipse.graph.CallGraphView graph) {
            graph.show(editor);
        }
    }

    private static TraceRunView showView(IWorkbenchPage page) {
        try {
            return (TraceRunView) page.showView(TracenotesIds.TRACE_RUN_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
        } catch (PartInitException e) {
            return null;
        }
    }
}
