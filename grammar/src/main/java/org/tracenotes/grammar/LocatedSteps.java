package org.tracenotes.grammar;

/**
 * A step written as the source location it stands at, as authors copy it from an editor, a tags tool or a
 * crash tool's listing:
 * <pre>
 * kernel/fork.c:copy_process:sched_fork:2618 # note     the call of sched_fork in copy_process, at line 2618
 * mm/zone.c:init_zone:120                               init_zone, at line 120 of mm/zone.c
 * mm/zone.c:120 init_zone()                             init_zone(), at line 120 of mm/zone.c
 * </pre>
 * A location chain is one word without blanks: a C source or header file's path ({@code .c}, {@code .h},
 * {@code .S}, {@code .cc}, {@code .cpp}), then parts joined by {@code :}, the last of them maybe a line number
 * and only the last ({@code mm/x.c:120:EXPORT_SYMBOL(f);} is grep's file, line and matched text, no step);
 * the step is the last part that is no number (the callee, when the parts name caller and callee). C never
 * writes a path followed by a colon, so a line that opens with one is a step, not code. Each test is a scan of
 * code points, no regex, no string built; the first test is the path's extension dot.
 */
public final class LocatedSteps {

    private LocatedSteps() {
    }

    /**
     * Where the step of a location chain opening [p, e) starts (its last part that is no line number), or -1
     * when [p, e) opens with no chain of at least two parts after the path ({@code f:120}, {@code caller:callee})
     * ending the line or before a blank.
     */
    public static int chainedStep(int[] t, int p, int e) {
        int q = pathEnd(t, p, e);
        if (q < 0 || q >= e || t[q] != ':') {
            return -1;
        }
        int parts = 0;
        int step = -1;
        boolean numbered = false;
        while (q < e && t[q] == ':') {
            int from = q + 1;
            int r = partEnd(t, from, e);
            if (r == from || numbered) {
                return -1;   // an empty part, or a part after the line number: grep's `file:line:text`
            }
            if (LineScan.isIdentStart(t[from])) {
                step = from;
            } else if (!digits(t, from, r)) {
                return -1;
            } else {
                numbered = true;
            }
            parts++;
            q = r;
        }
        return parts >= 2 && step >= 0 && (q == e || t[q] == ' ' || t[q] == '\t') ? step : -1;
    }

    /** Where the step at {@code step} of a location chain ({@link #chainedStep}) ends: at its {@code :} or blank. */
    public static int stepEnd(int[] t, int step, int e) {
        return partEnd(t, step, e);
    }

    /** Where the part of a location chain starting at {@code from} ends: at a {@code :} or a blank outside parentheses. */
    private static int partEnd(int[] t, int from, int e) {
        int r = from;
        int depth = 0;
        while (r < e && (depth > 0 || t[r] != ':' && t[r] != ' ' && t[r] != '\t')) {
            depth += t[r] == '(' ? 1 : t[r] == ')' ? -1 : 0;
            r++;
        }
        return r;
    }

    /** Where the location chain whose step starts at {@code step} ends: past the step and its line number. */
    public static int chainEnd(int[] t, int step, int e) {
        int r = stepEnd(t, step, e);
        while (r < e && t[r] == ':') {
            r = stepEnd(t, r + 1, e);
        }
        return r;
    }

    /**
     * Where the call after a leading location with a line number and blanks starts ({@code mm/zone.c:120 init_zone()},
     * {@code zone.c:120  init_zone}), or -1 when [p, e) opens with none.
     */
    public static int afterNumberedPath(int[] t, int p, int e) {
        int q = pathEnd(t, p, e);
        if (q < 0 || q + 1 >= e || t[q] != ':' || !LineScan.isDigit(t[q + 1])) {
            return -1;
        }
        int r = q + 1;
        while (r < e && LineScan.isDigit(t[r])) {
            r++;
        }
        int s = LineScan.skipBlanks(t, r, e);
        return s > r && s < e && LineScan.isIdentStart(t[s]) ? s : -1;
    }

    /** As {@link #chainedStep(int[], int, int)} for {@code s} from {@code q} on, an index into {@code s}. */
    public static int chainedStep(CharSequence s, int q) {
        return inText(s, q, LocatedSteps::chainedStep);
    }

    /** As {@link #stepEnd(int[], int, int)} for {@code s}. */
    public static int stepEnd(CharSequence s, int step) {
        return mayOpenPath(s, step) ? step + stepEnd(SourceLocation.chars(s, step), 0, s.length() - step) : step;
    }

    /** As {@link #afterNumberedPath(int[], int, int)} for {@code s} from {@code q} on, an index into {@code s}. */
    public static int afterNumberedPath(CharSequence s, int q) {
        return inText(s, q, LocatedSteps::afterNumberedPath);
    }

    /** A scan of code points [p, e): where what it finds starts, or -1. */
    private interface Scan {
        int at(int[] t, int p, int e);
    }

    /** {@code scan} run on {@code s} from {@code q} on, its answer an index into {@code s}; -1 when no path may open there. */
    private static int inText(CharSequence s, int q, Scan scan) {
        if (!mayOpenPath(s, q)) {
            return -1;
        }
        int at = scan.at(SourceLocation.chars(s, q), 0, s.length() - q);
        return at < 0 ? -1 : q + at;
    }

    /** Where a C file's path opening [p, e) ends, before its {@code :}, or -1 ({@link SourceLocation#sourcePathEnd}). */
    private static int pathEnd(int[] t, int p, int e) {
        return SourceLocation.sourcePathEnd(t, p, e);
    }

    private static boolean digits(int[] t, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!LineScan.isDigit(t[k])) {
                return false;
            }
        }
        return to > from;
    }

    /** Whether a path may open {@code s} at {@code q} (the cheap test before copying its characters). */
    private static boolean mayOpenPath(CharSequence s, int q) {
        return q < s.length() && s.charAt(q) < 0x80 && (Character.isLetterOrDigit(s.charAt(q)) || "_./~".indexOf(s.charAt(q)) >= 0);
    }
}
