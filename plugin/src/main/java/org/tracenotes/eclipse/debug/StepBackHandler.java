package org.tracenotes.eclipse.debug;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.HandlerEvent;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.debug.core.DebugEvent;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.IDebugEventSetListener;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.contexts.DebugContextEvent;
import org.eclipse.debug.ui.contexts.IDebugContextListener;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * Step Back and Reverse Resume, the debug commands the platform has no action for: on the Trace Note
 * thread of the debug context (the frame or thread selected in the Debug view), when it is stopped.
 * Enabled and disabled as the context and the run change.
 */
public final class StepBackHandler extends AbstractHandler implements IDebugEventSetListener, IDebugContextListener {

    public StepBackHandler() {
        DebugPlugin.getDefault().addDebugEventListener(this);
        DebugUITools.getDebugContextManager().addDebugContextListener(this);
    }

    @Override
    public Object execute(ExecutionEvent event) {
        TraceThread thread = thread();
        if (thread != null && thread.canStepBack()) {
            if (TracenotesIds.REVERSE_RESUME.equals(event.getCommand().getId())) {
                thread.reverseResume();
            } else {
                thread.stepBack();
            }
        }
        return null;
    }

    @Override
    public boolean isEnabled() {
        TraceThread thread = thread();
        return thread != null && thread.canStepBack();
    }

    /** The Trace Note thread of the active window's debug context, or null. */
    static TraceThread thread() {
        if (!PlatformUI.isWorkbenchRunning() || Display.getCurrent() == null) {
            return null;
        }
        IAdaptable context = DebugUITools.getDebugContext();
        if (context instanceof TraceStackFrame f) {
            return (TraceThread) f.getThread();
        }
        if (context instanceof TraceThread t) {
            return t;
        }
        if (context instanceof TraceDebugTarget t) {
            return t.thread();
        }
        return null;
    }

    @Override
    public void handleDebugEvents(DebugEvent[] events) {
        for (DebugEvent e : events) {
            if (e.getSource() instanceof TraceDebugElement) {
                changed();
                return;
            }
        }
    }

    @Override
    public void debugContextChanged(DebugContextEvent event) {
        changed();
    }

    private void changed() {
        if (PlatformUI.isWorkbenchRunning()) {
            PlatformUI.getWorkbench().getDisplay().asyncExec(() -> fireHandlerChanged(new HandlerEvent(this, true, false)));
        }
    }

    @Override
    public void dispose() {
        DebugPlugin.getDefault().removeDebugEventListener(this);
        DebugUITools.getDebugContextManager().removeDebugContextListener(this);
        super.dispose();
    }
}
