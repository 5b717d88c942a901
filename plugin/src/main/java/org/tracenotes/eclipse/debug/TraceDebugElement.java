package org.tracenotes.eclipse.debug;

import org.eclipse.debug.core.model.DebugElement;
import org.eclipse.debug.core.model.IDebugTarget;
import org.tracenotes.eclipse.TracenotesIds;

/** An element of a Trace Note debug session: its model is {@link TracenotesIds#DEBUG_MODEL}. */
abstract class TraceDebugElement extends DebugElement {

    TraceDebugElement(IDebugTarget target) {
        super(target);
    }

    @Override
    public String getModelIdentifier() {
        return TracenotesIds.DEBUG_MODEL;
    }

    /** Fires {@code event} to the platform's listeners; nothing when the debug plug-in is not running (unit tests). */
    @Override
    public void fireEvent(org.eclipse.debug.core.DebugEvent event) {
        if (org.eclipse.debug.core.DebugPlugin.getDefault() != null) {
            super.fireEvent(event);
        }
    }

    /** The session's target (this element's, typed). */
    TraceDebugTarget target() {
        return (TraceDebugTarget) getDebugTarget();
    }
}
