package org.tracenotes.grammar;

/**
 * Function definitions whose bodies are sketched, not copied: every statement of the bodies is a call
 * written without its {@code ;} ({@code flush_buffer()   // writes it out}) or an elision ({@code ...}),
 * as an author cuts a function down to the calls a reader follows:
 * <pre>
 * size_t gadget_write(struct gadget *g, const void *buf, size_t n)
 * {
 *     ...
 *     gadget_flush()   // empties the cache
 *     ...
 *     part_write()
 * }
 * </pre>
 * C ends every statement with {@code ;}: a listing of C has none of these calls, and one statement of C
 * in a body ({@code x = 1;}, {@code return n;}, {@code if (a)}) makes the fence a listing. Two such calls
 * at least, with an elision among them or a third call. Bodies are followed by the lines' first and last
 * characters ({@code }} leads a closing line, {@code {} ends an opening one); only the bodies of
 * definitions ({@code type name(params)} above or before the brace) are read.
 */
final class SketchedBodies {

    /** Calls without {@code ;} the bodies hold at least. */
    static final int MIN_CALLS = 2;

    private SketchedBodies() {
    }

    /** Whether fenced lines {@code first}..{@code last} of {@code layout} are definitions with sketched bodies. */
    static boolean isSketch(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int depth = 0;
        boolean inDefinition = false;
        int calls = 0;
        int elisions = 0;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p == e) {
                continue;
            }
            e = LineScan.stripEnd(t, p, e);
            if (CallTreeLine.comment(t, p, e) || t[p] == '#') {
                continue;
            }
            if (t[p] == '}') {
                depth = Math.max(0, depth - BraceHeads.closers(t, p, e));
                inDefinition &= depth > 0;
                continue;
            }
            if (t[e - 1] == '{') {
                if (depth == 0) {
                    inDefinition = p == e - 1 ? definitionAbove(layout, t, first, j) : definition(t, p, LineScan.stripEnd(t, p, e - 1));
                    if (!inDefinition) {
                        return false;
                    }
                } else {
                    return false;   // a body inside a body: a statement's, C's
                }
                depth++;
                continue;
            }
            if (depth == 0) {
                continue;   // a definition's head, a declaration between definitions
            }
            if (LineScan.isElision(t, p, e)) {
                elisions++;
            } else if (bareCall(t, p, e)) {
                calls++;
            } else {
                return false;
            }
        }
        return calls >= MIN_CALLS && (elisions > 0 || calls > MIN_CALLS);
    }

    /** Whether the stripped line [p, e) is a call alone without {@code ;}, a {@code //} remark after it perhaps. */
    static boolean bareCall(int[] t, int p, int e) {
        int k = LineScan.indexOf(t, p, e, "//");
        if (k > p) {
            e = LineScan.stripEnd(t, p, k);
        }
        if (e - p < 3 || t[e - 1] != ')' || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int paren = BraceHeads.pathEnd(t, p, e);
        int w = LineScan.skipIdent(t, p, e);
        return paren < e && t[paren] == '(' && CodeShapedTraces.closingParen(t, paren, e) == e - 1
                && !CallTreeLine.isHeader(t, p, paren + 1) && !TrailingNote.isKeyword(new String(t, p, w - p));
    }

    /** Whether the head above the bare {@code {} on line {@code j} is a definition's. */
    private static boolean definitionAbove(NoteLayout layout, int[] t, int first, int j) {
        int k = BraceHeads.lineAbove(layout, t, first, j);
        if (k < 0) {
            return false;
        }
        int h = BraceHeads.headStart(layout, t, first, k);
        int p = LineScan.stripStart(t, layout.start(h), layout.contentEnd(h));
        return definition(t, p, LineScan.stripEnd(t, p, layout.contentEnd(k)));
    }

    /** Whether [p, e) is a definition's head: type words and a name, its parameters closing the head. */
    private static boolean definition(int[] t, int p, int e) {
        if (e - p < 4 || t[e - 1] != ')') {
            return false;
        }
        int paren = LineScan.indexOf(t, p, e, "(");
        if (paren < 0 || CodeShapedTraces.closingParen(t, paren, e) != e - 1) {
            return false;
        }
        int words = 0;
        for (int k = p; k < paren; ) {
            if (LineScan.isIdentStart(t[k])) {
                int s = k;
                k = LineScan.skipIdent(t, k, paren);
                if (words++ == 0 && (CallTreeLine.cStatementWord(t, s, k) || k - s == 6 && LineScan.startsWith(t, s, k, "return"))) {
                    return false;
                }
            } else if (t[k] == ' ' || t[k] == '\t' || t[k] == '*') {
                k++;
            } else {
                return false;
            }
        }
        return words >= 2;
    }
}
