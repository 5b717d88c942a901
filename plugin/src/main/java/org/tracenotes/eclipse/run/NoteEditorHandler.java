package org.tracenotes.eclipse.run;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tracenotes.eclipse.editor.NoteEditor;

/** A command on the active note editor; with any other editor active it does nothing. */
abstract class NoteEditorHandler extends AbstractHandler {

    @Override
    public final Object execute(ExecutionEvent event) {
        if (HandlerUtil.getActiveEditor(event) instanceof NoteEditor editor) {
            execute(editor, event);
        }
        return null;
    }

    /** Carries out the command on {@code editor}. */
    abstract void execute(NoteEditor editor, ExecutionEvent event);
}
