package org.tracenotes.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small fence holding one call chain along a line that wraps and branches by column:
 * <pre>
 * 1.open() -&gt; 2.lookup(name *n) -&gt; 3.bind(d *dev) -&gt;
 * 4.attach(d *dev) -&gt;  link()
 *                      publish()
 * -&gt; notify() -&gt; wake()
 * probe()
 * </pre>
 * The first line is a chain: two calls or more joined by {@code ->}, {@code -->} or the dash arrow {@code –>}
 * (EN DASH, which editors make of {@code ->}), links perhaps numbered ({@code 1.open()}). Each other line is
 * one of:
 * <ul>
 *   <li>a wrap: the line above ends in an arrow and this one, at the chain's column, goes on with a call;</li>
 *   <li>a continuation led by the arrow ({@code -> notify() -> wake()}) at the chain's column;</li>
 *   <li>a branch: a call (and perhaps a chain) aligned right under a link of a line above other than its
 *       first, another call of that line (core reads it by its indentation, under the line);</li>
 *   <li>a bare name or call alone at the chain's column under a line that does not end in an arrow: another
 *       entry point, a root of its own.</li>
 * </ul>
 * Nothing else may stand in the fence (no blank line, no words), and it holds at most {@link #MAX_LINES}
 * lines. Core's {@code WrappedChainFenceDepths} hangs wraps and continuations under the line above.
 * Only a fence no other rule reads as a trace is tried.
 */
final class WrappedChainFences {

    /** The most lines such a fence holds. */
    static final int MAX_LINES = 8;
    /** The widest line such a fence holds: a longer one is no short wrapped chain (and would cost the regexes dear). */
    static final int MAX_WIDTH = 200;

    private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*(?:\\.[A-Za-z_][A-Za-z0-9_]*)*";
    private static final String CALL = NAME + "\\((?:[^()]|\\([^()]*\\))*\\)";
    /** One link: perhaps numbered, a call or a name, perhaps alternatives joined by {@code /}. */
    private static final String LINK = "(?:\\d{1,2}\\.)?(?:" + CALL + "|" + NAME + ")(?:/(?:" + CALL + "|" + NAME + "))*";
    private static final String ARROW = "(?:-{1,2}|\u2013)>";
    private static final Pattern LINK_AT = Pattern.compile(LINK);
    private static final Pattern ARROW_AT = Pattern.compile(" *" + ARROW + " *");

    private WrappedChainFences() {
    }

    /** Whether the fenced lines {@code first}..{@code last} are such a chain; when they are, it is block {@code blockId}'s shape. */
    static boolean markFenced(NoteLayout layout, int first, int last, int blockId) {
        if (last < first + 1 || last - first + 1 > MAX_LINES) {
            return false;
        }
        for (int j = first; j <= last; j++) {
            if (layout.contentEnd(j) - layout.start(j) > MAX_WIDTH) {
                return false;
            }
        }
        String top = layout.lineText(first);
        int column = indent(top);
        int[] starts = new int[16];
        int calls = linkStarts(top, column, starts, false);
        if (calls < 2 || starts[0] < 2) {
            return false;   // the cheap reject: no chain of two calls first
        }
        int[][] columns = new int[last - first + 1][];
        columns[0] = java.util.Arrays.copyOf(starts, starts[0] + 1);
        boolean trailing = trailingArrow(top);
        for (int j = first + 1; j <= last; j++) {
            String line = layout.lineText(j);
            if (line.isBlank() || line.indexOf('\t') >= 0) {
                return false;
            }
            int at = indent(line);
            boolean led = at == column && ARROW_AT.matcher(line).region(at, line.length()).lookingAt();
            int c = linkStarts(line, at, starts, led);
            if (c < 0 || starts[0] < 1 || !startsWithCall(line, at, led)) {
                if (!(at == column && !trailing && !led && starts[0] == 1 && c == 0)) {
                    return false;   // neither a chain nor a bare name alone
                }
            }
            columns[j - first] = java.util.Arrays.copyOf(starts, starts[0] + 1);
            if (at == column) {
                if (led || trailing) {
                    trailing = trailingArrow(line);
                    continue;
                }
                if (starts[0] != 1 || trailingArrow(line)) {
                    return false;   // a second chain at the column: a column of hops, not this
                }
                continue;   // a bare name or call: another entry point
            }
            if (trailing || !alignedUnderLink(columns, j - first, at)) {
                return false;
            }
            trailing = trailingArrow(line);
        }
        if (trailing) {
            return false;   // the chain never goes on
        }
        layout.mark(BlockShape.WRAPPED_CHAIN_FENCE, blockId);
        return true;
    }

    /** Whether a line above row {@code row} has a link other than its first starting at column {@code at}. */
    private static boolean alignedUnderLink(int[][] columns, int row, int at) {
        for (int r = row - 1; r >= 0; r--) {
            int[] c = columns[r];
            for (int k = 2; k <= c[0]; k++) {
                if (Math.abs(c[k] - at) <= 1) {   // the author's eye may miss by a column
                    return true;
                }
            }
            if (c[0] >= 1 && c[1] < at) {
                return false;   // a line standing left of the column in between
            }
        }
        return false;
    }

    private static boolean startsWithCall(String line, int at, boolean led) {
        int p = at;
        if (led) {
            Matcher a = ARROW_AT.matcher(line).region(p, line.length());
            a.lookingAt();
            p = a.end();
        }
        Matcher m = LINK_AT.matcher(line).region(p, line.length());
        return m.lookingAt() && line.charAt(m.end() - 1) == ')';
    }

    /**
     * The line from column {@code at} as a chain: the links' start columns in {@code starts[1..starts[0]]}, and
     * how many links are calls; -1 when the line is no chain of links (words, other marks). A leading arrow
     * is allowed when {@code led}; a trailing arrow always.
     */
    private static int linkStarts(String line, int at, int[] starts, boolean led) {
        starts[0] = 0;
        int n = line.length();
        while (n > at && Character.isWhitespace(line.charAt(n - 1))) {
            n--;
        }
        int p = at;
        Matcher arrow = ARROW_AT.matcher(line);
        if (led) {
            arrow.region(p, n);
            arrow.lookingAt();
            p = arrow.end();
        }
        int calls = 0;
        Matcher link = LINK_AT.matcher(line);
        while (p < n) {
            link.region(p, n);
            if (!link.lookingAt() || starts[0] + 1 >= starts.length) {
                return -1;
            }
            starts[++starts[0]] = p;
            calls += line.charAt(link.end() - 1) == ')' ? 1 : 0;
            p = link.end();
            if (p == n) {
                break;
            }
            arrow.region(p, n);
            if (!arrow.lookingAt()) {
                return -1;
            }
            p = arrow.end();
        }
        return calls;
    }

    /** Whether the line ends in an arrow: the chain goes on on the next line. */
    private static boolean trailingArrow(String line) {
        String s = line.stripTrailing();
        return s.endsWith("->") || s.endsWith("\u2013>");
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
