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
        Optional<Map<Integer, Force>> forces = ForcePlan.toReach(editor.note(), line);
        if (forces.isEmpty()) {
            editor.getEditorSite().getActionBars().getStatusLineManager()
                    .setErrorMessage("Line " + line + " is not an if, else-if or else of a trace");
            return;
        }
        String scenario = editor.lastScenario() != null ? editor.lastScenario() : NoteRuns.DEFAULT_SCENARIO;
        String trace = ForcePlan.traceAt(editor.note(), line).orElse(null);
        NoteRuns.run(editor, trace, scenario, List.of(), forces.get());
    }
}
