package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.List;

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
 * as functions are ({@code _} in them, or {@code ()} after them). An {@code _} alone is no evidence
 * (snake_case is the usual Graphviz node id: order states {@code new_order -> payment_pending}, crate
 * dependencies {@code my_app -> http_client}, build steps {@code fetch_sources -> run_configure}), so the
 * graph must also draw a call path: a name written {@code name()}, or an arrow-led line continuing the
 * edge above ({@code -> parse_opts} aligned under the first arrow), as a call path is written. A graph of
 * states or modules ({@code idle -> running}, {@code Parser -> Lexer}) stays a listing.
 *
 * <p>Edge lines are scanned by hand (a regex with several {@code \s*} in a row backtracks without end on a
 * long run of blanks). The core's {@code DotCallChains} reads the same lines with {@link #edge} and decides with
 * {@link #isCodeName} and {@link #isCallGraph(int, int, boolean)}: one definition of each.
 */
public final class DotCallGraphs {

    /**
     * An edge statement's names: {@code continued} when the line is led by {@code ->}; {@code attributes}
     * when an {@code [...]} follows the names.
     */
    public record Edge(boolean continued, List<String> names, boolean attributes) {
    }

    private DotCallGraphs() {
    }

    /** Whether {@code s} (a line, leading blanks allowed) opens a graph: {@code [strict] digraph [name] {}. */
    public static boolean isHead(CharSequence s) {
        int n = s.length();
        int k = blanks(s, 0, n);
        if (startsWord(s, k, n, "strict")) {
            int after = k + 6;
            int b = blanks(s, after, n);
            if (b == after) {
                return false;
            }
            k = b;
        }
        if (!startsWord(s, k, n, "digraph")) {
            return false;
        }
        k += 7;
        while (k < n && s.charAt(k) != '{') {
            k++;
        }
        return k < n && blanks(s, k + 1, n) == n;
    }

    /**
     * The edge statement {@code s} holds ({@code [->] a -> b() -> c [attributes] [;] [// remark]}), or null:
     * every name a C identifier, perhaps followed by {@code ()}.
     */
    public static Edge edge(CharSequence s) {
        int n = s.length();
        int k = blanks(s, 0, n);
        boolean continued = arrow(s, k, n);
        if (continued) {
            k = blanks(s, k + 2, n);
        }
        List<String> names = new ArrayList<>();
        while (true) {
            int e = name(s, k, n);
            if (e < 0) {
                return null;
            }
            names.add(s.subSequence(k, e).toString());
            k = blanks(s, e, n);
            if (!arrow(s, k, n)) {
                break;
            }
            k = blanks(s, k + 2, n);
        }
        boolean attributes = false;
        if (k < n && s.charAt(k) == '[') {
            int close = k + 1;
            while (close < n && s.charAt(close) != ']') {
                close++;
            }
            if (close == n) {
                return null;
            }
            attributes = true;
            k = blanks(s, close + 1, n);
        }
        if (k < n && s.charAt(k) == ';') {
            k = blanks(s, k + 1, n);
        }
        if (k < n && !(k + 1 < n && s.charAt(k) == '/' && s.charAt(k + 1) == '/')) {
            return null;
        }
        return new Edge(continued, names, attributes);
    }

    /** Whether an edge's name is written as a function is: {@code _} in it, or {@code ()} after it. */
    public static boolean isCodeName(String name) {
        return name.indexOf('_') >= 0 || name.endsWith("()");
    }

    /**
     * Whether a graph whose edges hold {@code names} names, {@code coded} of them {@link #isCodeName code names},
     * is a call graph: most names are code names, and {@code drawnAsCalls} (a {@code name()}, or an arrow-led
     * line continuing the edge above) shows a call path.
     */
    public static boolean isCallGraph(int names, int coded, boolean drawnAsCalls) {
        return names >= 2 && 2 * coded > names && drawnAsCalls;
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
                || !isHead(new String(t, layout.start(j), layout.contentEnd(j) - layout.start(j)))) {
            return false;
        }
        int names = 0;
        int coded = 0;
        int edges = 0;
        boolean drawn = false;
        for (int k = j + 1; k <= last; k++) {
            int s = layout.start(k);
            int e = layout.contentEnd(k);
            if (LineScan.indexOf(t, s, e, "->") < 0) {
                continue;
            }
            Edge edge = edge(new String(t, s, e - s));
            if (edge == null) {
                continue;
            }
            for (String n : edge.names()) {
                names++;
                coded += isCodeName(n) ? 1 : 0;
                drawn |= n.endsWith("()");
            }
            drawn |= edge.continued();
            edges++;
        }
        return edges > 0 && isCallGraph(names, coded, drawn);
    }

    private static boolean arrow(CharSequence s, int k, int n) {
        return k + 1 < n && s.charAt(k) == '-' && s.charAt(k + 1) == '>';
    }

    /** The end of a C identifier (with an optional {@code ()}) at {@code k}, or -1. */
    private static int name(CharSequence s, int k, int n) {
        if (k >= n || !(isLetter(s.charAt(k)) || s.charAt(k) == '_')) {
            return -1;
        }
        int e = k + 1;
        while (e < n && isWord(s.charAt(e))) {
            e++;
        }
        if (e + 1 < n && s.charAt(e) == '(' && s.charAt(e + 1) == ')') {
            e += 2;
        }
        return e;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isWord(char c) {
        return isLetter(c) || c >= '0' && c <= '9' || c == '_';
    }

    private static boolean startsWord(CharSequence s, int k, int n, String w) {
        if (k + w.length() > n) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (s.charAt(k + i) != w.charAt(i)) {
                return false;
            }
        }
        return k + w.length() == n || !isWord(s.charAt(k + w.length()));
    }

    /** The first index at or after {@code k} that is no regex {@code \s} blank. */
    private static int blanks(CharSequence s, int k, int n) {
        while (k < n && isBlank(s.charAt(k))) {
            k++;
        }
        return k;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
