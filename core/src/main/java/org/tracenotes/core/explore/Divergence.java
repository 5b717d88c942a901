package org.tracenotes.core.explore;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.tracenotes.core.kernel.PageFlag;
import org.tracenotes.core.run.RunResult;

/**
 * Where a note and the kernel's reference trace, run on the same state, end differently — result,
 * PG_hwpoison or net refcount — and where their paths part. The two call sequences (functions the
 * note knows, in order) are aligned by their longest common subsequence; each gap is a parting: a
 * call the note makes and the kernel does not (at that call's note line), or calls the kernel makes
 * and the note does not (at the note's last line in the frame that would have made them).
 *
 * @param difference what differs, e.g. {@code note returns -16 (-EBUSY), kernel -5 (-EIO)}
 * @param partings   each parting's note line and what happens there, in order
 */
public record Divergence(String difference, List<Parting> partings) {

    /** One gap in the alignment; {@code key} names its side and first call, to recognise the same gap across runs. */
    public record Parting(int line, String what, String key) { }

    /**
     * A call seen in a run: the function, the depth of the frame that made it, the note line running
     * then, and the last note line at each frame depth (to place a gap at the right frame).
     */
    record Call(String function, int callerDepth, int line, int[] depthLines) { }

    public Divergence {
        partings = List.copyOf(partings);
    }

    /** The first parting's line, or 0. */
    public int firstLine() {
        return partings.isEmpty() ? 0 : partings.get(0).line();
    }

    static Divergence of(RunResult note, org.tracenotes.core.kernel.PageModel noteModel, List<Call> noteCalls,
                         RunResult ref, org.tracenotes.core.kernel.PageModel refModel, List<Call> refCalls) {
        String difference = difference(note, ref);
        if (noteModel.oldFolioRefs() != refModel.oldFolioRefs()) {
            String old = noteModel.oldFolioRefs() + " reference(s) left on the folio the page left in the note, "
                    + refModel.oldFolioRefs() + " in the kernel";
            difference = difference == null ? old : difference + "; " + old;
        }
        if (difference == null) {
            return null;
        }
        List<Call> a = noteCalls.subList(0, noteCalls.size() - 1);
        List<Call> b = refCalls.subList(0, refCalls.size() - 1);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).function().equals(b.get(j).function()) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Parting> partings = new ArrayList<>();
        int i = 0;
        int j = 0;
        Call end = noteCalls.get(noteCalls.size() - 1);
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).function().equals(b.get(j).function())) {
                i++;
                j++;
                continue;
            }
            List<String> noteOnly = new ArrayList<>();
            List<String> refOnly = new ArrayList<>();
            int noteLine = 0;
            int refDepth = -1;
            while (i < a.size() || j < b.size()) {
                if (i < a.size() && j < b.size() && a.get(i).function().equals(b.get(j).function())) {
                    break;
                }
                if (j >= b.size() || i < a.size() && lcs[i + 1][j] >= lcs[i][j + 1]) {
                    if (noteOnly.isEmpty()) {
                        noteLine = a.get(i).line();
                    }
                    noteOnly.add(a.get(i).function());
                    i++;
                } else {
                    if (refOnly.isEmpty()) {
                        refDepth = b.get(j).callerDepth();
                    }
                    refOnly.add(b.get(j).function());
                    j++;
                }
            }
            if (!noteOnly.isEmpty()) {
                partings.add(new Parting(noteLine, "the note calls " + names(noteOnly) + (refOnly.isEmpty() ? ""
                        : " where the kernel calls " + names(refOnly)), noteLine + " note " + noteOnly.get(0)));
            } else {
                Call next = i < a.size() ? a.get(i) : end;
                int line = refDepth >= 0 && refDepth < next.depthLines().length && next.depthLines()[refDepth] > 0
                        ? next.depthLines()[refDepth] : next.line();
                partings.add(new Parting(line, "the kernel goes on to call " + names(refOnly) + "; the note does not",
                        line + " kernel " + refOnly.get(0)));
            }
        }
        return new Divergence(difference, partings);
    }

    private static String names(List<String> fs) {
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(fs));
        String s = String.join(", ", distinct.subList(0, Math.min(3, distinct.size())));
        return s + (distinct.size() > 3 ? " …" : "") + (fs.size() > distinct.size() ? " (" + fs.size() + " calls)" : "");
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
