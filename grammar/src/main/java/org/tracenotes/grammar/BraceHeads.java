package org.tracenotes.grammar;

/**
 * The heads that open a callee's body in brace-nesting pseudocode besides {@code name(args) {}
 * ({@link CodeShapedTraces#callOpensBody}), as authors write them:
 * <ul>
 * <li><b>The call above its body</b> (Allman): the call on a line of its own and a bare {@code {} under
 * it ({@code main()} / {@code {}), or the call a complete statement whose callee's body follows
 * ({@code srv_start(false);} / {@code {}, {@code ptr = log_open(m, n);} / {@code {}). C opens no body
 * under a call: under a call without {@code ;} only a loop macro written Allman does, under a
 * statement a bare block.</li>
 * <li><b>A name alone</b>: {@code mysqld_main{}, {@code Handler::add_connection{}, the callee named
 * without its arguments. C opens no body after a name alone; notations that do (a server's config
 * {@code http {}, a build script's {@code android {}, a query's {@code user {}) name their blocks by
 * plain words, so the name must be one of C's functions: with an {@code _} or a {@code ::}.</li>
 * <li>Either after the callee's file: {@code sql/main.cc: main{}.</li>
 * </ul>
 * A remark after the brace ({@code PortalRun(){   // runs it}) leaves it the line's code end
 * ({@link #codeEnd}). Lines are scanned as code points, nothing is allocated.
 */
final class BraceHeads {

    /** Lines above a bare {@code {} a head wrapped over may take at most. */
    static final int MAX_HEAD_LINES = 4;

    private BraceHeads() {
    }

    /**
     * The end of stripped line [p, e)'s code: {@code e}, or where a {@code //} remark after a {@code {}
     * starts ({@code f() {  // why}), or a {@code /* … *}{@code /} remark closing the line, the brace being
     * then the code's last character.
     */
    static int codeEnd(int[] t, int p, int e) {
        if (t[e - 1] == '{') {
            return e;
        }
        int b = codeBeforeRemark(t, p, e);
        return b > p && b < e && t[b - 1] == '{' ? b : e;
    }

    /**
     * The end of stripped line [p, e)'s code before a {@code //} or {@code /*} remark, blanks stripped; {@code e}
     * if it has none. Quoted literals ({@code "a//b"}, {@code '/'}) are passed over.
     */
    static int codeBeforeRemark(int[] t, int p, int e) {
        boolean quoted = false;
        int q = 0;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (quoted) {
                if (c == '\\') {
                    k++;
                } else if (c == q) {
                    quoted = false;
                }
            } else if (c == '"' || c == '\'') {
                quoted = true;
                q = c;
            } else if (c == '/' && k + 1 < e && (t[k + 1] == '/' || t[k + 1] == '*')) {
                return LineScan.stripEnd(t, p, k);
            }
        }
        return e;
    }

    /**
     * Whether the stripped code [p, e), which ends with {@code {}, opens a body by a function's name
     * alone, its file before it perhaps: {@code mysqld_main{}, {@code Conn_handler::add{},
     * {@code sql/main.cc: main{}. The name is a member path ({@code .}, {@code ->}, {@code ::}) with a
     * lower-case letter and an {@code _} between letters or a {@code ::}, then the brace; no keyword leads it.
     */
    static boolean nameOpensBody(int[] t, int p, int e) {
        int b = LineScan.stripEnd(t, p, e - 1);
        int s = SourceLocation.pastLeadingLocation(t, p, b);
        boolean filed = s > p;
        if (b <= s || !LineScan.isIdentStart(t[s])) {
            return false;
        }
        int q = pathEnd(t, s, b);
        if (q != b) {
            return false;
        }
        boolean lower = false;
        boolean cName = false;   // an `_` between letters (not `__try`'s, `__attribute__`'s), or a `::`
        for (int k = s; k < b; k++) {
            lower |= t[k] >= 'a' && t[k] <= 'z';
            cName |= t[k] == ':' || t[k] == '_' && k > s && t[k - 1] != '_' && k + 1 < b && LineScan.isIdentPart(t[k + 1]) && t[k + 1] != '_';
        }
        int w = LineScan.skipIdent(t, s, b);
        return lower && (cName || filed) && !TrailingNote.isKeyword(new String(t, s, w - s))
                && !CallTreeLine.cStatementWord(t, s, w);
    }

    /** The end of the member path from {@code s}: identifiers joined by {@code .}, {@code ->} or {@code ::}. */
    static int pathEnd(int[] t, int s, int e) {
        int q = s;
        while (q < e) {
            int d = t[q];
            if (LineScan.isIdentPart(d)) {
                q++;
            } else if (d == '.' && q + 1 < e && LineScan.isIdentStart(t[q + 1])) {
                q++;
            } else if (q + 2 < e && (d == '-' && t[q + 1] == '>' || d == ':' && t[q + 1] == ':')
                    && LineScan.isIdentStart(t[q + 2])) {
                q += 2;
            } else {
                break;
            }
        }
        return q;
    }

    /** Whether line {@code j} holds a {@code {} alone. */
    static boolean bareBrace(NoteLayout layout, int[] t, int j) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        return p < e && t[p] == '{' && LineScan.stripEnd(t, p, e) == p + 1;
    }

    /**
     * The nearest line above line {@code j}, from {@code first} on, that is neither blank nor a comment:
     * the last line of the head of a bare {@code {} on line {@code j}; -1 when there is none.
     */
    static int lineAbove(NoteLayout layout, int[] t, int first, int j) {
        for (int k = j - 1; k >= first; k--) {
            int e = layout.contentEnd(k);
            int p = LineScan.stripStart(t, layout.start(k), e);
            if (p < e && !CallTreeLine.comment(t, p, LineScan.stripEnd(t, p, e))) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The first line of a head whose last line is {@code k}: {@code k}, or the line above where its
     * parentheses open when it closes more than it opens (a wrapped parameter list), within
     * {@value #MAX_HEAD_LINES} lines.
     */
    static int headStart(NoteLayout layout, int[] t, int first, int k) {
        int open = 0;
        for (int m = k; m >= first && m > k - MAX_HEAD_LINES; m--) {
            int s = layout.start(m);
            int e = layout.contentEnd(m);
            open += LineScan.count(t, s, e, '(') - LineScan.count(t, s, e, ')');
            if (open >= 0) {
                return m;
            }
        }
        return k;
    }

    /**
     * Where the call starts on the head [p, e) above a bare {@code {} when the head is a call: a member
     * path with a lower-case letter and its arguments closing the head, a {@code ;} after them perhaps,
     * a {@code //} remark after that, an assignment of its result before it ({@code ptr = f(x);},
     * {@code T *p = f(x);}); -1 when it is not. {@code e} may lie lines below {@code p} (a wrapped call).
     */
    static int callAbove(int[] t, int p, int e) {
        int k = LineScan.indexOf(t, p, e, "//");
        if (k > p) {
            e = LineScan.stripEnd(t, p, k);
        }
        if (e > p && t[e - 1] == ';') {
            e = LineScan.stripEnd(t, p, e - 1);
        }
        if (e - p < 3 || t[e - 1] != ')') {
            return -1;
        }
        int paren = LineScan.indexOf(t, p, e, "(");
        int s = calleeStart(t, p, paren);
        if (s + 2 < paren && t[s] == ':' && t[s + 1] == ':') {
            s += 2;   // `::ns::f(x)`, the global scope
        }
        if (!LineScan.isIdentStart(t[s]) || pathEnd(t, s, paren) != paren
                || CodeShapedTraces.closingParen(t, paren, e) != e - 1) {
            return -1;
        }
        boolean lower = false;
        for (int m = s; m < paren; m++) {
            lower |= t[m] >= 'a' && t[m] <= 'z';
        }
        int w = LineScan.skipIdent(t, s, paren);
        return lower && !CallTreeLine.isHeader(t, s, paren + 1) && !TrailingNote.isKeyword(new String(t, s, w - s)) ? s : -1;
    }

    /**
     * Where the callee's name starts on the head [p, paren) of a call whose result the head hands on:
     * past an assignment's {@code =} ({@code rc = f(x)}) or a {@code return} ({@code return f(x)}),
     * {@code p} when neither leads it. C returns or assigns a call's result and ends the statement; a body
     * under either is the callee's, written out in place.
     */
    static int calleeStart(int[] t, int p, int paren) {
        int eq = assignment(t, p, paren);
        if (eq >= 0) {
            return LineScan.skipBlanks(t, eq + 1, paren);
        }
        if (paren - p > 7 && LineScan.startsWith(t, p, paren, "return") && (t[p + 6] == ' ' || t[p + 6] == '\t')) {
            return LineScan.skipBlanks(t, p + 6, paren);
        }
        return p;
    }

    /**
     * The {@code =} of an assignment on [p, paren): a left-hand side of names, blanks, stars, members and
     * subscripts, then one {@code =} (not {@code ==}, {@code <=} …); -1 when there is none.
     */
    private static int assignment(int[] t, int p, int paren) {
        for (int k = p; k < paren; k++) {
            int c = t[k];
            if (c == '=') {
                return k > p && k + 1 < paren && t[k + 1] != '=' && "=!<>".indexOf(t[k - 1]) < 0 ? k : -1;
            }
            if (!LineScan.isIdentPart(c) && " \t*.->[]&:+|".indexOf(c) < 0) {
                return -1;
            }
        }
        return -1;
    }

    /** How many {@code }} lead the stripped line [p, e), blanks between them skipped: {@code }}}}} closes four bodies. */
    static int closers(int[] t, int p, int e) {
        int n = 0;
        for (int k = p; k < e; k++) {
            if (t[k] == '}') {
                n++;
            } else if (t[k] != ' ' && t[k] != '\t') {
                break;
            }
        }
        return n;
    }

    /** Whether the name [n, q), mixing cases without an {@code _}, starts with a capital ({@code PortalStart}): C's, not a block of another language ({@code withContext}). */
    static boolean pascalCase(int[] t, int n, int q) {
        return q > n && t[n] >= 'A' && t[n] <= 'Z';
    }
}
