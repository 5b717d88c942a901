package org.tracenotes.eclipse.run;

import org.eclipse.core.commands.ExecutionEvent;
import org.tracenotes.eclipse.editor.NoteEditor;

/** "Clear Run": removes the last run's colours and inline values from the editor. */
public final class ClearRunHandler extends NoteEditorHandler {

    @Override
    void execute(NoteEditor editor, ExecutionEvent event) {
        editor.clearCoverage();
    }
}
