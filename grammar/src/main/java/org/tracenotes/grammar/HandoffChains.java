package org.tracenotes.grammar;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handler chains written one hand-off a line in a fence: {@code f(next_ptr=g)} says that {@code f} passes
 * on through its pointer {@code next_ptr}, which holds {@code g}; the next line starts with {@code g}.
 * The author may restate a link after a gap (the same function with another next one), and may end the
 * chain with the last function written out, <code>g() {</code>, a short body and <code>}</code>, and one more
 * name after it, the function that body hands on to; or with the last function's name alone. Comment
 * lines may stand between the lines.
 * <pre>
 * pump_send(pump_top_filter=pump_gate_filter)
 * pump_gate_filter(pump_next_filter=pump_trim_filter)
 * pump_trim_filter(pump_next_filter=pump_last_filter)
 * pump_last_filter() {
 *     out.len = n;
 *     return pump_write()
 * }
 * pump_write()
 * </pre>
 * Each line is the callee of the nearest line above whose pointer names its function; the name after the
 * closing brace is the callee of the function written out ({@code core.parse.HandoffChainDepths}).
 * The block is this shape only when nothing else is in it: three or more hand-off lines at one column,
 * each after the first naming a function an earlier line named, two or more of them the one the line
 * right above hands on to; a list of {@code key=value} settings or ordinary C has no such run.
 */
public final class HandoffChains {

    /** {@code f(next=g)}: the function, the pointer, the function it holds; an optional {@code ;}. */
    private static final Pattern HANDOFF = Pattern.compile(
            "([A-Za-z_]\\w*)\\s*\\(\\s*(" + NameShapes.MEMBER_NAME + ")\\s*=\\s*([A-Za-z_]\\w*)\\s*\\)\\s*;?");
    /** <code>g() {</code> or <code>int g(struct x *r) {</code>: a function written out, its body opened on its line. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?:[A-Za-z_]\\w*\\s+\\**)*\\**([A-Za-z_]\\w*)\\s*\\([^()]*\\)\\s*\\{");
    /** {@code h()} or {@code h}: the name the written-out function hands on to. */
    private static final Pattern NEXT_NAME = Pattern.compile("([A-Za-z_]\\w*)(?:\\s*\\(\\s*\\))?\\s*;?");
    /** The fewest hand-off lines of a chain. */
    static final int MIN_HANDOFFS = 3;
    /** The fewest hand-off lines whose function is the one the line right above hands on to. */
    static final int MIN_DIRECT = 2;
    /** The most lines of the written-out function's body. */
    static final int MAX_BODY = 20;
    /** The most hand-off lines read as one chain. */
    static final int MAX_HANDOFFS = FlatChainRuns.MAX_LINKS;

    private HandoffChains() {
    }

    /** Whether {@code text}, stripped, is a hand-off line {@code f(next=g)}. */
    static boolean isHandoff(String text) {
        return HANDOFF.matcher(text.strip()).matches();
    }

    /** The function and the one it hands on to of hand-off line {@code text} ({@code f(next=g)}: f, g); null for another line. */
    public static String[] handoff(String text) {
        Matcher m = HANDOFF.matcher(text.strip());
        return m.matches() ? new String[] {m.group(1), m.group(3)} : null;
    }

    /** Whether line {@code text} writes a function out, its body's brace opened on it (<code>g() {</code>). */
    public static boolean writesOut(String text) {
        return DEFINITION.matcher(text.strip()).matches();
    }

    /**
     * The function line {@code text} names when it is no hand-off: the function written out (<code>g() {</code>: g)
     * or the name alone ({@code h()}, {@code h}: h); null for another line.
     */
    public static String named(String text) {
        Matcher m = DEFINITION.matcher(text.strip());
        if (m.matches()) {
            return m.group(1);
        }
        m = NEXT_NAME.matcher(text.strip());
        return m.matches() ? m.group(1) : null;
    }

    /** Whether fence lines {@code first}..{@code last} of {@code layout} are a hand-off chain and nothing else. */
    static boolean isFencedChain(NoteLayout layout, int first, int last) {
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        int[] cp = layout.codePoints();
        boolean opened = false;   // a line of code read already
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                lines.add("");
                indents.add(-1);
                continue;
            }
            int p = LineScan.stripStart(cp, layout.start(j), layout.contentEnd(j));
            if (CallTreeLine.comment(cp, p, LineScan.stripEnd(cp, p, layout.contentEnd(j)))) {
                lines.add("");   // a remark between the lines leads no link
                indents.add(-1);
                continue;
            }
            String t = layout.lineText(j);
            if (!opened && !isHandoff(t)) {
                return false;   // the cheap test: the block opens with a hand-off line
            }
            opened = true;
            lines.add(t.strip());
            indents.add(layout.indentOf(j));
        }
        return isChain(lines, indents);
    }

    /**
     * Whether {@code lines} (stripped, blank ones empty) at {@code indents} are a hand-off chain: three or more
     * hand-off lines at one column, each naming a function named above, then at most a function written out
     * with its braces and one name after it; blank lines anywhere.
     */
    static boolean isChain(List<String> lines, List<Integer> indents) {
        Set<String> named = new HashSet<>();
        int column = -1;
        int handoffs = 0;
        int direct = 0;
        String next = null;   // what the last hand-off line hands on to
        int i = 0;
        for (; i < lines.size(); i++) {
            String t = lines.get(i);
            if (t.isEmpty()) {
                continue;
            }
            Matcher m = HANDOFF.matcher(t);
            if (!m.matches()) {
                break;
            }
            if (column >= 0 && (indents.get(i) != column || !named.contains(m.group(1)))) {
                return false;
            }
            column = indents.get(i);
            direct += m.group(1).equals(next) ? 1 : 0;
            named.add(m.group(1));
            named.add(m.group(3));
            next = m.group(3);
            if (++handoffs > MAX_HANDOFFS) {
                return false;   // too long for one chain: stop reading
            }
        }
        if (handoffs < MIN_HANDOFFS || handoffs > MAX_HANDOFFS || direct < MIN_DIRECT) {
            return false;
        }
        if (i == lines.size()) {
            return true;
        }
        if (indents.get(i) != column || !next.equals(named(lines.get(i)))) {
            return false;   // after the hand-offs, the function the last one hands on to, or nothing
        }
        int end = i;
        if (DEFINITION.matcher(lines.get(i)).matches()) {
            end = closingBrace(lines, indents, i, column);
            if (end < 0) {
                return false;
            }
        }
        int names = DEFINITION.matcher(lines.get(i)).matches() ? 0 : 1;
        for (int j = end + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty() && (++names > 1 || indents.get(j) != column || !NEXT_NAME.matcher(lines.get(j)).matches())) {
                return false;   // one name after the braces at most
            }
        }
        return true;
    }

    /**
     * The index of the line holding only the <code>}</code> that closes the function written out on line
     * {@code open}, at its column, its body deeper (braces balanced) and at most {@link #MAX_BODY} lines; -1 if none.
     */
    static int closingBrace(List<String> lines, List<Integer> indents, int open, int column) {
        int depth = 1;
        for (int j = open + 1; j < lines.size() && j - open <= MAX_BODY + 1; j++) {
            String t = lines.get(j);
            if (t.isEmpty()) {
                continue;
            }
            if (depth == 1 && (t.equals("}") || t.equals("};"))) {
                return indents.get(j) == column ? j : -1;
            }
            if (indents.get(j) <= column) {
                return -1;
            }
            for (int k = 0; k < t.length(); k++) {
                depth += t.charAt(k) == '{' ? 1 : t.charAt(k) == '}' ? -1 : 0;
            }
            if (depth < 1) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether fence lines {@code first}..{@code last} are a hand-off chain ({@link #isFencedChain}); if they
     * are, block {@code blockId} is marked {@link BlockShape#HANDOFF_CHAIN}.
     */
    static boolean markFenced(NoteLayout layout, int first, int last, int blockId) {
        if (!isFencedChain(layout, first, last)) {
            return false;
        }
        layout.mark(BlockShape.HANDOFF_CHAIN, blockId);
        return true;
    }
}
