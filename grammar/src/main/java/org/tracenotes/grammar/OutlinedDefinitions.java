package org.tracenotes.grammar;

/**
 * A fence in which a function's whole header stands at the margin without its brace, over its body
 * outlined by indentation alone, the way an author sketches a function in pseudo-code:
 * <pre>
 * Plan *plan_query(Query *q, int flags)
 *     Plan *p = make_plan(q)
 *     if q->has_sort:
 *         add_sort(p)
 *     return p
 * </pre>
 * C never writes that: a definition's header is followed by {@code {} (on its line or at the margin below
 * it, in every brace style), a declaration by {@code ;}, and a header split over lines ends its first line
 * with {@code ,} or {@code (}, not {@code )}. So a header ending with its parameters' {@code )} over deeper
 * lines is the function the author outlines, and the lines below are its steps, nested by indentation.
 * Every line at the margin must be such a header (or a comment), each over two body lines at least; a
 * brace at the margin (K&amp;R parameters, a body opened below the header) keeps the fence a listing.
 */
final class OutlinedDefinitions {

    /** Body lines under each header, at least. */
    private static final int MIN_BODY_LINES = 2;

    private OutlinedDefinitions() {
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} are such outlines. */
    static boolean isTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int base = -1;
        int headers = 0;
        int body = MIN_BODY_LINES;
        for (int j = first; j <= last; j++) {
            int e0 = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e0);
            if (p == e0 || CallTreeLine.comment(t, p, e0)) {
                continue;
            }
            int e = LineScan.stripEnd(t, p, e0);
            int indent = layout.indentOf(j);
            if (base < 0) {
                base = indent;   // the first line of code sets the margin: it must be a header
            }
            if (indent < base) {
                return false;
            }
            if (indent == base) {
                if (body < MIN_BODY_LINES || !header(t, p, e)) {
                    return false;   // a header over too little, or a margin line that is no header
                }
                headers++;
                body = 0;
            } else {
                body++;
            }
        }
        return headers > 0 && body >= MIN_BODY_LINES;
    }

    /**
     * Whether the stripped line [p, e) is a function's header without its brace: type words (a pointer's
     * {@code *} among them) and the function's name, then its parenthesised parameters closing the line
     * ({@code Query *parse_analyze(Node *tree)}, {@code static int zone_init(struct zone *z, int nid)}).
     * A call has no type word before its name; {@code return f(x)}, {@code if (x)} lead with a keyword.
     */
    static boolean header(int[] t, int p, int e) {
        if (e - p < 5 || t[e - 1] != ')' || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int words = 0;
        int q = p;
        while (q < e && t[q] != '(') {
            if (LineScan.isIdentStart(t[q])) {
                int w = q;
                q = LineScan.skipIdent(t, q, e);
                if (words == 0 && keyword(t, w, q)) {
                    return false;
                }
                words++;
            } else if (t[q] == ' ' || t[q] == '\t' || t[q] == '*') {
                q++;
            } else {
                return false;   // `=`, `->`, `.`, `:`: an assignment, a member call, a label
            }
        }
        return words >= 2 && q < e && LineScan.closeParen(t, q, e) == e - 1;
    }

    private static boolean keyword(int[] t, int p, int q) {
        return LineScan.startsWith(t, p, q, "return") && q - p == 6 || LineScan.startsWith(t, p, q, "else") && q - p == 4
                || LineScan.startsWith(t, p, q, "if") && q - p == 2 || LineScan.startsWith(t, p, q, "while") && q - p == 5
                || LineScan.startsWith(t, p, q, "for") && q - p == 3 || LineScan.startsWith(t, p, q, "switch") && q - p == 6
                || LineScan.startsWith(t, p, q, "case") && q - p == 4 || LineScan.startsWith(t, p, q, "goto") && q - p == 4
                || LineScan.startsWith(t, p, q, "sizeof") && q - p == 6 || LineScan.startsWith(t, p, q, "define") && q - p == 6;
    }
}
