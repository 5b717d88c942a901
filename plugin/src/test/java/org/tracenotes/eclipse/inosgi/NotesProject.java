package org.tracenotes.eclipse.inosgi;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceDescription;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.tracenotes.eclipse.builder.TracenotesNature;

/** A workspace project with the Tracenotes nature, built only when a test asks (auto-build off). */
final class NotesProject {

    private NotesProject() {
    }

    static IProject create(String name) throws CoreException {
        IWorkspace ws = ResourcesPlugin.getWorkspace();
        IWorkspaceDescription wd = ws.getDescription();
        wd.setAutoBuilding(false);
        ws.setDescription(wd);
        IProject project = ws.getRoot().getProject(name);
        project.create(null);
        project.open(null);
        TracenotesNature.enable(project);
        return project;
    }
}
