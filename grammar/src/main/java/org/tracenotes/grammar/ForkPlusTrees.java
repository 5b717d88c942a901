package org.tracenotes.grammar;

/**
 * A call tree drawn with forks in a fence: a call that has callees ends with {@code - +}, the fork, and
 * each callee stands on a line of its own led by {@code - } or {@code | - }, its dash under the fork of its
 * caller (a callee's column says whose it is, however far right).
 * <pre>
 * dev_remove - +
 *              | - dev_detach - +
 *                               - port_detach     // for each port
 *              | - dev_free
 * </pre>
 * The fence is such a tree when its first line is a name ending with a fork, at least {@link #MIN_FORKS}
 * lines end with one, and every other line is a callee's (led by a dash), another caller's ending with a
 * fork, or a comment. The dashes and stems before a callee are a margin the lexer skips, so that a step's
 * depth is its name's column; the fork stays in the step's text, where it reads as nothing.
 */
final class ForkPlusTrees {

    /** How many lines end with a fork, at least. */
    private static final int MIN_FORKS = 2;

    private ForkPlusTrees() {
    }

    /** Whether lines {@code first}..{@code last} of a fence are such a tree; when they are, marks the callees' margins. */
    static boolean isTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int head = first;
        while (head <= last && layout.blank(head)) {
            head++;
        }
        if (head > last || !forked(t, layout.start(head), layout.contentEnd(head))) {
            return false;   // the cheap test: the first line ends with a fork
        }
        int forks = 0;
        int callees = 0;
        for (int j = head; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e || LineScan.startsWith(t, p, e, "//")) {
                continue;
            }
            boolean fork = forked(t, s, e);
            forks += fork ? 1 : 0;
            if (calleeStart(t, p, e) >= 0) {
                callees++;
            } else if (!fork || !LineScan.isIdentStart(t[p])) {
                return false;
            }
        }
        if (forks < MIN_FORKS || callees < forks) {
            return false;
        }
        for (int j = head; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            int c = p == e ? -1 : calleeStart(t, p, e);
            if (c >= 0) {
                layout.margins().setEnd(j, c - s);
            }
        }
        return true;
    }

    /** Whether line {@code line} of a trace ends with a fork: the {@code +} there opens no continuation. */
    static boolean endsWithFork(NoteLayout layout, int line) {
        return line >= 0 && line < layout.lineCount() && forked(layout.codePoints(), layout.start(line), layout.contentEnd(line));
    }

    /** Where a callee's text starts past its {@code - } or {@code | - }, or -1 when the stripped line at {@code p} is no callee's. */
    private static int calleeStart(int[] t, int p, int e) {
        int q = p;
        if (t[q] == '|') {
            q = LineScan.skipBlanks(t, q + 1, e);
        }
        if (q + 1 >= e || t[q] != '-' || t[q + 1] != ' ' && t[q + 1] != '\t') {
            return -1;
        }
        q = LineScan.skipBlanks(t, q + 1, e);
        return q < e && t[q] != '-' && t[q] != '+' && t[q] != '|' ? q : -1;
    }

    /** Whether the line [s, e), a comment after {@code //} left out, ends with a fork: a blank, {@code -}, blanks, {@code +}. */
    private static boolean forked(int[] t, int s, int e) {
        int end = e;
        for (int k = s; k + 1 < e; k++) {
            if (t[k] == '/' && t[k + 1] == '/') {
                end = k;
                break;
            }
        }
        int q = LineScan.stripEnd(t, s, end);
        if (q - s < 4 || t[q - 1] != '+') {
            return false;
        }
        int k = q - 2;
        while (k > s && (t[k] == ' ' || t[k] == '\t')) {
            k--;
        }
        return k > s && t[k] == '-' && (t[k - 1] == ' ' || t[k - 1] == '\t') && k < q - 2;
    }
}
