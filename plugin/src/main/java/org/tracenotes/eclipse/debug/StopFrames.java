package org.tracenotes.eclipse.debug;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.core.debug.DebugFrame;
import org.tracenotes.core.debug.DebugStop;
import org.tracenotes.core.debug.DebugValue;

/**
 * The stack frames and variables of a target's stops, one stop after another: a frame still there keeps
 * its element (the views keep what was open in it), and a variable is marked changed when its value
 * differs from the last stop's. Used on the runs thread only.
 */
final class StopFrames {

    private final TraceDebugTarget target;
    private final TraceThread thread;
    /** The last stop's values by path (frame key / name / child …); a frame's key maps to "". */
    private Map<String, String> previousValues = Map.of();

    StopFrames(TraceDebugTarget target, TraceThread thread) {
        this.target = target;
        this.thread = thread;
    }

    /** The frames of {@code st}, innermost first, reusing those of {@code before} whose key is the same. */
    List<TraceStackFrame> of(DebugStop st, List<TraceStackFrame> before) {
        Map<String, String> values = new HashMap<>();
        Map<String, TraceStackFrame> byKey = new HashMap<>();
        before.forEach(f -> byKey.put(f.key(), f));
        List<TraceStackFrame> out = new ArrayList<>();
        int n = st.frames().size();
        for (int i = 0; i < n; i++) {
            DebugFrame f = st.frames().get(i);
            String key = (n - 1 - i) + ":" + f.function() + "@" + f.source();
            values.put(key, "");
            List<TraceVariable> vars = variables(key, f, st, values);
            TraceStackFrame same = byKey.get(key);
            if (same != null) {
                same.update(f, i, vars);
                out.add(same);
            } else {
                out.add(new TraceStackFrame(thread, key, f, i, vars));
            }
        }
        previousValues = values;
        return List.copyOf(out);
    }

    /** A frame's variables: its locals (a page pointer opens on the page), then {@code page} and what the run read. */
    private List<TraceVariable> variables(String key, DebugFrame f, DebugStop st, Map<String, String> values) {
        List<TraceVariable> out = new ArrayList<>();
        boolean hasPage = false;
        for (DebugValue v : f.locals()) {
            boolean page = TraceDebugTarget.PAGE_TYPE.equals(v.type()) && v.children().isEmpty();
            hasPage |= v.name().equals("page");
            out.add(variable(key, page ? new DebugValue(v.name(), v.value() + " (" + st.pageSummary() + ")",
                    v.type(), st.page()) : v, values));
        }
        if (!hasPage) {
            out.add(variable(key, new DebugValue("page", st.pageSummary(), "page (model)", st.page()), values));
        }
        if (!st.environment().isEmpty()) {
            out.add(variable(key, new DebugValue("environment", st.environment().size() + " answers read so far", "",
                    st.environment()), values));
        }
        return out;
    }

    private TraceVariable variable(String parent, DebugValue v, Map<String, String> values) {
        String path = parent + "/" + v.name();
        List<TraceVariable> children = new ArrayList<>();
        for (DebugValue c : v.children()) {
            children.add(variable(path, c, values));
        }
        // changed: another value than at the last stop, or new in a frame or value that was there
        String before = previousValues.get(path);
        boolean changed = before != null ? !before.equals(v.value()) : previousValues.containsKey(parent);
        values.put(path, v.value());
        return new TraceVariable(target, path, v.name(), new TraceValue(target, v.value(), v.type(), children), changed);
    }
}
