package org.tracenotes.eclipse.debug;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IBreakpointManager;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.ui.actions.IToggleBreakpointsTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.ui.IWorkbenchPart;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.NoteEditor;

/**
 * Toggles a {@link TraceLineBreakpoint} on the selected line of a note editor: the ruler's double-click,
 * its context menu and Run › Toggle Breakpoint (Ctrl+Shift+B) come here through the editor's adapter.
 */
public final class TraceBreakpointAdapter implements IToggleBreakpointsTarget {

    @Override
    public void toggleLineBreakpoints(IWorkbenchPart part, ISelection selection) throws CoreException {
        IFile file = part instanceof NoteEditor e ? e.file() : null;
        if (file == null || !(selection instanceof ITextSelection text)) {
            return;
        }
        toggle(file, text.getStartLine() + 1);
    }

    /** Removes the Trace Note breakpoint on {@code line} (1-based) of {@code file}, or adds one; returns it when added. */
    public static TraceLineBreakpoint toggle(IFile file, int line) throws CoreException {
        IBreakpointManager manager = DebugPlugin.getDefault().getBreakpointManager();
        IBreakpoint existing = find(file, line);
        if (existing != null) {
            existing.delete();
            return null;
        }
        TraceLineBreakpoint b = new TraceLineBreakpoint(file, line);
        manager.addBreakpoint(b);
        return b;
    }

    /** The Trace Note breakpoint on {@code line} of {@code file}, or null. */
    public static TraceLineBreakpoint find(IFile file, int line) throws CoreException {
        for (IBreakpoint b : DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(TracenotesIds.DEBUG_MODEL)) {
            if (b instanceof TraceLineBreakpoint t && file.equals(t.getMarker().getResource()) && t.getLineNumber() == line) {
                return t;
            }
        }
        return null;
    }

    @Override
    public boolean canToggleLineBreakpoints(IWorkbenchPart part, ISelection selection) {
        return part instanceof NoteEditor e && e.file() != null && selection instanceof ITextSelection;
    }

    @Override
    public void toggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
    }

    @Override
    public boolean canToggleMethodBreakpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }

    @Override
    public void toggleWatchpoints(IWorkbenchPart part, ISelection selection) {
    }

    @Override
    public boolean canToggleWatchpoints(IWorkbenchPart part, ISelection selection) {
        return false;
    }
}
