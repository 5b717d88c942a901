package org.tracenotes.core.run;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * How many variables a function's frame will bind, counted once at compile time so that its
 * {@link Vars} are sized once: its parameters and every name its own lines assign or read that is
 * neither a kernel constant nor a function (a read may bind the reference trace's initialiser). The
 * lines a step expands run in a frame of their own and are not counted. A count is a size to start
 * with, not a limit: a frame that binds more (the debugger, a caller's name) grows as before.
 */
final class FrameSizes {

    /** Frames start with at most this many places; more are rare and grow on demand. */
    static final int MAX = 16;

    private FrameSizes() {
    }

    /** The places a frame running {@code body} with {@code params} starts with. */
    static int of(String[] params, CompiledStep[] body) {
        Set<String> names = Collections.newSetFromMap(new IdentityHashMap<>());
        if (params != null) {
            Collections.addAll(names, params);
        }
        steps(body, names);
        return Math.max(1, Math.min(MAX, names.size()));
    }

    private static void steps(CompiledStep[] list, Set<String> names) {
        for (CompiledStep s : list) {
            node(s.expression, names);
            node(s.statement, names);
            if (s.inline != null) {
                steps(new CompiledStep[] {s.inline}, names);
            }
            for (CompiledStep alt : s.alternatives) {
                node(alt.expression, names);
                steps(alt.children, names);
                if (alt.inline != null) {
                    steps(new CompiledStep[] {alt.inline}, names);
                }
            }
            if (s.expanded == null) {
                steps(s.children, names);
            }
            if (names.size() >= MAX) {
                return;
            }
        }
    }

    private static void node(Node n, Set<String> names) {
        if (n == null) {
            return;
        }
        if (n.kind == Node.NAME && n.value == null && !n.flag) {
            names.add(n.name);
        }
        if (n.operands != null) {
            for (Node o : n.operands) {
                node(o, names);
            }
        }
    }
}
