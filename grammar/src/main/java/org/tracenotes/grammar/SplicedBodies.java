package org.tracenotes.grammar;

/**
 * A C function pasted into a fence with the bodies of the functions it calls spliced in under their call
 * lines, one level deeper than C would indent them and without braces of their own:
 * <pre>
 * int attach_fd(struct sock *s)
 * {
 * 	int fd = grab_fd(&amp;f);
 * 		fd = find_free_fd();
 * 		return fd;
 * 	if (fd &gt;= 0) {
 * 		d = d_make(root, &amp;name);
 * 			d = cache_alloc(d_cache, GFP_KERNEL);
 * 		install_fd(fd, f);
 * 	}
 * }
 * </pre>
 * C never indents a statement deeper than the one before it when that one is a finished statement
 * (its code ends with {@code ;}): deeper lines follow only an opening {@code {}, an unfinished statement
 * (arguments or a condition continued), a brace-less {@code if}/{@code for}/{@code while}/{@code else}
 * or a label/{@code case}, none of which ends with {@code ;}. A line that is a statement, indented deeper
 * than the statement above it when that one is a finished call statement ({@code name(} in it), is a
 * spliced body line; {@value #MIN_SPLICES} such call lines at least, each with a deeper statement under
 * it, make the fence a trace (one odd line is a pasting slip, not a notation). The statement above is
 * measured from its first line (a call continued over lines is one statement); comment lines,
 * directives, braces and blank lines are passed over. Widths count a TAB as {@value #TAB} columns.
 * An ordinary, well-indented function has no such line and stays code.
 */
final class SplicedBodies {

    /** Call lines with a spliced deeper statement under them a fence needs at least. */
    static final int MIN_SPLICES = 2;
    /** Columns a TAB counts for. */
    static final int TAB = 8;

    private SplicedBodies() {
    }

    /** Whether fenced lines {@code first}..{@code last} of {@code layout} are a function with callee bodies spliced in. */
    static boolean isSplice(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int splices = 0;
        int lastSplicedCall = -1;
        int stmtWidth = -1;        // the width of the statement the previous code line belongs to (its first line)
        int stmtStart = -1;        // that statement's first line
        boolean finishedCall = false;   // the previous code line finishes a call statement
        boolean open = false;      // the previous code line leaves its statement unfinished
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p == e || t[p] == '#' && !open) {
                continue;
            }
            e = LineScan.stripEnd(t, p, e);
            if (CallTreeLine.comment(t, p, e) || LineScan.isElision(t, p, e)) {
                continue;   // a comment, a block comment's continuation, an elision: no level of their own
            }
            int code = codeEnd(t, p, e);
            if (code == p) {
                continue;
            }
            int width = width(t, s, p);
            if (t[p] == '{' || t[p] == '}') {
                open = false;
                finishedCall = false;
                stmtWidth = width;
                stmtStart = j;
                continue;
            }
            if (!open) {
                if (finishedCall && width > stmtWidth && stmtStart != lastSplicedCall) {
                    splices++;
                    lastSplicedCall = stmtStart;
                }
                stmtWidth = width;
                stmtStart = j;
            }
            int end = t[code - 1];
            open = end != ';' && end != '{' && end != '}' && end != ':';
            finishedCall = end == ';' && callStatement(t, layout.start(stmtStart), code);
            if (end == ':' || end == '{') {
                finishedCall = false;
            }
        }
        return splices >= MIN_SPLICES;
    }

    /** The end of the stripped line [p, e)'s code: before a {@code //} or {@code /*} remark, blanks stripped. */
    private static int codeEnd(int[] t, int p, int e) {
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

    /** Whether [p, e) (a statement from its first line's start) calls: a name followed by {@code (}, no C keyword leading it. */
    private static boolean callStatement(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        int w = LineScan.skipIdent(t, p, e);
        if (w == p || CallTreeLine.cStatementWord(t, p, w) || w - p == 6 && LineScan.startsWith(t, p, w, "return")
                || w - p == 4 && LineScan.startsWith(t, p, w, "case")) {
            return false;
        }
        for (int k = p; k < e; k++) {
            if (t[k] == '(' && k > p && LineScan.isIdentPart(t[k - 1])) {
                int n = k - 1;
                while (n > p && LineScan.isIdentPart(t[n - 1])) {
                    n--;
                }
                if (!(k - n == 6 && LineScan.startsWith(t, n, k, "sizeof"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The width of the whitespace [s, p), a TAB counting {@value #TAB} columns up to the next stop. */
    private static int width(int[] t, int s, int p) {
        int w = 0;
        for (int k = s; k < p; k++) {
            w = t[k] == '\t' ? (w / TAB + 1) * TAB : w + 1;
        }
        return w;
    }
}
