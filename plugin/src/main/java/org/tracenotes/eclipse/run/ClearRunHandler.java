package org.tracenotes.eclipse.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tracenotes.eclipse.editor.NoteEditor;

/** "Clear Run": removes the last run's colours and inline values from the editor. */
public final class ClearRunHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof NoteEditor editor) {
            editor.clearCoverage();
        }
        return null;
    }
}
