package org.tracenotes.eclipse.run;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.commands.ExecutionEvent;
import org.tracenotes.core.run.Force;
import org.tracenotes.core.run.ForcePlan;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * "Execute This Branch": on an if / else-if / else line (the ruler line clicked, the caret's line, or
 * the command's {@code line} parameter), forces that branch and the branches on the way to it
 * ({@link ForcePlan}) and runs the traced function on the editor's last scenario.
 */
public final class ExecuteBranchHandler extends NoteEditorHandler {

    @Override
    void execute(NoteEditor editor, ExecutionEvent event) {
        String lineParameter = event.getParameter(TracenotesIds.LINE_PARAMETER);
        int line = lineParameter != null ? Integer.parseInt(lineParameter.strip())
                : "ruler".equals(event.getParameter(TracenotesIds.FROM_PARAMETER)) ? editor.rulerLine() : editor.caretLine();
        String scenario = editor.lastScenario() != null ? editor.lastScenario() : NoteRuns.DEFAULT_SCENARIO;
        // the branches on the way are planned in the job, in the note parsed there
        NoteRuns.run(editor, note -> {
            Optional<Map<Integer, Force>> forces = ForcePlan.toReach(note, line);
            if (forces.isEmpty()) {
                return NoteRuns.Plan.refused("Line " + line + " is not an if, else-if or else of a trace");
            }
            return NoteRuns.Plan.of(ForcePlan.traceAt(note, line).orElse(null), scenario, List.of(), forces.get());
        });
    }
}
