package org.tracenotes.eclipse.builder;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.core.resources.ICommand;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IProjectNature;
import org.eclipse.core.runtime.CoreException;
import org.tracenotes.eclipse.TracenotesIds;

/** A project whose notes Tracenotes checks: the nature adds the lint builder to the project's build spec. */
public final class TracenotesNature implements IProjectNature {

    private IProject project;

    @Override
    public void configure() throws CoreException {
        IProjectDescription d = project.getDescription();
        if (Arrays.stream(d.getBuildSpec()).anyMatch(c -> TracenotesIds.BUILDER.equals(c.getBuilderName()))) {
            return;
        }
        List<ICommand> spec = new ArrayList<>(List.of(d.getBuildSpec()));
        ICommand c = d.newCommand();
        c.setBuilderName(TracenotesIds.BUILDER);
        spec.add(c);
        d.setBuildSpec(spec.toArray(ICommand[]::new));
        project.setDescription(d, null);
    }

    @Override
    public void deconfigure() throws CoreException {
        IProjectDescription d = project.getDescription();
        d.setBuildSpec(Arrays.stream(d.getBuildSpec())
                .filter(c -> !TracenotesIds.BUILDER.equals(c.getBuilderName())).toArray(ICommand[]::new));
        project.setDescription(d, null);
        project.deleteMarkers(TracenotesIds.PROBLEM_MARKER, true, org.eclipse.core.resources.IResource.DEPTH_INFINITE);
    }

    @Override
    public IProject getProject() {
        return project;
    }

    @Override
    public void setProject(IProject project) {
        this.project = project;
    }

    /** Removes the nature from {@code project} (which removes the builder and its markers); nothing if it lacks it. */
    public static void disable(IProject project) throws CoreException {
        IProjectDescription d = project.getDescription();
        if (!d.hasNature(TracenotesIds.NATURE)) {
            return;
        }
        d.setNatureIds(Arrays.stream(d.getNatureIds()).filter(n -> !n.equals(TracenotesIds.NATURE)).toArray(String[]::new));
        project.setDescription(d, null);
    }

    /** Adds the nature to {@code project} (which adds the builder); nothing if it has it. */
    public static void enable(IProject project) throws CoreException {
        IProjectDescription d = project.getDescription();
        if (d.hasNature(TracenotesIds.NATURE)) {
            return;
        }
        List<String> natures = new ArrayList<>(List.of(d.getNatureIds()));
        natures.add(TracenotesIds.NATURE);
        d.setNatureIds(natures.toArray(String[]::new));
        project.setDescription(d, null);
    }
}
