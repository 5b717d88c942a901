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

/** "Check Notes with Tracenotes": adds the nature (and so the lint builder) to the selected projects. */
public final class EnableNatureHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection) {
            for (Object o : selection) {
                IResource r = Adapters.adapt(o, IResource.class);
                IProject p = r == null ? null : r.getProject();
                if (p != null && p.isOpen()) {
                    try {
                        TracenotesNature.enable(p);
                    } catch (CoreException e) {
                        throw new ExecutionException("cannot add the Tracenotes nature to " + p.getName(), e);
                    }
                }
            }
        }
        return null;
    }
}
