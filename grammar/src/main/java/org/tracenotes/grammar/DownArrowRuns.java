package org.tracenotes.grammar;

/**
 * Steps joined by down-arrow lines: a comment line holding only a downward arrow ({@code // ||} then
 * {@code // \/}, {@code # ↓}) between two steps makes the step below the callee of the
 * step above, though both stand at the margin.
 * <pre>
 * long do_open(int fd, const char *name,
 *              int flags);
 * //        ||
 * //        \/
 * struct file *open_path(struct walk *w);
 * </pre>
 * A run of text lines (up to a blank line) is a trace block when two or more arrow groups in it each
 * stand between code lines: a step, arrows (and comments), a step; so is a fence whose content does
 * that, its arrows bare ({@code ||} then {@code \\/}, {@code ↓}) or in comments. The arrows stay comments.
 */
public final class DownArrowRuns {

    private static final int MIN_JOINS = 2;

    private DownArrowRuns() {
    }

    /**
     * Whether {@code text} is a line holding only a downward arrow: in a comment ({@code //} or
     * {@code #}: a strict one, {@link DownConnectors#isStrict}; a lone {@code |} or {@code v} is too
     * common a mark in a comment to say "calls"), or bare
     * ({@link #isBareDownArrow}).
     */
    public static boolean isDownArrow(String text) {
        int p = 0;
        int n = text.length();
        while (p < n && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p + 1 < n && text.charAt(p) == '/' && text.charAt(p + 1) == '/') {
            p += 2;
        } else if (p < n && text.charAt(p) == '#') {
            p++;
        } else {
            return isBareDownArrow(text.substring(p));
        }
        return DownConnectors.isStrict(text.substring(p).strip());
    }

    /**
     * Whether {@code rest} (a line past its margin) is a bare downward arrow, a strict one
     * ({@link DownConnectors#isStrict}): {@code ||}, {@code \\/}, {@code ↓}, {@code ⬇}, {@code ⇓}. A bare {@code |} or {@code v} is no arrow here: it is a stem or the
     * close of a bracket ({@link Connectors}).
     */
    public static boolean isBareDownArrow(String rest) {
        if (rest.isEmpty() || !DownConnectors.mayStartStrict(rest.charAt(0))) {
            return false;   // the cheap test
        }
        return DownConnectors.isStrict(rest.strip());
    }

    /**
     * Marks as trace blocks the runs of text lines of {@code layout} whose steps down-arrow lines join.
     * A line is tried only when it starts with {@code /} or {@code #}.
     */
    static void unfencedRuns(NoteLayout layout) {
        int n = layout.lineCount();
        int blockId = -1;
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !arrowLine(layout, i)) {
                i++;
                continue;
            }
            int first = layout.paragraphStart(i);
            int last = layout.paragraphEnd(i);
            if (joinsSteps(layout, first, last, false)) {
                if (blockId < 0) {
                    blockId = FlatChainRuns.nextBlockId(layout);
                }
                layout.markTrace(first, last, blockId++);
            }
            i = last + 1;
        }
    }

    /**
     * Whether two or more groups of down-arrow lines among lines {@code first}..{@code last} each stand
     * between code lines: in a fence ({@code fenced}) the arrows may be bare and the code indented; among
     * text lines the arrows are in comments and the code at the margin.
     */
    static boolean joinsSteps(NoteLayout layout, int first, int last, boolean fenced) {
        int[] t = layout.codePoints();
        if (first > last || !anyDownArrow(t, layout.start(first), layout.contentEnd(last))) {
            return false;   // the cheap reject, one scan of the code points: no arrow at all (most blocks)
        }
        int joins = 0;
        boolean call = false;   // a step written as a call or a prototype, with its parentheses
        boolean codeAbove = false;
        boolean arrowSince = false;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p == e) {
                continue;   // blank
            }
            int c = t[p];
            if (c == '/' || c == '#') {
                arrowSince |= codeAbove && arrowLine(layout, j, p);
                continue;   // an arrow, or a comment between the arrows and the step
            }
            if (c == '*') {
                continue;
            }
            if (fenced && bareArrow(t, p, e)) {
                arrowSince |= codeAbove;
                continue;
            }
            if (LineScan.isIdentStart(c) && (fenced || p == layout.start(j))) {
                joins += arrowSince ? 1 : 0;
                codeAbove = true;
                arrowSince = false;
                for (int k = p; k < e && !call; k++) {
                    call = t[k] == '(';
                }
            }
        }
        return joins >= MIN_JOINS && call;   // a flowchart of stages in words (`NIC` ↓ `driver`) joins no calls
    }

    /** Whether code points [from, to) hold a down arrow's start: {@code ↓ ⬇ ⇓}, {@code ||} or {@code \/}. */
    private static boolean anyDownArrow(int[] t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (DownConnectors.startsStrict(t, k, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether code points [p, e) of a line are a bare down arrow ({@link #isBareDownArrow}), read without making its text. */
    private static boolean bareArrow(int[] t, int p, int e) {
        return DownConnectors.isStrict(t, p, LineScan.stripEnd(t, p, e));
    }

    private static boolean arrowLine(NoteLayout layout, int j) {
        int p = LineScan.stripStart(layout.codePoints(), layout.start(j), layout.contentEnd(j));
        return arrowLine(layout, j, p);
    }

    /** Whether line {@code j}, its text starting at code point {@code p}, is a commented down arrow. */
    private static boolean arrowLine(NoteLayout layout, int j, int p) {
        int c = p < layout.contentEnd(j) ? layout.codePoints()[p] : ' ';
        if (c != '/' && c != '#') {
            return false;
        }
        // past the marker and blanks, an arrow starts with one of these: only then is the line's text made
        int[] t = layout.codePoints();
        int q = LineScan.skipBlanks(t, c == '/' ? p + 2 : p + 1, layout.contentEnd(j));
        return q < layout.contentEnd(j) && DownConnectors.mayStartStrict(t[q]) && isDownArrow(layout.lineText(j));
    }
}
