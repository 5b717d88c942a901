package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.DotCallGraphs;

/**
 * A Graphviz {@code digraph { … }} whose edges are call chains, as an author draws a call path to render it:
 * <pre>
 * digraph {
 *     rankdir="LR"
 *     node [shape=box]
 *     start_thing -&gt; load_config
 *                 -&gt; parse_opts
 *                 -&gt; open_file
 *     start_thing -&gt; do_work -&gt; finish_it   // a remark
 *     lone_name
 * }
 * </pre>
 * An edge line {@code a -> b -> c} is a chain (each name called by the one before it), its first name a
 * root; a line led by {@code ->} continues the chain of the line above (Graphviz reads
 * {@code -> parse_opts} as an edge from the end of the statement before; the author aligns it under the
 * first arrow): it is called by the last step above, so each continuation nests one level under the one
 * before, a chain, not siblings. A bare node name is a root of its own. The graph's own lines are no steps:
 * the {@code digraph {} head, {@code }}, attribute and boilerplate lines ({@code rankdir=…}, {@code node [...]},
 * {@code edge [...]}, {@code fontname=…}, {@code subgraph {} and what it holds) and a node statement with
 * attributes ({@code fd [style=invis]}). An {@code [label=…]} after an edge is no part of its names.
 *
 * <p>Only a graph of code names is read so: every name of its edges is a C identifier, and most of them
 * ({@code _} in them) are written as functions are; a graph of states or modules ({@code idle -> running},
 * {@code Parser -> Lexer}) keeps the reading it had. Outside a {@code digraph}, an arrow-led line under
 * {@code a -> b} keeps its reading (a sibling under the line above).
 */
final class DotCallChains {

    private DotCallChains() {
    }

    /** The block's lines with a digraph of call chains read as its chains, its graph lines as no steps. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source) {
        int head = -1;
        for (int i = 0; i < lines.size() && head < 0; i++) {
            TraceLine l = lines.get(i);
            if (!l.isBlank()) {
                if (!DotCallGraphs.isHead(source.line(l.line()))) {
                    return lines;
                }
                head = i;
            }
        }
        if (head < 0) {
            return lines;
        }
        char[] shape = new char[lines.size()];   // e edge, c continued, b bare name, t text, n as read
        int names = 0;
        int coded = 0;
        int depth = 0;
        boolean drawn = false;
        for (int i = head; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            String s = code(source.line(l.line()));
            if (l.isBlank() || l.isCommentOnly() || s.isEmpty()) {
                shape[i] = l.isBlank() || l.isCommentOnly() ? 'n' : 't';
                continue;
            }
            boolean inner = depth > 1;   // inside a subgraph
            depth += count(s, '{') - count(s, '}');
            DotCallGraphs.Edge edge = DotCallGraphs.edge(s);
            if (inner || s.indexOf('{') >= 0 || s.indexOf('}') >= 0 || s.indexOf('=') >= 0 && (edge == null || !edge.attributes())) {
                shape[i] = 't';
            } else if (edge != null && !edge.attributes() && !edge.continued() && edge.names().size() == 1) {
                shape[i] = 'b';
            } else if (edge != null && (edge.continued() || edge.names().size() >= 2)) {
                shape[i] = edge.continued() ? 'c' : 'e';
                for (String n : edge.names()) {
                    names++;
                    coded += DotCallGraphs.isCodeName(n) ? 1 : 0;
                    drawn |= n.endsWith("()");
                }
                drawn |= edge.continued();
            } else {
                shape[i] = 't';   // a node with attributes, a statement of the graph
            }
        }
        if (!DotCallGraphs.isCallGraph(names, coded, drawn)) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int chain = -1;   // levels the open chain has reached, -1 when none is open
        for (int i = head; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            char c = i == head ? 't' : shape[i];
            if (c == 'e' || c == 'b') {
                out.set(i, at(named(l, source), 0));
                chain = c == 'e' ? 0 : -1;
            } else if (c == 'c' && chain >= 0) {
                chain++;
                out.set(i, at(named(l, source), chain));
            } else if (c == 't' || c == 'c') {
                out.set(i, new TraceLine(l.line(), 0, 0, Arrow.NONE, null, l.range(), List.of()));
                chain = c == 'c' ? chain : -1;
            }
        }
        return out;
    }

    /**
     * The line read as the call chain it is: {@code a -> b [label="x"]} (which the expression reader takes for an
     * expression) and {@code a -> b} (which it takes for the member access {@code a->b}, named {@code b}) are the
     * call chain {@code a -> b}, its first name the step's; {@code -> b -> c} is named {@code b}.
     */
    private static TraceLine named(TraceLine l, SourceText source) {
        StepReader.Reading r = l.reading();
        String code = code(source.line(l.line()));
        DotCallGraphs.Edge edge = DotCallGraphs.edge(code);
        if (r == null || edge == null) {
            return l;
        }
        String first = edge.names().get(0).replace("()", "");
        if (r.kind() == StepKind.CALL && r.expression() instanceof Expr.Name n && n.name().equals(first)) {
            return l;
        }
        String text = edge.attributes() ? code.substring(0, code.indexOf('[')).strip() : r.text();
        StepReader.Reading named = new StepReader.Reading(StepKind.CALL, text, new Expr.Name(first, l.range()), null, null,
                null, r.context());
        return l.withReading(named);
    }

    /** The line moved to {@code level}, its text as far after its start as it was. */
    private static TraceLine at(TraceLine l, int level) {
        return new TraceLine(l.line(), level, level + Math.max(0, l.textIndent() - l.indent()), l.arrow(), l.reading(),
                l.range(), l.comments());
    }

    /** The line's text before a {@code //} remark (one not in quotes), stripped. */
    private static String code(String s) {
        boolean quoted = false;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '/' && k + 1 < s.length() && (s.charAt(k + 1) == '/' || s.charAt(k + 1) == '*')) {
                return s.substring(0, k).strip();
            } else if (!quoted && c == '#' && s.substring(0, k).isBlank()) {
                return "";
            }
        }
        return s.strip();
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int k = 0; k < s.length(); k++) {
            n += s.charAt(k) == c ? 1 : 0;
        }
        return n;
    }
}
