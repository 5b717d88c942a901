package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracenotes.grammar.ArmFenceTrees;

/**
 * Reads what a hand-drawn arm tree in a fence ({@code org.tracenotes.grammar.ArmFenceTrees}, the layout's
 * {@code ARM_FENCE}) draws besides its arms, which the lexer has read one line at a time:
 * <pre>
 * 打开一个widget的路径                 &lt;- a caption in words over the tree: a remark, no root
 * widget_open()
 *     |
 * widget_lookup()                   &lt;- a name under a {@code |} dropped from the name above: its call
 *   |-----widget_hash()
 *   |
 *   |全局锁：只在这里取             &lt;- words right after a rail: a remark
 * 加锁|--widget_lock()                &lt;- a label left of the rail: the arm stands where the rail does
 * </pre>
 * A label's rail stands at the column of the nearest rail above it (the author lines it up by eye, words of
 * other scripts being wider), so the arm after it is read two columns right of its {@code |}, where the
 * layout's other {@code |--} arms stand (the column of the nearest arm drawn from that rail, if one is).
 * Captions are read only over the first arm's root, back to the block's start or a blank line, when each
 * is words or a row of several names (never a line with an arrow or a {@code ;}). Arms and labels are read by
 * {@link ArmFenceTrees}' own readers, in one pass over the block. A tree's root after a blank line ({@code ring_tick()} over
 * {@code |} and {@code ---ring_kick()}) is a root even when it stands right of a name alone above the
 * blank, which has no tree of its own.
 */
final class ArmFenceDepths {

    private ArmFenceDepths() {
    }

    /** The block's lines with labels, joined names, captions and rail remarks read as drawn, when {@code armFence}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, int tabWidth, int fenceIndent, boolean armFence) {
        if (!armFence) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        Map<Integer, List<Integer>> armsByBar = null;   // arm lines led by a `|`, by the column of their arm's `|`
        int firstArm = -1;
        int rail = -1;   // the column of the first `|` of the nearest line above that starts with a rail
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            String s = source.line(l.line());
            int railAbove = rail;
            int lead = skipBlanks(s, 0);
            int label = l.reading() == null ? -1 : ArmFenceTrees.labelBar(s);
            if (lead < s.length() && s.charAt(lead) == '|') {
                rail = width(s, 0, lead, tabWidth);
            } else if (label < 0 && !s.isBlank() && l.reading() != null) {
                rail = -1;
            }
            if (l.isBlank()) {
                continue;
            }
            String stripped = s.strip();
            if (firstArm < 0 && l.reading() != null && ArmFenceTrees.isArm(stripped)) {
                firstArm = i;
            }
            if (l.reading() != null && railRemark(stripped)) {
                out.set(i, l.asCommentLine());   // `|全局锁：…`: words right after the rail
                continue;
            }
            if (label >= 0) {
                int armBar = ArmFenceTrees.armStart(s, label);
                armBar = armBar == label ? label + 1 : armBar;   // `加锁|--f()`: the label's rail is the arm's own
                if (railAbove >= 0 && armBar >= 0) {
                    int at = railAbove + width(s, label, armBar, tabWidth);
                    armsByBar = armsByBar != null ? armsByBar : armsByBar(lines, source, tabWidth);
                    int column = sameArm(out, armsByBar.get(at), i);
                    column = column >= 0 ? column : at + 2 - fenceIndent;
                    out.set(i, new TraceLine(l.line(), column, column, l.arrow(), l.reading(), l.range(), l.comments()));
                }
                continue;
            }
            if (l.reading() != null && l.indent() > 0 && newTree(out, i, source)) {
                out.set(i, new TraceLine(l.line(), 0, l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
                continue;   // a tree's root after a blank line, deeper than a name with no tree of its own: a root
            }
            int above = joinedAbove(out, i, source, tabWidth);
            if (above >= 0) {
                int column = out.get(above).indent() + 1;
                out.set(i, new TraceLine(l.line(), column, Math.max(column, l.textIndent()), l.arrow(), l.reading(), l.range(),
                        l.comments()));
            }
        }
        if (firstArm > 0) {
            captions(out, firstArm, source);
        }
        return out;
    }

    /** Reads the captions over the first arm's root as remarks: words, or a row of several names. */
    private static void captions(List<TraceLine> out, int firstArm, SourceText source) {
        int root = firstArm - 1;
        while (root >= 0 && (out.get(root).isBlank() && !source.line(out.get(root).line()).isBlank()
                || drawing(source.line(out.get(root).line())))) {
            root--;
        }
        if (root < 0 || out.get(root).reading() == null) {
            return;
        }
        List<Integer> captions = new ArrayList<>();
        for (int k = root - 1; k >= 0; k--) {
            TraceLine l = out.get(k);
            String s = source.line(l.line());
            if (s.isBlank()) {
                break;
            }
            if (drawing(s)) {
                continue;
            }
            if (l.reading() == null || !caption(s.strip())) {
                return;
            }
            captions.add(k);
        }
        for (int k : captions) {
            out.set(k, out.get(k).asCommentLine());
        }
    }

    /**
     * Whether the stripped line is words right after a rail ({@code |全局锁：…}, {@code |f()只在这里调用}): a
     * {@code |} with no blank or dash after it, and a letter of a script other than Latin in the line.
     */
    private static boolean railRemark(String s) {
        if (s.length() < 2 || s.charAt(0) != '|' || s.charAt(1) == ' ' || s.charAt(1) == '\t' || s.charAt(1) == '|' || ArmFenceTrees.dash(s.charAt(1))) {
            return false;
        }
        return s.chars().anyMatch(ArmFenceTrees::wordLetter);
    }

    /** The lines of arms led by a {@code |} ({@code |----f()}, {@code |   |--g()}), by the column of their arm's {@code |}. */
    private static Map<Integer, List<Integer>> armsByBar(List<TraceLine> lines, SourceText source, int tabWidth) {
        Map<Integer, List<Integer>> arms = new HashMap<>();
        for (int k = 0; k < lines.size(); k++) {
            if (lines.get(k).reading() == null) {
                continue;
            }
            String s = source.line(lines.get(k).line());
            int p = skipBlanks(s, 0);
            if (p < s.length() && s.charAt(p) == '|' && ArmFenceTrees.isArm(s)) {
                int bar = ArmFenceTrees.armStart(s, p);
                arms.computeIfAbsent(width(s, 0, bar, tabWidth), c -> new ArrayList<>()).add(k);
            }
        }
        return arms;
    }

    /**
     * The indent of the arm nearest line {@code i} among {@code arms} (ascending lines whose arm's {@code |}
     * stands at the label's column), the one above on a tie: where the layout reads arms drawn from that rail;
     * else -1.
     */
    private static int sameArm(List<TraceLine> out, List<Integer> arms, int i) {
        if (arms == null) {
            return -1;
        }
        int at = java.util.Collections.binarySearch(arms, i);
        int next = at >= 0 ? at + 1 : -at - 1;
        int above = at >= 0 ? at - 1 : next - 1;
        int k = above < 0 ? -1 : arms.get(above);
        if (next < arms.size() && (k < 0 || arms.get(next) - i < i - k)) {
            k = arms.get(next);
        }
        return k < 0 ? -1 : out.get(k).indent();
    }

    /** Whether the stripped line is a caption: it holds a letter of a script other than Latin, or several calls, before any remark. */
    private static boolean caption(String s) {
        int remark = s.indexOf("//");
        s = remark > 0 ? s.substring(0, remark) : s;
        remark = s.indexOf('#');
        s = remark > 0 ? s.substring(0, remark) : s;
        if (s.contains("->") || s.contains("=>") || s.contains("\u2192")) {
            return false;   // `a() -> b()`: a chain, never a caption
        }
        int calls = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (ArmFenceTrees.wordLetter(c)) {
                return true;
            }
            calls += c == ')' && k > 0 && s.charAt(k - 1) == '(' ? 1 : 0;
        }
        return calls >= 2 && s.indexOf(';') < 0;
    }

    /** Whether the line draws only rails and bars: {@code |}, {@code -} and blanks. */
    private static boolean drawing(String s) {
        return !s.isBlank() && s.chars().allMatch(c -> c == '|' || c == '-' || c == ' ' || c == '\t');
    }

    /**
     * Whether line {@code i}, no arm and after a blank line, roots a tree of its own: below it, past lines of
     * rails alone, an arm; above it, past the blank, the nearest step is no arm and stands left of it (a name
     * alone, with no tree under it), which its indentation alone would nest it under.
     */
    private static boolean newTree(List<TraceLine> out, int i, SourceText source) {
        String s = source.line(out.get(i).line()).strip();
        if (ArmFenceTrees.isArm(s) || s.startsWith("|")) {
            return false;
        }
        int k = i - 1;
        boolean blank = false;
        while (k >= 0 && source.line(out.get(k).line()).isBlank()) {
            blank = true;
            k--;
        }
        if (!blank || k < 0 || out.get(k).reading() == null || out.get(k).indent() >= out.get(i).indent()) {
            return false;
        }
        String a = source.line(out.get(k).line()).strip();
        if (ArmFenceTrees.isArm(a) || a.startsWith("|") || a.endsWith(";") || a.endsWith("{") || a.endsWith(",")) {
            return false;
        }
        for (int m = i + 1; m < out.size(); m++) {
            String b = source.line(out.get(m).line()).strip();
            if (b.isEmpty() || b.chars().allMatch(c -> c == '|' || c == ' ' || c == '\t')) {
                if (b.isEmpty()) {
                    return false;
                }
                continue;
            }
            return ArmFenceTrees.isArm(b);
        }
        return false;
    }

    /**
     * The line above {@code i} whose name the line's name hangs from: a step that is no arm, at the same
     * column, over lines of rails alone whose first rail stands under its name; else -1.
     */
    private static int joinedAbove(List<TraceLine> out, int i, SourceText source, int tabWidth) {
        TraceLine l = out.get(i);
        String s = source.line(l.line());
        if (l.reading() == null || ArmFenceTrees.isArm(s) || s.strip().startsWith("|")) {
            return -1;
        }
        int stems = 0;
        int rail = -1;
        for (int k = i - 1; k >= 0; k--) {
            TraceLine o = out.get(k);
            String a = source.line(o.line());
            if (a.isBlank()) {
                return -1;
            }
            String stripped = a.strip();
            if (stripped.chars().allMatch(c -> c == '|' || c == ' ' || c == '\t')) {
                stems++;
                rail = width(a, 0, a.indexOf('|'), tabWidth);
                continue;
            }
            if (stems == 0 || o.reading() == null || ArmFenceTrees.isArm(stripped) || stripped.startsWith("|")) {
                return -1;
            }
            int from = width(a, 0, skipBlanks(a, 0), tabWidth);
            int to = from + stripped.indexOf(')') + 1;
            boolean under = rail >= from && rail < Math.max(to, from + 1);
            return under && width(s, 0, skipBlanks(s, 0), tabWidth) == from ? k : -1;
        }
        return -1;
    }


    private static int skipBlanks(String s, int k) {
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }

    /** The width of {@code s} from {@code from} to {@code to}, tabs to multiples of {@code tabWidth} counted from {@code from}. */
    private static int width(String s, int from, int to, int tabWidth) {
        int w = 0;
        for (int k = from; k < to; k++) {
            w = s.charAt(k) == '\t' ? w + tabWidth - w % tabWidth : w + 1;
        }
        return w;
    }
}
