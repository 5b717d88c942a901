package org.tracenotes.eclipse.debug;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.LineBreakpoint;
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * A breakpoint on a line of a note file: a persistent marker of type
 * {@link TracenotesIds#LINE_BREAKPOINT_MARKER} (a platform line breakpoint marker), so the Breakpoints
 * view lists it, the ruler shows it, it moves with edits, and every Trace Note debug session of that note
 * stops where a step stands on its line. It may carry a condition (an expression of the note's language)
 * and a hit condition ({@code N}, {@code >= N}, {@code % N} …), which core evaluates.
 */
public final class TraceLineBreakpoint extends LineBreakpoint {

    /** Marker attribute: the condition, an expression of the note's language; none when absent or empty. */
    public static final String CONDITION = "org.tracenotes.eclipse.condition";
    /** Marker attribute: the hit condition ({@code N}, {@code == N}, {@code > N}, {@code >= N}, {@code < N}, {@code <= N}, {@code % N}). */
    public static final String HIT_CONDITION = "org.tracenotes.eclipse.hitCondition";

    /** For the platform, which restores breakpoints from their markers. */
    public TraceLineBreakpoint() {
    }

    /** A new enabled breakpoint on {@code line} (1-based) of {@code resource}, registered with the breakpoint manager by the caller. */
    public TraceLineBreakpoint(IResource resource, int line) throws CoreException {
        IWorkspaceRunnable create = monitor -> {
            IMarker marker = resource.createMarker(TracenotesIds.LINE_BREAKPOINT_MARKER);
            setMarker(marker);
            marker.setAttributes(Map.of(
                    IBreakpoint.ENABLED, Boolean.TRUE,
                    IMarker.LINE_NUMBER, line,
                    IBreakpoint.ID, TracenotesIds.DEBUG_MODEL,
                    IMarker.MESSAGE, "Trace Note breakpoint: " + resource.getName() + " [line: " + line + "]"));
        };
        run(getMarkerRule(resource), create);
    }

    @Override
    public String getModelIdentifier() {
        return TracenotesIds.DEBUG_MODEL;
    }

    /** The file-system path of the note the breakpoint is on, if it has one. */
    public Optional<Path> path() {
        IMarker m = getMarker();
        if (m == null || m.getResource().getLocation() == null) {
            return Optional.empty();
        }
        return Optional.of(m.getResource().getLocation().toPath());
    }

    /** The condition, or null. */
    public String condition() {
        String c = getMarker() == null ? null : getMarker().getAttribute(CONDITION, null);
        return c == null || c.isBlank() ? null : c.strip();
    }

    /** The hit condition, or null. */
    public String hitCondition() {
        String c = getMarker() == null ? null : getMarker().getAttribute(HIT_CONDITION, null);
        return c == null || c.isBlank() ? null : c.strip();
    }

    /** Sets the condition (null or empty: none). */
    public void setCondition(String condition) throws CoreException {
        setAttribute(CONDITION, condition == null ? "" : condition);
    }

    /** Sets the hit condition (null or empty: none). */
    public void setHitCondition(String hitCondition) throws CoreException {
        setAttribute(HIT_CONDITION, hitCondition == null ? "" : hitCondition);
    }

    /** What core is asked for: this line, with this breakpoint's conditions. */
    public Breakpoint toCore() throws CoreException {
        return toCore(getLineNumber(), condition(), hitCondition());
    }

    /** Core's breakpoint on {@code line} with a condition and a hit condition (each null or blank for none). */
    static Breakpoint toCore(int line, String condition, String hitCondition) {
        return new Breakpoint(line, condition == null || condition.isBlank() ? null : condition.strip(),
                hitCondition == null || hitCondition.isBlank() ? null : hitCondition.strip(), null);
    }
}
