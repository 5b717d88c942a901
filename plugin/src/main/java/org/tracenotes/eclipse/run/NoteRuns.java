package org.tracenotes.eclipse.run;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.tracenotes.core.ide.LineCoverage;
import org.tracenotes.core.kernel.ReferenceTraces;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.RunOptions;
import org.tracenotes.core.run.TraceRunner;
import org.tracenotes.eclipse.PluginLog;
import org.tracenotes.eclipse.ProjectNotes;
import org.tracenotes.eclipse.ResultJob;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * Runs the note of an editor with core's {@link TraceRunner} in a background job (the parse, the
 * project's other notes and the run all off the UI thread), then shows the result in the editor and
 * the Trace Run view on the UI thread. Runs go one at a time.
 */
public final class NoteRuns {

    /** The scenario "Execute this branch" uses when the editor has not run one: an in-use LRU page. */
    public static final String DEFAULT_SCENARIO = "lru-anon";

    /** The job family of runs, for {@code IJobManager.join}. */
    public static final Object FAMILY = TracenotesIds.RUN_SCENARIO;

    /** One run at a time: a rule that conflicts only with itself. */
    private static final ISchedulingRule ONE_AT_A_TIME = new ISchedulingRule() {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return rule == this;
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return rule == this;
        }
    };

    /**
     * What to run, decided from the parsed note: a request, or why there is none (shown on the status line).
     *
     * @param request the run, or null
     * @param refusal why there is no run, or null
     */
    public record Plan(TraceRunner.Request request, String refusal) {

        public static Plan of(String trace, String scenario, List<String> given, Map<Integer, Force> forces) {
            return new Plan(new TraceRunner.Request(trace, scenario, given, forces, false, RunOptions.defaults()), null);
        }

        public static Plan refused(String why) {
            return new Plan(null, why);
        }
    }

    private NoteRuns() {
    }

    /**
     * Runs {@code trace} (null: the note's first) of the editor's note on {@code scenario} with
     * {@code given} keys and {@code forces}, then colours the editor and fills the view. A request core
     * refuses is shown in the view, never as an exception.
     */
    public static void run(NoteEditor editor, String trace, String scenario, List<String> given, Map<Integer, Force> forces) {
        run(editor, note -> Plan.of(trace, scenario, given, forces));
    }

    /** Parses the editor's note, plans the run from it and runs it, in a job; shows the result on the UI thread. */
    public static void run(NoteEditor editor, Function<Note, Plan> planner) {
        Display display = editor.getSite().getShell().getDisplay();
        IFile file = editor.file();
        Job job = new ResultJob("Running " + editor.getTitle(), FAMILY, display, monitor -> {
            Note note = editor.note();
            Plan plan = planner.apply(note);
            if (plan.refusal() != null) {
                return () -> refuse(editor, plan.refusal());
            }
            List<Note> others = file == null ? List.of() : ProjectNotes.others(file);
            TraceRunner.Response response = TraceRunner.run(note, others, ReferenceTraces.softOffline66(), plan.request());
            TraceRunner.Run run = response instanceof TraceRunner.Runs runs ? runs.runs().get(0) : null;
            LineCoverage coverage = run == null ? null : LineCoverage.of(run.result(), run.events());
            return () -> show(editor, note, plan.request().scenario(), response, run, coverage);
        });
        job.setRule(ONE_AT_A_TIME);
        job.setSystem(true);
        job.schedule();
    }

    private static void refuse(NoteEditor editor, String why) {
        if (editor.getDocumentProvider() != null) {
            editor.getEditorSite().getActionBars().getStatusLineManager().setErrorMessage(why);
        }
    }

    private static void show(NoteEditor editor, Note note, String scenario, TraceRunner.Response response, TraceRunner.Run run,
                             LineCoverage coverage) {
        if (editor.getDocumentProvider() == null) {
            return; // closed while running
        }
        TraceRunView view = showView(editor.getSite().getPage());
        if (response instanceof TraceRunner.Invalid invalid) {
            editor.clearCoverage();
            if (view != null) {
                view.showInvalid(invalid.message());
            }
            return;
        }
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
            PluginLog.log(e);
            return null;
        }
    }
}
