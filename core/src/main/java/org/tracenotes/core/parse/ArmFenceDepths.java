package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;

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
 * is words or a row of several names. A tree's root after a blank line ({@code ring_tick()} over
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
        int firstArm = -1;
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.isBlank()) {
                continue;
            }
            String s = source.line(l.line());
            String stripped = s.strip();
            if (firstArm < 0 && l.reading() != null && arm(stripped)) {
                firstArm = i;
            }
            if (l.reading() != null && railRemark(stripped)) {
                out.set(i, l.asCommentLine());   // `|全局锁：…`: words right after the rail
                continue;
            }
            int label = labelBar(s);
            if (l.reading() != null && label >= 0) {
                int rail = railAbove(out, i, source, tabWidth);
                int armBar = armBar(s, label + 1);
                if (rail >= 0 && armBar >= 0) {
                    int at = rail + width(s, label, armBar, tabWidth);
                    int column = sameArm(out, i, source, tabWidth, at);
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
        if (s.length() < 2 || s.charAt(0) != '|' || s.charAt(1) == ' ' || s.charAt(1) == '\t' || s.charAt(1) == '|' || dash(s.charAt(1))) {
            return false;
        }
        return s.chars().anyMatch(c -> c >= 0x1100 && Character.isLetter(c));
    }

    /**
     * The indent of the arm nearest line {@code i}, above or below it, whose arm's {@code |} stands at column
     * {@code at}: where the layout reads arms drawn from that rail; else -1.
     */
    private static int sameArm(List<TraceLine> out, int i, SourceText source, int tabWidth, int at) {
        for (int d = 1; d < out.size(); d++) {
            for (int k : new int[] {i - d, i + d}) {
                if (k < 0 || k >= out.size() || out.get(k).reading() == null) {
                    continue;
                }
                String s = source.line(out.get(k).line());
                int p = skipBlanks(s, 0);
                if (p < s.length() && s.charAt(p) == '|' && arm(s.strip())) {
                    int bar = armBar(s, p);
                    if (bar >= 0 && width(s, 0, bar, tabWidth) == at) {
                        return out.get(k).indent();
                    }
                }
            }
        }
        return -1;
    }

    /** Whether the stripped line is a caption: it holds a letter of a script other than Latin, or several calls, before any remark. */
    private static boolean caption(String s) {
        int remark = s.indexOf("//");
        s = remark > 0 ? s.substring(0, remark) : s;
        remark = s.indexOf('#');
        s = remark > 0 ? s.substring(0, remark) : s;
        int calls = 0;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x1100 && Character.isLetter(c)) {
                return true;
            }
            calls += c == ')' && k > 0 && s.charAt(k - 1) == '(' ? 1 : 0;
        }
        return calls >= 2 && !s.endsWith(";");
    }

    /** Whether the line draws only rails and bars: {@code |}, {@code -} and blanks. */
    private static boolean drawing(String s) {
        return !s.isBlank() && s.chars().allMatch(c -> c == '|' || c == '-' || c == ' ' || c == '\t');
    }

    /** Whether the stripped line is an arm: {@code |} and two dashes or more, or three dashes or more, then a name. */
    static boolean arm(String s) {
        int k = 0;
        while (k + 1 < s.length() && s.charAt(k) == '|' && (s.charAt(k + 1) == ' ' || s.charAt(k + 1) == '\t')) {
            k = skipBlanks(s, k + 1);
        }
        int d = k < s.length() && s.charAt(k) == '|' ? k + 1 : k;
        int r = d;
        while (r < s.length() && dash(s.charAt(r))) {
            r++;
        }
        if (r - d < (d > k ? 2 : 3)) {
            return false;
        }
        r = skipBlanks(s, r);
        return r < s.length() && (Character.isLetter(s.charAt(r)) && s.charAt(r) < 0x80 || s.charAt(r) == '_');
    }

    /** The {@code |} that ends a label in words leading the line ({@code 栈空间   |    |--f()}), else -1. */
    private static int labelBar(String s) {
        int p = skipBlanks(s, 0);
        boolean words = false;
        for (int k = p; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '|') {
                return words && arm(s.substring(k).strip()) ? k : -1;
            }
            if ("(;=-/#*".indexOf(c) >= 0) {
                return -1;
            }
            words |= c >= 0x1100 && Character.isLetter(c);
        }
        return -1;
    }

    /** The {@code |} of the arm after a label's rail at {@code from} ({@code |    |--f()}: the second), else -1. */
    private static int armBar(String s, int from) {
        int k = skipBlanks(s, from);
        while (k < s.length() && s.charAt(k) == '|' && k + 1 < s.length() && (s.charAt(k + 1) == ' ' || s.charAt(k + 1) == '\t')) {
            k = skipBlanks(s, k + 1);
        }
        if (k < s.length() && s.charAt(k) == '|') {
            return k;
        }
        return k < s.length() && dash(s.charAt(k)) ? k : from - 1;
    }

    /** The column of the first {@code |} of the nearest line above {@code i} that starts with a rail, else -1. */
    private static int railAbove(List<TraceLine> out, int i, SourceText source, int tabWidth) {
        for (int k = i - 1; k >= 0; k--) {
            String s = source.line(out.get(k).line());
            int p = skipBlanks(s, 0);
            if (p < s.length() && s.charAt(p) == '|') {
                return width(s, 0, p, tabWidth);
            }
            if (labelBar(s) < 0 && !s.isBlank() && out.get(k).reading() != null) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether line {@code i}, no arm and after a blank line, roots a tree of its own: below it, past lines of
     * rails alone, an arm; above it, past the blank, the nearest step is no arm and stands left of it (a name
     * alone, with no tree under it), which its indentation alone would nest it under.
     */
    private static boolean newTree(List<TraceLine> out, int i, SourceText source) {
        String s = source.line(out.get(i).line()).strip();
        if (arm(s) || s.startsWith("|")) {
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
        if (arm(a) || a.startsWith("|") || a.endsWith(";") || a.endsWith("{") || a.endsWith(",")) {
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
            return arm(b);
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
        if (l.reading() == null || arm(s.strip()) || s.strip().startsWith("|")) {
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
            if (stems == 0 || o.reading() == null || arm(stripped) || stripped.startsWith("|")) {
                return -1;
            }
            int from = width(a, 0, skipBlanks(a, 0), tabWidth);
            int to = from + stripped.indexOf(')') + 1;
            boolean under = rail >= from && rail < Math.max(to, from + 1);
            return under && width(s, 0, skipBlanks(s, 0), tabWidth) == from ? k : -1;
        }
        return -1;
    }

    private static boolean dash(char c) {
        return c == '-' || c == '\u2014' || c == '\uFF0D';
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
