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
 * Every line at the margin must be such a header (or a comment), each over two body lines at least, its
 * parentheses real parameters; a brace at the margin (K&amp;R parameters, a body opened below the header) or
 * alone on a body line (Whitesmiths' style) keeps the fence a listing, and so do bodies in words (an API
 * reference's descriptions under its prototypes).
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
        int lines = 0;
        int sentences = 0;
        int braces = 0;
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
                continue;
            }
            if (t[p] == '{' && e - p == 1 || t[p] == '}' && --braces < 0) {
                return false;   // a body opened by a brace of its own (Whitesmiths' C), or a brace closing none
            }
            braces += t[e - 1] == '{' ? 1 : 0;
            body++;
            lines++;
            sentences += code(t, p, e) ? 0 : 1;
        }
        return headers > 0 && body >= MIN_BODY_LINES && sentences * 4 <= lines;   // an API reference's bodies are words
    }

    /**
     * Whether the stripped line [p, e) of a body reads as code or pseudo-code, not as a sentence: it holds a
     * call's or an index's bracket, an assignment, a member arrow, an {@code _}, a {@code ;} or a brace, ends
     * with a condition's {@code :}, or is an elision ({@code ...}). {@code Returns the length.} is words.
     * At most a quarter of the body lines may be words ({@code Query *result}, {@code return p} among them).
     */
    private static boolean code(int[] t, int p, int e) {
        if (t[e - 1] == ':' || LineScan.isElision(t, p, e)) {
            return true;
        }
        for (int q = p; q < e; q++) {
            int c = t[q];
            if (c == '(' || c == '[' || c == '=' || c == '_' || c == ';' || c == '{' || c == '}'
                    || c == '-' && q + 1 < e && t[q + 1] == '>') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the stripped line [p, e) is a function's header without its brace: type words (a pointer's
     * {@code *} among them) and the function's name, then its parameters in parentheses closing the line
     * ({@code Query *parse_analyze(Node *tree)}, {@code static int zone_init(struct zone *z, int nid)}).
     * The head is a declaration's ({@link NamedBodies#headParen}); {@code Part one (basics)}, {@code Meeting notes (2024-03-01)} hold no parameters.
     */
    static boolean header(int[] t, int p, int e) {
        if (e - p < 5 || t[e - 1] != ')' || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = NamedBodies.headParen(t, p, e);
        return q >= 0 && LineScan.closeParen(t, q, e) == e - 1 && parameters(t, q + 1, e - 1);
    }

    /**
     * Whether [p, e) lists parameters: none, {@code void}, or items split by {@code ,} each of a type and a
     * name (two words at least, or a pointer's {@code *} before the name: {@code const char *path},
     * {@code int fd}), or the {@code ...} of a variadic function.
     */
    private static boolean parameters(int[] t, int p, int e) {
        int from = LineScan.stripStart(t, p, e);
        int to = LineScan.stripEnd(t, from, e);
        if (from == to || to - from == 4 && LineScan.startsWith(t, from, to, "void")) {
            return true;
        }
        int item = from;
        while (item <= to) {
            int end = item;
            int depth = 0;
            while (end < to && (t[end] != ',' || depth > 0)) {
                depth += t[end] == '(' ? 1 : t[end] == ')' ? -1 : 0;
                end++;
            }
            if (!parameter(t, LineScan.stripStart(t, item, end), LineScan.stripEnd(t, item, end))) {
                return false;
            }
            item = end + 1;
        }
        return true;
    }

    /** Whether the stripped [p, e) is one parameter: a type and a name, or {@code ...}. */
    private static boolean parameter(int[] t, int p, int e) {
        if (e - p == 3 && LineScan.startsWith(t, p, e, "...")) {
            return true;
        }
        int words = 0;
        boolean pointer = false;
        for (int q = p; q < e; ) {
            if (LineScan.isIdentStart(t[q])) {
                q = LineScan.skipIdent(t, q, e);
                words++;
            } else if (t[q] == '*') {
                pointer = true;
                q++;
            } else if (t[q] == ' ' || t[q] == '\t' || t[q] == '[' || t[q] == ']') {
                q++;
            } else {
                return false;   // a date, a version, words with punctuation: no C parameter
            }
        }
        return words >= 2 || words == 1 && pointer;
    }
}
