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
 * An ordinary, well-indented function has no such line and stays code. Lines inside a {@code /* … *}{@code /}
 * comment over lines (starred or not, or wrapped after a statement's trailing remark) are comments; a statement
 * over lines with a whole {@code name(…)} line in it (a K&amp;R head and its parameter declarations) is no
 * finished call; a fence with no {@code {} (not C: {@code IF … THEN}) or with TAB-led and blank-led code lines
 * together (widths in no one unit) is no splice. {@code foo (x);} (GNU style, a blank before {@code (}) is no
 * call statement, so GNU-style code stays code.
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
        boolean head = false;      // a line of the statement ends with `)`: a K&R head `f(a, b)`, or a condition
        boolean inComment = false; // inside a `/* … */` comment over lines
        boolean braces = false;    // a `{` seen: C-shaped, not `IF … THEN`
        boolean tabLed = false;    // a code line indented from a TAB
        boolean spaceLed = false;  // a code line indented from a blank
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (inComment) {   // a comment's inner line, starred or not, or its end
                inComment = LineScan.indexOf(t, p, e, "*/") < 0;
                continue;
            }
            if (p == e || t[p] == '#' && !open) {
                continue;
            }
            e = LineScan.stripEnd(t, p, e);
            int code = BraceHeads.codeBeforeRemark(t, p, e);
            inComment = code < e && opensComment(t, code, e);   // `f();  /* why … ` wrapping onto the next line
            if (CallTreeLine.comment(t, p, e) || LineScan.isElision(t, p, e)) {
                continue;   // a comment, a block comment's continuation, an elision: no level of their own
            }
            if (code == p) {
                continue;
            }
            int width = width(t, s, p);
            if (p > s) {
                tabLed |= t[s] == '\t';
                spaceLed |= t[s] != '\t';
            }
            braces |= t[p] == '{' || t[code - 1] == '{';
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
            head = end == ')' || head && stmtStart != j;   // a line of the statement ends with `)`: `int` / `f(a, b)`
            open = end != ';' && end != '{' && end != '}' && end != ':';
            // a statement over lines with a whole `name(…)` line in it is a K&R head and its parameter declarations
            finishedCall = end == ';' && !(head && stmtStart != j) && callStatement(t, layout.start(stmtStart), code);
            if (end == ':' || end == '{') {
                finishedCall = false;
            }
        }
        // no brace: not C (`IF … THEN`); TAB- and blank-led lines together: widths in no one unit
        return splices >= MIN_SPLICES && braces && !(tabLed && spaceLed);
    }

    /** Whether the remark starting at {@code k} in [k, e) leaves a {@code /*} comment open at the line's end. */
    private static boolean opensComment(int[] t, int k, int e) {
        boolean open = false;
        for (; k + 1 < e; k++) {
            if (!open && t[k] == '/' && t[k + 1] == '/') {
                return false;
            }
            if (t[k] == (open ? '*' : '/') && t[k + 1] == (open ? '/' : '*')) {
                open = !open;
                k++;
            }
        }
        return open;
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
