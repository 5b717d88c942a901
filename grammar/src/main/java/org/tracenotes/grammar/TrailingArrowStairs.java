package org.tracenotes.grammar;

/**
 * A fence of steps that each end in a step arrow and go one level deeper on the next line, a staircase:
 * <pre>
 * read the image into memory =>
 *     parse its layout =>
 *         check it against the running system =>
 *             clean up
 * </pre>
 * The steps may be sentences in any language; the arrow that ends each of them says the deeper line
 * below is its body ({@link TrailingArrows}). With no arrow leading a line, the fence is still a trace
 * when most of its lines end in {@code =>} and every such line has a deeper line right below it.
 */
final class TrailingArrowStairs {

    /** The fewest lines of a staircase: two arrows and the line the last of them leads to. */
    private static final int MIN_LINES = 3;

    private TrailingArrowStairs() {
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} are a staircase of steps ending in {@code =>}. */
    static boolean isStaircase(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int lines = 0;
        int arrows = 0;
        int functions = 0;   // lines whose `=>` is a JavaScript arrow function's
        int minIndent = Integer.MAX_VALUE;
        int firstIndent = -1;
        int pendingIndent = -1;   // the indent of the line above when it ended in `=>`: the next line must be deeper
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e) {
                continue;
            }
            int end = LineScan.stripEnd(t, p, e);
            int indent = layout.indentOf(j);
            if (pendingIndent >= 0 && indent <= pendingIndent) {
                return false;   // an arrow that leads to no deeper line: not a staircase
            }
            if (layout.arrowEnd(j) >= 0) {
                return false;   // a line led by an arrow: another notation's block
            }
            lines++;
            firstIndent = firstIndent < 0 ? indent : firstIndent;
            minIndent = Math.min(minIndent, indent);
            boolean endsInArrow = end - p >= 3 && t[end - 1] == '>' && t[end - 2] == '=' && (t[end - 3] == ' ' || t[end - 3] == '\t');
            arrows += endsInArrow ? 1 : 0;
            functions += endsInArrow && arrowFunctionHead(t, p, LineScan.stripEnd(t, p, end - 2)) ? 1 : 0;
            pendingIndent = endsInArrow ? indent : -1;
        }
        return pendingIndent < 0 && lines >= MIN_LINES && arrows >= 2 && arrows * 2 > lines && firstIndent == minIndent
                && functions * 2 < arrows;
    }

    /**
     * Whether the text [p, q) before a line's {@code =>} is the head of a JavaScript (or C#, Scala) arrow
     * function, not a step: a parameter list in parentheses that no name calls ({@code (a) =>},
     * {@code const add = (a, b) =>}), or one parameter right after an assignment ({@code const f = x =>}).
     * A step that ends in a call ({@code vfs_read(f) =>}) keeps its arrow.
     */
    static boolean arrowFunctionHead(int[] t, int p, int q) {
        if (q <= p) {
            return false;
        }
        int before;
        if (t[q - 1] == ')') {
            int depth = 0;
            int k = q - 1;
            for (; k >= p; k--) {
                depth += t[k] == ')' ? 1 : t[k] == '(' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            if (k < p) {
                return false;
            }
            before = k;   // the parameter list's `(`
        } else if (LineScan.isIdentPart(t[q - 1])) {
            int k = q;
            while (k > p && LineScan.isIdentPart(t[k - 1])) {
                k--;
            }
            int b = k;
            while (b > p && (t[b - 1] == ' ' || t[b - 1] == '\t')) {
                b--;
            }
            return b > p && b < k && t[b - 1] == '=' && (b - 1 == p || t[b - 2] != '=' && t[b - 2] != '!');   // `f = x =>`
        } else {
            return false;
        }
        int b = before;
        while (b > p && (t[b - 1] == ' ' || t[b - 1] == '\t')) {
            b--;
        }
        return b == p || t[b - 1] == '=' || t[b - 1] == '(' || t[b - 1] == ',' || t[b - 1] == ':';   // no name calls it
    }
}
