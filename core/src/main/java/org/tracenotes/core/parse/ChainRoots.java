package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.grammar.DotCallGraphs;
import org.tracenotes.grammar.OneLineChains;

/**
 * A root written as a chain on one line, {@code a --> b} (links joined by {@code -->}, {@code ==>},
 * {@code =>} or a spaced {@code ->}, each a function name or call, in backticks or not): each link is the
 * callee of the one before it, so the steps under the line are the body of the last link, and the root is
 * named after it ({@code b}, with its arguments when it is a call); the chain stays the root's text. Whether
 * the line is a chain and where its last link starts is {@link OneLineChains#lastLinkStart}'s rule, the one
 * of chains on one line: a line whose links are not all calls or function-shaped names ({@code (或) f --> g},
 * {@code CPU0 --> CPU1}, {@code user -> kernel}, words) keeps the head {@link RootLines#head} read. The links
 * before the last are in no call graph: the tree is the last link's body.
 * <pre>
 * fault_x-->handle_x          root handle_x
 *  |-->do_fault_x             handle_x's callee
 * </pre>
 */
final class ChainRoots {

    private ChainRoots() {
    }

    /** Whether the line is a Graphviz edge whose reading names its first name (DotCallChains' call chains). */
    private static boolean isFirstNamedEdge(RootLines.Head head, TraceLine line, String t) {
        if (head.kind() != RootKind.NAME || !(line.reading().expression() instanceof Expr.Name n) || !n.name().equals(head.name())) {
            return false;
        }
        DotCallGraphs.Edge edge = DotCallGraphs.edge(t);
        return edge != null && !edge.continued() && edge.names().size() >= 2 && edge.names().get(0).replace("()", "").equals(n.name());
    }

    /** {@code head}, or the head of the chain's last link when {@code line}'s text is a chain on one line. */
    static RootLines.Head lastLink(RootLines.Head head, TraceLine line) {
        String t = line.reading() == null ? null : line.reading().text();
        if (t == null || t.indexOf('>') < 0 && t.indexOf('\u2192') < 0) {
            return head;   // the cheap test: no arrow head
        }
        if (isFirstNamedEdge(head, line, t)) {
            return head;   // a digraph's edge `a -> b`, named after a by DotCallChains: a calls b
        }
        int start = OneLineChains.lastLinkStart(t);
        if (start < 0) {
            return head;
        }
        String last = t.strip().substring(start).strip();
        int end = last.length();
        while (end > 0 && "->= \t".indexOf(last.charAt(end - 1)) >= 0) {
            end--;   // a dangling arrow after it
        }
        last = last.substring(0, end);
        if (last.startsWith("`") && last.endsWith("`") && last.length() > 2) {
            last = last.substring(1, last.length() - 1);
        }
        int open = last.indexOf('(');
        String name = open < 0 ? last : last.substring(0, open).strip();
        if (name.contains("->") || name.indexOf('.') >= 0 || name.indexOf('[') >= 0) {
            return head;   // an ops member (`file->f_op->read`): the function it lands in is not its name
        }
        if (open < 0) {
            return new RootLines.Head(RootKind.NAME, last, List.of());
        }
        int close = last.lastIndexOf(')');
        return new RootLines.Head(RootKind.CALL, last.substring(0, open).strip(),
                close > open ? arguments(last.substring(open + 1, close)) : List.of());
    }

    /** The names of a call's arguments written {@code a, b(c, d)}: each a name, else {@code _} (as {@link RootLines#head}). */
    private static List<String> arguments(String args) {
        List<String> out = new ArrayList<>();
        if (args.isBlank()) {
            return out;
        }
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= args.length(); i++) {
            char c = i < args.length() ? args.charAt(i) : ',';
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth <= 0) {
                String a = args.substring(from, i).strip();
                out.add(isName(a) ? a : a.equals("...") ? "..." : "_");
                from = i + 1;
            }
        }
        return List.copyOf(out);
    }

    private static boolean isName(String a) {
        if (a.isEmpty() || !Character.isJavaIdentifierStart(a.charAt(0))) {
            return false;
        }
        return a.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || c == '_'));
    }
}
