package org.tracenotes.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Graphviz {@code digraph { … }} in a fence, whatever its info string ({@code dot}, {@code graphviz}, none),
 * whose edges join code names: a call graph drawn to be rendered, read as a trace (the core's
 * {@code DotCallChains} reads its chains):
 * <pre>
 * digraph {
 *     rankdir="LR"
 *     start_thing -&gt; load_config
 *                 -&gt; parse_opts
 *     start_thing -&gt; do_work -&gt; finish_it
 * }
 * </pre>
 * The fence's first line opens the graph ({@code digraph {}, {@code digraph name {}, {@code strict digraph …});
 * its edge lines ({@code a -> b -> c}, perhaps {@code [label=…]} and {@code ;} after them, or led by
 * {@code ->}, continuing the edge above) name C identifiers, and more than half of the names are written
 * as functions are ({@code _} in them, or {@code ()} after them). A graph of states or modules
 * ({@code idle -> running}, {@code Parser -> Lexer}) stays a listing: its names are no code names.
 */
final class DotCallGraphs {

    private static final Pattern HEAD = Pattern.compile("^\\s*(?:strict\\s+)?digraph\\b[^{]*\\{\\s*$");
    private static final String NAME = "[A-Za-z_]\\w*(?:\\(\\))?";
    private static final Pattern EDGE = Pattern.compile("^\\s*(?:->\\s*)?(" + NAME + "(?:\\s*->\\s*" + NAME + ")*)\\s*(?:\\[[^\\]]*\\])?\\s*;?\\s*(?://.*)?$");

    private DotCallGraphs() {
    }

    /** Whether fenced lines {@code first}..{@code last} of {@code layout} are a digraph of call chains. */
    static boolean isCallGraph(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int j = first;
        while (j <= last && LineScan.stripStart(t, layout.start(j), layout.contentEnd(j)) == layout.contentEnd(j)) {
            j++;
        }
        if (j > last) {
            return false;
        }
        int p = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j));
        if (!LineScan.startsWith(t, p, layout.contentEnd(j), "digraph") && !LineScan.startsWith(t, p, layout.contentEnd(j), "strict")
                || !HEAD.matcher(new String(t, layout.start(j), layout.contentEnd(j) - layout.start(j))).matches()) {
            return false;
        }
        int names = 0;
        int coded = 0;
        int edges = 0;
        for (int k = j + 1; k <= last; k++) {
            int s = layout.start(k);
            int e = layout.contentEnd(k);
            if (LineScan.indexOf(t, s, e, "->") < 0) {
                continue;
            }
            Matcher m = EDGE.matcher(new String(t, s, e - s));
            if (!m.matches()) {
                continue;
            }
            for (String n : m.group(1).split("->")) {
                names++;
                coded += n.indexOf('_') >= 0 || n.strip().endsWith("()") ? 1 : 0;
            }
            edges++;
        }
        return edges > 0 && names >= 2 && 2 * coded > names;
    }
}
