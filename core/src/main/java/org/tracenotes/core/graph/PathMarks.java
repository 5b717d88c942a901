package org.tracenotes.core.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The functions a highlighted path passes through. */
final class PathMarks {

    private PathMarks() {
    }

    static Set<String> functions(List<CallSite> path) {
        Set<String> out = new LinkedHashSet<>();
        for (CallSite s : path) {
            out.add(s.caller());
            out.add(s.callee());
        }
        return out;
    }
}
