package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.model.IBreakpoint;
import org.tracenotes.core.debug.Breakpoint;
import org.tracenotes.core.debug.BreakpointStatus;
import org.tracenotes.core.debug.TraceSession;
import org.tracenotes.eclipse.TracenotesIds;

/**
 * The platform's Trace Note breakpoints as one session has them: handed to it note by note, and known
 * back by the ids it gives them. Used on the target's runs thread only.
 */
final class SessionBreakpoints {

    private final TraceSession session;
    private final TraceProcess process;
    /** The breakpoints the session knows, by its id. */
    private Map<Integer, IBreakpoint> byCoreId = Map.of();
    /** The notes handed breakpoints last time: handed none now if they have none left. */
    private Set<String> sourcesWithBreakpoints = Set.of();

    SessionBreakpoints(TraceSession session, TraceProcess process) {
        this.session = session;
        this.process = process;
    }

    /**
     * Hands the session the enabled Trace Note breakpoints of its notes (none while the breakpoint manager
     * skips all), note by note; those that cannot stop say why on the console.
     */
    void sync() {
        DebugPlugin plugin = DebugPlugin.getDefault();
        Map<String, List<TraceLineBreakpoint>> bySource = new LinkedHashMap<>();
        if (plugin != null && plugin.getBreakpointManager().isEnabled()) {
            for (IBreakpoint b : plugin.getBreakpointManager().getBreakpoints(TracenotesIds.DEBUG_MODEL)) {
                try {
                    if (b instanceof TraceLineBreakpoint t && t.isEnabled()) {
                        Optional<String> source = t.path().flatMap(p -> session.sourceFor(p.toString()));
                        source.ifPresent(s -> bySource.computeIfAbsent(s, k -> new ArrayList<>()).add(t));
                    }
                } catch (CoreException e) {
                    // a breakpoint whose marker is gone: none
                }
            }
        }
        Map<Integer, IBreakpoint> ids = new HashMap<>();
        Set<String> sources = new LinkedHashSet<>(sourcesWithBreakpoints);
        sources.addAll(bySource.keySet());
        for (String source : sources) {
            List<TraceLineBreakpoint> asked = new ArrayList<>();
            List<Breakpoint> wanted = new ArrayList<>();
            for (TraceLineBreakpoint b : bySource.getOrDefault(source, List.of())) {
                try {
                    wanted.add(b.toCore());
                    asked.add(b);
                } catch (CoreException e) {
                    // its marker is gone
                }
            }
            List<BreakpointStatus> statuses = session.setBreakpoints(source, wanted);
            for (int i = 0; i < statuses.size(); i++) {
                BreakpointStatus s = statuses.get(i);
                if (s.verified()) {
                    ids.put(s.id(), asked.get(i));
                } else {
                    process.print("stderr", "breakpoint " + java.nio.file.Path.of(source).getFileName() + ":" + s.line()
                            + " cannot stop the run: " + s.message());
                }
            }
        }
        byCoreId = ids;
        sourcesWithBreakpoints = Set.copyOf(bySource.keySet());
    }

    /** The platform's breakpoints with the session's ids {@code ids} (those it knows). */
    List<IBreakpoint> withIds(List<Integer> ids) {
        List<IBreakpoint> out = new ArrayList<>();
        for (int id : ids) {
            IBreakpoint b = byCoreId.get(id);
            if (b != null) {
                out.add(b);
            }
        }
        return List.copyOf(out);
    }
}
