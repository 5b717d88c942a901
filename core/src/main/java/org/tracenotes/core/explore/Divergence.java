package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.kernel.PageModel;
import org.tracenotes.core.run.RunResult;

/**
 * How a note and the kernel's reference trace, run on the same state, end — differently or alike —
 * and where their paths part. The two call sequences (the note's own calls; the kernel's calls from
 * the functions the note traces; address lookups left out) are aligned by their longest common
 * subsequence. A parting is a gap — a call the note makes and the kernel does not (at that call's
 * line), or calls the kernel makes and the note does not (at the elided arm the note crossed in that
 * frame, else its last line there) — or a call both make that returns different values (at the
 * note's return line inside it). Partings are ordered by where they happen; a returned value parts
 * after the calls inside it.
 *
 * @param difference what differs in the end (result, PG_hwpoison, refcount), or null when nothing does
 * @param partings   every parting, in order
 */
public record Divergence(String difference, List<Parting> partings) {

    /** Frame depths tracked for placing a parting. */
    static final int DEPTHS = 32;

    /**
     * One parting; {@code key} names its line, side and calls, to recognise the same parting across runs.
     */
    public record Parting(int line, String what, String key) { }

    /** A call seen in a run, with the note's position then and, once it returns, its value. */
    static final class Call {
        static final Call NONE = new Call(null, 0, 0, 0, new int[DEPTHS], new int[DEPTHS], new int[DEPTHS]);

        final String function;
        final int callerDepth;
        final int line;
        final int index;
        final int[] depthLines;
        final int[] elidedLines;
        final int[] elidedAt;
        String value;
        int returnLine;
        int endIndex;

        Call(String function, int callerDepth, int line, int index, int[] depthLines, int[] elidedLines, int[] elidedAt) {
            this.function = function;
            this.callerDepth = callerDepth;
            this.line = line;
            this.index = index;
            this.depthLines = depthLines;
            this.elidedLines = elidedLines;
            this.elidedAt = elidedAt;
            this.endIndex = index + 1;
        }

        void left(String v, int atLine, int end) {
            value = v;
            returnLine = atLine;
            endIndex = end;
        }
    }

    public Divergence {
        partings = List.copyOf(partings);
    }

    /** Whether the two runs end differently. */
    public boolean diverges() {
        return difference != null;
    }

    /** The first parting's line, or 0. */
    public int firstLine() {
        return partings.isEmpty() ? 0 : partings.get(0).line();
    }

    private record Placed(double position, Parting parting) { }

    static Divergence of(RunResult note, PageModel noteModel, List<Call> noteCalls,
                         RunResult ref, PageModel refModel, List<Call> refCalls) {
        String difference = difference(note, ref);
        if (noteModel.oldFolioRefs() != refModel.oldFolioRefs()) {
            String old = noteModel.oldFolioRefs() + " reference(s) left on the folio the page left in the note, "
                    + refModel.oldFolioRefs() + " in the kernel";
            difference = difference == null ? old : difference + "; " + old;
        }
        List<Call> a = noteCalls.subList(0, noteCalls.size() - 1);
        List<Call> b = refCalls.subList(0, refCalls.size() - 1);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).function.equals(b.get(j).function) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Placed> placed = new ArrayList<>();
        int i = 0;
        int j = 0;
        int lastMatched = 0;
        Call end = noteCalls.get(noteCalls.size() - 1);
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).function.equals(b.get(j).function)) {
                Call x = a.get(i);
                Call y = b.get(j);
                if (x.value != null && y.value != null && !x.value.equals(y.value)) {
                    // after the calls inside it; of two calls that end together, the inner one first
                    placed.add(new Placed(x.endIndex - 0.5 - x.index * 1e-6, new Parting(x.returnLine, "`" + x.function
                            + "` returns " + x.value + " here; in the kernel " + y.value,
                            x.returnLine + " value " + x.function + " " + x.value)));
                }
                lastMatched = x.index + 1;
                i++;
                j++;
                continue;
            }
            List<String> noteOnly = new ArrayList<>();
            List<String> refOnly = new ArrayList<>();
            int noteLine = 0;
            int refDepth = -1;
            int at = i < a.size() ? a.get(i).index : a.size();
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).function.equals(b.get(j).function)) {
                    break;
                }
                if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    if (noteOnly.isEmpty()) {
                        noteLine = a.get(i).line;
                    }
                    noteOnly.add(a.get(i).function);
                    i++;
                } else {
                    if (refOnly.isEmpty()) {
                        refDepth = b.get(j).callerDepth;
                    }
                    refOnly.add(b.get(j).function);
                    j++;
                }
            }
            if (!noteOnly.isEmpty()) {
                placed.add(new Placed(at, new Parting(noteLine, "the note calls " + names(noteOnly) + (refOnly.isEmpty() ? ""
                        : " where the kernel calls " + names(refOnly)), noteLine + " note " + noteOnly.get(0))));
            } else {
                Call next = i < a.size() ? a.get(i) : end;
                int line = next.line;
                double position = at - 0.25;
                if (refDepth >= 0 && refDepth < DEPTHS) {
                    if (next.elidedLines[refDepth] > 0 && next.elidedAt[refDepth] >= lastMatched) {
                        line = next.elidedLines[refDepth];
                        // the kernel's calls happen in the arm the note elides: before the values returned after it
                        position = Math.min(position, next.elidedAt[refDepth] - 0.75);
                    } else if (next.depthLines[refDepth] > 0) {
                        line = next.depthLines[refDepth];
                    }
                }
                placed.add(new Placed(position, new Parting(line, "the kernel goes on to call " + names(refOnly)
                        + "; the note does not", line + " kernel " + refOnly.get(0))));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::position));
        return new Divergence(difference, placed.stream().map(Placed::parting).toList());
    }

    private static List<String> distinct(List<String> fs) {
        return new ArrayList<>(new LinkedHashSet<>(fs));
    }

    private static String names(List<String> fs) {
        List<String> d = distinct(fs);
        String s = String.join(", ", d.subList(0, Math.min(3, d.size())));
        return s + (d.size() > 3 ? " …" : "") + (fs.size() > d.size() ? " (" + fs.size() + " calls)" : "");
    }

    /** What differs between the two runs, or null when they end alike. */
    static String difference(RunResult note, RunResult ref) {
        List<String> out = new ArrayList<>();
        String n = Explorer.describe(note);
        String k = Explorer.describe(ref);
        if (!n.equals(k)) {
            out.add("note " + n + ", kernel " + k.replace("returns ", ""));
        }
        boolean nh = note.state().has(PageFlag.HWPOISON);
        boolean kh = ref.state().has(PageFlag.HWPOISON);
        if (nh != kh) {
            out.add("PG_hwpoison " + (nh ? "set" : "clear") + " by the note, " + (kh ? "set" : "clear") + " by the kernel");
        }
        if (note.netRefs() != ref.netRefs()) {
            out.add("net refcount " + signed(note.netRefs()) + " in the note, " + signed(ref.netRefs()) + " in the kernel");
        }
        return out.isEmpty() ? null : String.join("; ", out);
    }

    private static String signed(int n) {
        return (n > 0 ? "+" : "") + n;
    }
}
