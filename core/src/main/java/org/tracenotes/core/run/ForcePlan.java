package org.tracenotes.core.run;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.TraceBlock;

/**
 * "Execute this branch": the forces that make a run reach an if / else-if / else line and take it.
 * The branch itself is forced taken, and so is every branch enclosing it; an earlier if at any
 * enclosing level whose body returns or jumps away is forced not taken, so that the path gets past it.
 */
public final class ForcePlan {

    private ForcePlan() {
    }

    /**
     * The forces, by line, that reach and take the branch on {@code line}; empty if no if, else-if or
     * else of {@code note}'s trace blocks stands on that line.
     */
    public static Optional<Map<Integer, Force>> toReach(Note note, int line) {
        Map<Step, List<Step>> before = new IdentityHashMap<>();
        List<Step> branches = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                walk(r.body(), List.of(), before, branches);
            }
        }
        for (Step target : branches) {
            if (target.range().line() != line) {
                continue;
            }
            Map<Integer, Force> forces = new LinkedHashMap<>();
            for (Step e : before.get(target)) {
                boolean getPast = e.kind() == StepKind.IF && !e.alternatives().contains(target) && !encloses(e, target);
                forces.put(e.range().line(), getPast ? Force.NOT_TAKEN : Force.TAKEN);
            }
            forces.put(line, Force.TAKEN);
            return Optional.of(forces);
        }
        return Optional.empty();
    }

    /**
     * The traced function whose body holds {@code line}: the last root at or above it in its trace
     * block, if the line is inside one.
     */
    public static Optional<String> traceAt(Note note, int line) {
        for (TraceBlock b : note.traceBlocks()) {
            if (line < b.range().line() || line > b.range().endLine()) {
                continue;
            }
            String found = null;
            for (Root r : b.roots()) {
                if (r.definesFunction() && r.range().line() <= line) {
                    found = r.name();
                }
            }
            return Optional.ofNullable(found);
        }
        return Optional.empty();
    }

    /** Every if / else-if / else line of {@code note}, in note order. */
    public static List<Integer> branchLines(Note note) {
        List<Step> branches = new ArrayList<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                walk(r.body(), List.of(), new IdentityHashMap<>(), branches);
            }
        }
        return branches.stream().map(s -> s.range().line()).toList();
    }

    /**
     * Records each branch with the branches to force on the way to it: those enclosing it, and earlier
     * ifs whose body exits.
     */
    private static void walk(List<Step> steps, List<Step> outer, Map<Step, List<Step>> before, List<Step> branches) {
        List<Step> seen = new ArrayList<>(outer);
        for (Step s : steps) {
            if (s.kind() == StepKind.IF) {
                before.put(s, seen);
                branches.add(s);
                walk(s.children(), plus(seen, s), before, branches);
                for (Step alt : s.alternatives()) {
                    before.put(alt, seen);
                    branches.add(alt);
                    walk(alt.children(), plus(seen, alt), before, branches);
                }
                if (exits(s.children())) {
                    seen = plus(seen, s);
                }
            } else {
                walk(s.children(), seen, before, branches);
            }
        }
    }

    private static boolean exits(List<Step> steps) {
        return steps.stream().anyMatch(s -> s.kind() == StepKind.RETURN || s.kind() == StepKind.GOTO);
    }

    private static boolean encloses(Step outer, Step inner) {
        for (Step c : outer.children()) {
            if (c == inner || encloses(c, inner)) {
                return true;
            }
            for (Step a : c.alternatives()) {
                if (a == inner || encloses(a, inner)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Step> plus(List<Step> list, Step s) {
        List<Step> out = new ArrayList<>(list);
        out.add(s);
        return out;
    }
}
