package org.tracenotes.grammar;

/**
 * A fence cut into segments by rule lines, each segment a thing of its own: a short call tree first,
 * then the source of each function it names, copied in between rules.
 * <pre>
 * widget_open
 *   widget_lookup
 *     widget_get
 *
 * ++++++++++++++++++++++++++++++++
 * int widget_open(struct widget *w)
 * {
 *     ....
 *     return widget_lookup(w);
 * }
 * ++++++++++++++++++++++++++++++++
 * static int widget_lookup(struct widget *w)
 * ...
 * </pre>
 * A rule line is a run of at least {@link #MIN_RULE} of one of {@code + - = * _} alone on its line (the
 * separators authors draw, a Markdown thematic break among them). Read as one listing, such a fence
 * fails every test of a trace: the copied code outweighs the tree. Read segment by segment, the tree is
 * a call tree ({@link TraceLookAlikes#isTraceBlock}), and the fence is a trace whose other segments are
 * the code the tree walks, read as quoted definitions. A fence with no rule line, none of whose
 * segments is a trace on its own, or none of whose other segments is C code (a build log between rules),
 * is left as it was found.
 */
final class RuledSegments {

    /** The fewest characters of a rule line. */
    private static final int MIN_RULE = 3;

    private RuledSegments() {
    }

    /** Whether lines {@code first}..{@code last} (a fence's content) hold a rule line and a segment that is a trace alone. */
    static boolean isFencedTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int rules = 0;
        for (int j = first; j <= last; j++) {
            rules += isRule(t, layout.start(j), layout.contentEnd(j)) ? 1 : 0;
        }
        if (rules == 0) {
            return false;   // the cheap test that ends it for almost every fence
        }
        int segments = 0;
        boolean trace = false;
        boolean code = false;
        int from = first;
        for (int j = first; j <= last + 1; j++) {
            if (j <= last && !isRule(t, layout.start(j), layout.contentEnd(j))) {
                continue;
            }
            int a = firstNonBlank(layout, from, j - 1);
            if (a >= 0) {
                segments++;
                int b = lastNonBlank(layout, a, j - 1);
                boolean tree = TraceLookAlikes.isTraceBlock(layout, a, b, true);
                trace = trace || tree;
                code = code || !tree && holdsCode(t, layout, a, b);
            }
            from = j + 1;
        }
        return trace && code && segments >= 2;   // a rule only above or below one run of lines divides nothing
    }

    /** Whether a line of {@code a}..{@code b} ends as C code does ({@code ;}, {@code {}, {@code }}): copied source, not a log. */
    private static boolean holdsCode(int[] t, NoteLayout layout, int a, int b) {
        for (int j = a; j <= b; j++) {
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            if (e > layout.start(j) && (t[e - 1] == ';' || t[e - 1] == '{' || t[e - 1] == '}')) {
                return true;
            }
        }
        return false;
    }

    /** Whether code points {@code from}..{@code to} are a rule line: one of {@link RuleLines#DIVIDER}, at least {@link #MIN_RULE}, alone. */
    static boolean isRule(int[] t, int from, int to) {
        return RuleLines.isRuleLine(t, from, to, RuleLines.DIVIDER, MIN_RULE);
    }

    private static int firstNonBlank(NoteLayout layout, int from, int to) {
        for (int j = from; j <= to; j++) {
            if (!layout.blank(j)) {
                return j;
            }
        }
        return -1;
    }

    private static int lastNonBlank(NoteLayout layout, int from, int to) {
        for (int j = to; j >= from; j--) {
            if (!layout.blank(j)) {
                return j;
            }
        }
        return -1;
    }
}
