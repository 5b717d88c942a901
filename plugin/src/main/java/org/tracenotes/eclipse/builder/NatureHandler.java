package org.tracenotes.eclipse.builder;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * "Check Notes with Tracenotes" adds the nature (and so the lint builder) to the selected projects;
 * "Stop Checking Notes" removes it and the project's Tracenotes markers.
 */
public final class NatureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        boolean enable = !TracenotesIds.DISABLE_NATURE.equals(event.getCommand().getId());
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object o : selection) {
                IResource r = Adapters.adapt(o, IResource.class);
                IProject p = r == null ? null : r.getProject();
                if (p != null && p.isOpen()) {
                    try {
                        if (enable) {
                            TracenotesNature.enable(p);
                        } else {
                            TracenotesNature.disable(p);
                        }
                    } catch (CoreException e) {
                        throw new ExecutionException("cannot " + (enable ? "add" : "remove") + " the Tracenotes nature of "
                                + p.getName(), e);
                    }
                }
            }
        }
        return null;
    }
}
