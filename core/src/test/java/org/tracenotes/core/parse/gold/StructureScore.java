package org.tracenotes.core.parse.gold;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/** Compares the parser's step trees with the gold set: lines with the right parent, kinds, whole blocks. */
public final class StructureScore {

    /** How the parser read a line that starts a step or a root. */
    record Reading(int parent, String kind, int ifLine, boolean resolvedTarget) { }

    /** Figures of one group (a repository, or all). */
    public static final class Figures {
        int blocks;
        int blocksRight;
        int lines;
        int linesRight;
        int kindsRight;
        int ambiguous;
        int notTrace;

        void add(Figures o) {
            blocks += o.blocks;
            blocksRight += o.blocksRight;
            lines += o.lines;
            linesRight += o.linesRight;
            kindsRight += o.kindsRight;
            ambiguous += o.ambiguous;
            notTrace += o.notTrace;
        }

        public int blocks() {
            return blocks;
        }

        public double blockShare() {
            return blocks == 0 ? 1 : (double) blocksRight / blocks;
        }

        public double lineShare() {
            return lines == 0 ? 1 : (double) linesRight / lines;
        }

        public double kindShare() {
            return lines == 0 ? 1 : (double) kindsRight / lines;
        }

        @Override
        public String toString() {
            return String.format("blocks %d/%d (%.1f%%)  parents %d/%d (%.1f%%)  kinds %d/%d (%.1f%%)  ambiguous %d  not-trace %d",
                    blocksRight, blocks, 100 * blockShare(), linesRight, lines, 100 * lineShare(), kindsRight, lines,
                    100 * kindShare(), ambiguous, notTrace);
        }
    }

    private final Map<String, Figures> byRepo = new TreeMap<>();
    private final Figures total = new Figures();
    private final List<String> errors = new ArrayList<>();

    /** Scores one note's gold against the parser's note. */
    public void score(GoldSet.GoldNote gold, Note note) {
        Map<Integer, Reading> read = readings(note);
        String repo = gold.notePath().substring(0, gold.notePath().indexOf('/'));
        Figures f = byRepo.computeIfAbsent(repo, r -> new Figures());
        Figures local = new Figures();
        for (GoldSet.GoldBlock b : gold.blocks()) {
            local.blocks++;
            boolean right = true;
            if (b.notTrace()) {
                local.notTrace++;
                for (int l = b.first(); l <= b.last(); l++) {
                    if (read.containsKey(l)) {
                        right = false;
                        errors.add(gold.notePath() + ":" + l + ": not a trace, read as " + read.get(l).kind());
                        break;
                    }
                }
                local.blocksRight += right ? 1 : 0;
                continue;
            }
            for (GoldSet.GoldLine g : b.lines()) {
                Reading r = read.get(g.line());
                if (g.ambiguous()) {
                    local.ambiguous++;
                    continue;
                }
                if (!g.isStep()) {
                    if (r != null && !g.kind().equals("brace")) {
                        right = false;
                        errors.add(gold.notePath() + ":" + g.line() + ": a " + g.kind() + " line read as a "
                                + r.kind() + " step under " + r.parent());
                    }
                    continue;
                }
                local.lines++;
                boolean parentRight = r != null && (r.parent() == g.parent() || resolvesBeside(r, g, b)
                        || g.parent() == -1 && r.parent() == 0 || g.parent() == 0 && rootAbove(r, b, read))
                        && (g.ifLine() < 0 || r.ifLine() == g.ifLine());
                boolean kindRight = r != null && r.kind().equals(g.kind());
                local.linesRight += parentRight ? 1 : 0;
                local.kindsRight += kindRight ? 1 : 0;
                if (!parentRight) {
                    right = false;
                    errors.add(gold.notePath() + ":" + g.line() + ": gold parent " + g.parent()
                            + (g.ifLine() >= 0 ? " if=" + g.ifLine() : "") + ", read "
                            + (r == null ? "as no step" : "parent " + r.parent() + (r.ifLine() >= 0 ? " if=" + r.ifLine() : "")));
                }
                if (!kindRight) {
                    errors.add(gold.notePath() + ":" + g.line() + ": gold kind " + g.kind() + ", read "
                            + (r == null ? "as no step" : r.kind()));
                }
            }
            local.blocksRight += right ? 1 : 0;
        }
        f.add(local);
        total.add(local);
    }

    /*
     * A gold root (parent -1) read as a top-level step of a block whose root is implied (parent 0) is
     * at the top of the block either way: the implied root is no line of the note.
     */

    /** How far above a block's first line (its fence, a blank line) the root it implies may stand. */
    private static final int ROOT_ABOVE_LINES = 3;

    /**
     * Whether a top-level step of a gold block without a root line (parent 0) is read under a root
     * just above the block's range (at most {@link #ROOT_ABOVE_LINES} lines): the root the gold implies,
     * found on its own line — not the root of some other block further up.
     */
    private static boolean rootAbove(Reading r, GoldSet.GoldBlock b, Map<Integer, Reading> read) {
        Reading parent = read.get(r.parent());
        return r.parent() > 0 && r.parent() < b.first() && b.first() - r.parent() <= ROOT_ABOVE_LINES && parent != null
                && parent.kind().equals("root");
    }

    /**
     * Whether a resolved target ({@code =>} in the call dialect), which the model keeps as a child of
     * the indirect call it resolves, stands where the gold puts it beside that call: the same tree,
     * drawn the other way.
     */
    private static boolean resolvesBeside(Reading r, GoldSet.GoldLine g, GoldSet.GoldBlock b) {
        if (!r.resolvedTarget()) {
            return false;
        }
        return b.lines().stream().anyMatch(o -> o.line() == r.parent() && o.parent() == g.parent() && !o.ambiguous());
    }

    /** Every line that starts a root or step, with its parent line (0 for an implied root) and kind. */
    static Map<Integer, Reading> readings(Note note) {
        Map<Integer, Reading> out = new HashMap<>();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                int rootLine = r.kind() == RootKind.IMPLIED ? 0 : r.range().line();
                if (rootLine > 0) {
                    out.put(rootLine, new Reading(-1, "root", -1, false));
                }
                walk(r.body(), rootLine, out);
            }
        }
        return out;
    }

    private static void walk(List<Step> steps, int parent, Map<Integer, Reading> out) {
        for (Step s : steps) {
            out.put(s.range().line(), new Reading(parent, s.kind().id(), -1, s.role() == StepRole.RESOLVED_TARGET));
            walk(s.children(), s.range().line(), out);
            for (Step alt : s.alternatives()) {
                out.put(alt.range().line(), new Reading(parent, alt.kind().id(), s.range().line(), false));
                walk(alt.children(), alt.range().line(), out);
            }
        }
    }

    public Figures total() {
        return total;
    }

    public Map<String, Figures> byRepository() {
        return byRepo;
    }

    public List<String> errors() {
        return errors;
    }
}
