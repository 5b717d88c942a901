package org.tracenotes.grammar;

/**
 * "Skeleton code" ({@link CodeShapedTraces}): a fence of function definitions in call order, each cut
 * down to a body of a few statements that calls the function defined right below it, the last landing
 * perhaps a bare call ({@code __do_softirq()}). What tells it from a listing of C: a listing follows the
 * source, where a helper is defined before its callers, and its bodies are whole.
 *
 * <p>Every line at the fence's margin must belong to a definition (its head, its braces) or be a bare
 * call standing where a definition would; any other top-level line (a declaration ending with
 * {@code ;}, a structure, a directive) makes the fence a listing. The chain needs
 * {@value CodeShapedTraces#MIN_SKELETON_DEFINITIONS} definitions at least, at least two links, and links
 * between at least half of the neighbouring definitions.
 */
final class SkeletonChain {

    /** Lines a definition's head may spill over (wrapped parameters) before its {@code {}. */
    private static final int MAX_HEAD_LINES = 4;
    /** Lines a skeleton definition's body spans at most, blank lines and comments among its few statements included. */
    private static final int MAX_BODY_LINES = 16;

    private SkeletonChain() {
    }

    /** Whether fenced lines {@code first}..{@code last}, whose least indent is {@code margin} blanks, are a skeleton chain. */
    static boolean isChain(NoteLayout layout, int first, int last, int margin) {
        int[] t = layout.codePoints();
        // per definition: the name's [from, to) and the body's lines [from, to]; a bare landing has no body
        int[] names = new int[2 * 8];
        int[] bodies = new int[2 * 8];
        int defs = 0;
        int j = first;
        while (j <= last) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e || CallTreeLine.comment(t, p, e)) {
                j++;
                continue;
            }
            if (p - s != margin || !LineScan.isIdentStart(t[p])) {
                return false;   // a line outside any definition's body, not at the margin: no skeleton
            }
            e = LineScan.stripEnd(t, p, e);
            int paren = LineScan.indexOf(t, p, e, "(");
            if (paren < 0 || t[e - 1] == ';' || CallTreeLine.isHeader(t, p, paren + 1)) {
                return false;
            }
            int nameEnd = paren;
            while (nameEnd > p && t[nameEnd - 1] == ' ') {
                nameEnd--;
            }
            int nameStart = nameEnd;
            while (nameStart > p && LineScan.isIdentPart(t[nameStart - 1])) {
                nameStart--;
            }
            if (defs * 2 == names.length) {
                names = java.util.Arrays.copyOf(names, names.length * 2);
                bodies = java.util.Arrays.copyOf(bodies, bodies.length * 2);
            }
            names[2 * defs] = nameStart;
            names[2 * defs + 1] = nameEnd;
            int open = bodyOpen(layout, t, j, last, margin);
            if (open < 0) {
                if (t[e - 1] != ')' || nextCode(layout, t, j + 1, last) <= last) {
                    return false;   // no body and not the last landing: a prototype or a call at the margin
                }
                bodies[2 * defs] = -1;
                defs++;
                break;
            }
            int close = bodyClose(layout, t, open, last);
            if (close < 0 || statements(layout, t, open + 1, close - 1) > CodeShapedTraces.MAX_SKELETON_STATEMENTS) {
                return false;
            }
            bodies[2 * defs] = open + 1;
            bodies[2 * defs + 1] = close - 1;
            defs++;
            j = close + 1;
        }
        if (defs < CodeShapedTraces.MIN_SKELETON_DEFINITIONS) {
            return false;
        }
        int links = 0;
        for (int k = 0; k + 1 < defs; k++) {
            if (bodies[2 * k] >= 0 && calls(layout, t, bodies[2 * k], bodies[2 * k + 1], names[2 * k + 2], names[2 * k + 3])) {
                links++;
            }
        }
        return links >= 2 && links * 2 >= defs - 1;
    }

    /** The line whose last character is the {@code {} opening the body of the definition headed at line {@code head}, or -1. */
    private static int bodyOpen(NoteLayout layout, int[] t, int head, int last, int margin) {
        for (int j = head; j <= last && j < head + MAX_HEAD_LINES; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p == e) {
                return -1;   // a blank line before any brace: no definition
            }
            e = LineScan.stripEnd(t, p, e);
            if (t[e - 1] == '{') {
                return j;
            }
            if (t[e - 1] == ';' || j > head && t[p] != '{' && p - layout.start(j) <= margin) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The line whose {@code }} closes the body opened at line {@code open}, or -1; braces counted character
     * by character, over {@value #MAX_BODY_LINES} lines at most (a skeleton's body is short).
     */
    private static int bodyClose(NoteLayout layout, int[] t, int open, int last) {
        int depth = 0;
        for (int j = open; j <= last && j <= open + MAX_BODY_LINES; j++) {
            int e = layout.contentEnd(j);
            for (int k = layout.start(j); k < e; k++) {
                if (t[k] == '{') {
                    depth++;
                } else if (t[k] == '}' && --depth == 0) {
                    return j;
                }
            }
        }
        return -1;
    }

    /** The statements of lines {@code from}..{@code to}: lines other than blanks, braces and comments. */
    private static int statements(NoteLayout layout, int[] t, int from, int to) {
        int n = 0;
        for (int j = from; j <= to; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            n += p < e && t[p] != '{' && t[p] != '}' && !CallTreeLine.comment(t, p, e) ? 1 : 0;
        }
        return n;
    }

    /** The first line from {@code from} that is neither blank nor a comment, or {@code last + 1}. */
    private static int nextCode(NoteLayout layout, int[] t, int from, int last) {
        for (int j = from; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && !CallTreeLine.comment(t, p, e)) {
                return j;
            }
        }
        return last + 1;
    }

    /** Whether lines {@code from}..{@code to} call the name [n, m): it stands there, whole, before a {@code (}. */
    private static boolean calls(NoteLayout layout, int[] t, int from, int to, int n, int m) {
        if (m <= n) {
            return false;
        }
        for (int j = from; j <= to; j++) {
            int e = layout.contentEnd(j);
            for (int k = layout.start(j); k + (m - n) < e; k++) {
                if (t[k] == t[n] && (k == 0 || !LineScan.isIdentPart(t[k - 1])) && same(t, k, n, m - n)
                        && LineScan.skipBlanks(t, k + (m - n), e) < e && t[LineScan.skipBlanks(t, k + (m - n), e)] == '(') {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean same(int[] t, int a, int b, int n) {
        for (int i = 0; i < n; i++) {
            if (t[a + i] != t[b + i]) {
                return false;
            }
        }
        return true;
    }
}
