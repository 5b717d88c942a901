package org.tracenotes.eclipse.debug;

import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.debug.core.DebugException;
import org.eclipse.debug.core.model.IValue;
import org.eclipse.debug.ui.IDebugModelPresentation;
import org.eclipse.debug.ui.IValueDetailListener;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.part.FileEditorInput;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.eclipse.TracenotesIds;
import org.tracenotes.eclipse.editor.ReferenceInput;

/**
 * Labels of a Trace Note debug session in the Debug, Variables and Breakpoints views, and the editor
 * a source element opens in: the Tracenotes editor (a note file, or the reference traces read-only).
 * Images are the platform's defaults.
 */
public final class TraceModelPresentation extends LabelProvider implements IDebugModelPresentation {

    @Override
    public void setAttribute(String attribute, Object value) {
    }

    @Override
    public Image getImage(Object element) {
        return null;
    }

    @Override
    public String getText(Object element) {
        return label(element);
    }

    /** The label of a target, thread, frame, variable or breakpoint of this model; null for the platform's. */
    static String label(Object element) {
        if (element instanceof TraceDebugTarget t) {
            return t.getName() + (t.isTerminated() ? " (terminated)" : "");
        }
        if (element instanceof TraceThread t) {
            if (t.isTerminated()) {
                return t.getName() + " (terminated)";
            }
            DebugStop s = t.stop();
            return t.getName() + (s != null ? " (Suspended: " + s.description() + ")"
                    : t.isStepping() ? " (Stepping)" : " (Running)");
        }
        if (element instanceof TraceStackFrame f) {
            return f.getName() + "  " + f.sourceName() + " line " + f.getLineNumber();
        }
        if (element instanceof TraceVariable v) {
            return v.getName() + " = " + v.value().getValueString();
        }
        if (element instanceof TraceLineBreakpoint b) {
            IMarker m = b.getMarker();
            return m == null ? "Trace Note breakpoint" : m.getResource().getName() + " [line: " + m.getAttribute(IMarker.LINE_NUMBER, 0)
                    + "]" + (b.condition() != null ? " if " + b.condition() : "")
                    + (b.hitCondition() != null ? " hit " + b.hitCondition() : "");
        }
        return null;
    }

    @Override
    public void computeDetail(IValue value, IValueDetailListener listener) {
        String detail;
        try {
            detail = value.getValueString();
        } catch (DebugException e) {
            detail = e.getMessage();
        }
        listener.detailComputed(value, detail);
    }

    @Override
    public IEditorInput getEditorInput(Object element) {
        if (element instanceof ReferenceInput r) {
            return r;
        }
        if (element instanceof IFile f) {
            return new FileEditorInput(f);
        }
        if (element instanceof IFileStore s) {
            return new FileStoreEditorInput(s);
        }
        if (element instanceof TraceLineBreakpoint b && b.getMarker() != null && b.getMarker().getResource() instanceof IFile f) {
            return new FileEditorInput(f);
        }
        return null;
    }

    @Override
    public String getEditorId(IEditorInput input, Object element) {
        return TracenotesIds.EDITOR;
    }
}
