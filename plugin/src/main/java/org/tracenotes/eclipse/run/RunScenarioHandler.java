package org.tracenotes.eclipse.run;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Run Scenario…": runs the traced function at the caret on a scenario picked in a dialog (the note's
 * {@code @scenario}s, the model's page kinds, or given keys), or on the command's {@code scenario} and
 * {@code given} parameters when a key binding or a test supplies them.
 */
public final class RunScenarioHandler extends NoteEditorHandler {

    @Override
    void execute(NoteEditor editor, ExecutionEvent event) {
        String scenario = event.getParameter(TracenotesIds.SCENARIO_PARAMETER);
        String given = event.getParameter(TracenotesIds.GIVEN_PARAMETER);
        if (scenario == null && given == null) {
            ScenarioDialog dialog = new ScenarioDialog(HandlerUtil.getActiveShell(event), editor.parsed().note(), editor.lastScenario());
            if (dialog.open() != ScenarioDialog.OK) {
                return;
            }
            scenario = dialog.scenario();
            given = dialog.given();
        }
        int caret = editor.caretLine();
        String chosen = scenario == null || scenario.isBlank() ? null : scenario;
        List<String> keys = split(given);
        // the trace at the caret is found in the job, in the note parsed there
        NoteRuns.run(editor, note -> NoteRuns.Plan.of(ForcePlan.traceAt(note, caret).orElse(null), chosen, keys, Map.of()));
    }

    static List<String> split(String given) {
        return given == null || given.isBlank() ? List.of()
                : Arrays.stream(given.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
