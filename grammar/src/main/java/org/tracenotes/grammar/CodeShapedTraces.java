package org.tracenotes.grammar;

/**
 * Traces written as code, in a fence whose info string lets its content decide, that a careful reader
 * tells from a listing of C by shapes C itself never has:
 * <ul>
 * <li><b>Brace-nesting pseudocode</b>: a call written {@code name(args) {}, with no return type before
 * it (so no definition) and no keyword ({@code if}, {@code for}, {@code switch} …), opens the callee's
 * body, closed by its {@code }}: {@code fork() {} / {@code   sys_fork() {} / … A call never opens a
 * body in C; a block holding such a call inside the body of another is a trace whose tree the braces give.</li>
 * <li><b>Skeleton code</b>: function definitions, each cut down to a body of a few statements that calls
 * the function defined right below it ({@code void a(void)} / {@code {} / {@code     b();} / {@code }} /
 * {@code void b(void)} / … , the head and each brace and statement on a line of its own),
 * the last landing perhaps a bare call. C source defines a helper before its caller; definitions in call
 * order, each body reduced to the next call, are a chain a reader follows down ({@link SkeletonChain}).</li>
 * <li><b>Names over calls</b>: a bare function name at the fence's margin with a deeper line under it that
 * calls ({@code widget_init} / {@code   err = widget_register(&w);}), a call tree's root and its body.</li>
 * <li><b>Callees expanded in place among C statements</b>: brace-nesting pseudocode whose callees' bodies
 * hold C statements of their own ({@code x = y;}, {@code return;}), which the first shape takes for real
 * C; calls of two names opening bodies inside a function's body make it a trace ({@link BraceExpandedCallees}).</li>
 * </ul>
 * Lines are stripped of whitespace ({@link Character#isWhitespace}) at both ends alike, the margin
 * being the least count of leading whitespace. One pass over the fence notes its margin and which lines
 * may matter (a last character {@code {}, a
 * line that is one word); only those lines are scanned further. {@link NoteLayout} asks it about a fence
 * that arrows, numbered lines, a box-drawn tree and an arrowless call tree ({@link IndentedCallTree}) did
 * not make a trace; {@link UnfencedNests} finds brace-nesting pseudocode outside fences.
 */
final class CodeShapedTraces {

    /** Statements (lines other than braces and comments) a skeleton definition's body holds at most. */
    static final int MAX_SKELETON_STATEMENTS = 4;
    /** Definitions (the bare landing included) a skeleton chain has at least. */
    static final int MIN_SKELETON_DEFINITIONS = 3;
    /** Non-blank lines of a fence that one bare name over a call may make a trace at most. */
    static final int LINES_PER_NAME = 8;

    private CodeShapedTraces() {
    }

    /** Whether fenced lines {@code first}..{@code last} of {@code layout} are a trace written as code. */
    static boolean isTrace(NoteLayout layout, int first, int last) {
        // one pass for what every shape needs: the fence's margin, and its lines that open a body
        int[] t = layout.codePoints();
        int margin = Integer.MAX_VALUE;
        int opening = 0;
        int words = 0;   // lines that may be a bare name: a word's first and last characters
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, s, e);
            if (p < e) {
                margin = Math.min(margin, p - s);
                int b = LineScan.stripEnd(t, p, e);
                int end = t[b - 1];
                // a remark after the brace (`f() {  // why`) is looked for until two bodies are seen open
                opening += end == '{' || opening < 2 && t[BraceHeads.codeEnd(t, p, b) - 1] == '{' ? 1 : 0;
                words += LineScan.isIdentPart(end) && LineScan.isIdentStart(t[p]) ? 1 : 0;
            }
        }
        // nesting needs two bodies opened, one inside the other; a skeleton chain two bodies with a link each
        return opening >= 2 && (nestsCallBodies(layout, first, last) || SkeletonChain.isChain(layout, first, last, margin)
                || BraceExpandedCallees.expandsCallees(layout, first, last))
                || opening >= 1 && SketchedBodies.isSketch(layout, first, last)   // bodies of calls without `;` and `...`
                || words > 0 && namesOverCalls(layout, first, last, margin)
                || SplicedBodies.isSplice(layout, first, last);   // callees' bodies spliced under their calls
    }

    /**
     * Whether bare function names ({@code widget_init}: one word with an {@code _}, nothing else) stand at
     * the fence's margin with, on the next line and deeper, a statement that calls ({@code err =
     * widget_register(&w);}): the name's body, as in a call tree. C never writes a name alone on a line
     * with a statement indented under it, so such groups make the fence a trace, whatever else it holds
     * (a pasted initialiser, a stub), when there is one for every {@value #LINES_PER_NAME} lines of the
     * fence at least: one name over a call in a long listing is a caption over the code, not its reading.
     * The line under the name must call as a statement does ({@link #callStatement}): a prototype under
     * its own name ({@code void *widget_alloc(size_t n);}) is an API synopsis, words around a call
     * ({@code Set via sysctl(8): …}) a glossary's.
     */
    static boolean namesOverCalls(NoteLayout layout, int first, int last, int margin) {
        int[] t = layout.codePoints();
        int groups = 0;
        int lines = 0;
        for (int j = first; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            lines += p < e ? 1 : 0;
            if (j == last || p >= e || p - s != margin || !LineScan.isIdentStart(t[p]) || !LineScan.isIdentPart(t[e - 1])) {
                continue;   // the cheap tests: a word's first and last characters, at the margin
            }
            boolean underscore = false;
            int q = p;
            while (q < e && LineScan.isIdentPart(t[q])) {
                underscore |= t[q] == '_';
                q++;
            }
            if (q < e || !underscore) {
                continue;
            }
            int ns = layout.start(j + 1);
            int ne = layout.contentEnd(j + 1);
            int np = LineScan.stripStart(t, ns, ne);
            if (np < ne && np - ns > margin && LineScan.indexOf(t, np, ne, "(") > np
                    && callStatement(t, np, LineScan.stripEnd(t, np, ne))) {
                groups++;
            }
        }
        return groups > 0 && groups * LINES_PER_NAME >= lines;
    }

    /**
     * Whether the stripped line [p, e), which holds a {@code (} past its start, is a statement that calls:
     * a complete call line ({@link CallTreeLine}) whose text before its first {@code (} is the callee's
     * name alone ({@code list_add(…)}, {@code ops->run(…)}), or an assignment of the call
     * ({@code err = f(…)}, {@code p->x |= f(…)}); not a prototype (type words before the name) nor words.
     */
    static boolean callStatement(int[] t, int p, int e) {
        int paren = LineScan.indexOf(t, p, e, "(");
        int head = LineScan.stripEnd(t, p, paren);
        int name = head;
        while (name > p && (LineScan.isIdentPart(t[name - 1]) || t[name - 1] == '.' || t[name - 1] == '>'
                && name - 2 >= p && t[name - 2] == '-' || t[name - 1] == '-' && t[name] == '>')) {
            name--;
        }
        if (name == head) {
            return false;
        }
        int before = LineScan.stripEnd(t, p, name);
        if (before > p) {
            if (t[before - 1] != '=') {
                return false;   // type words or prose before the name
            }
            for (int k = p; k < before - 1; k++) {
                if (!LineScan.isIdentPart(t[k]) && " *.->[]+|&^<".indexOf(t[k]) < 0) {
                    return false;
                }
            }
        }
        return CallTreeLine.classify(t, p, e).complete();
    }

    /**
     * Whether a call that opens a body ({@code name(args) {}) stands inside the body of another such call,
     * with no other body (a definition's, a bare {@code {}) around them, in a fence that holds no statement
     * of C's own. Braces are followed by the lines' first and last characters: a line led by {@code }}
     * closes the innermost body, a line ending with {@code {} opens one (a {@code } else {} does both);
     * braces inside a line ({@code args{ .x = 1 }}) open and close nothing.
     *
     * <p>Lower-case macros open bodies in real C too ({@code guard_scope(rcu) {}, {@code queue_walk(&q, x) {}),
     * but there they sit inside a function's definition, and their bodies hold C statements ended by
     * {@code ;} that call nothing or are control flow ({@code x = y;}, {@code if (a) x = y;}, {@code break;}).
     * Brace-nesting pseudocode drops the semicolons, or ends only calls with them; one such statement in
     * the fence makes it C ({@link #cStatement}), unless two calls opening bodies are named as no loop or
     * scope macro is: callees expanded in place among their own statements ({@link BraceExpandedCallees}).
     */
    static boolean nestsCallBodies(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        boolean[] callBodies = null;   // per open body, whether a call opened it; made at the first `{` line
        int depth = 0;
        int openCalls = 0;
        boolean nested = false;
        boolean pascal = false;        // a call opening a body named in PascalCase: C's only beside a name with `_`
        boolean underscored = false;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + layout.marginEnd(j), e);   // past a comment's ` * `
            if (p == e) {
                continue;
            }
            e = BraceHeads.codeEnd(t, p, LineScan.stripEnd(t, p, e));
            if (t[e - 1] == ';') {
                if (cStatement(t, p, e)) {
                    return false;
                }
                continue;
            }
            for (int c = t[p] == '}' ? BraceHeads.closers(t, p, e) : 0; c > 0 && depth > 0; c--) {
                depth--;
                openCalls -= callBodies[depth] ? 1 : 0;
            }
            if (t[e - 1] != '{' || nested) {
                continue;
            }
            int name = p == e - 1 ? calledAbove(layout, t, first, j) : calleeOpeningBody(t, p, e);
            boolean call = name >= 0;
            if (call) {
                int end = name;
                while (end < e && t[end] != '(' && t[end] != '{' && t[end] != ' ') {
                    end++;
                }
                pascal |= BraceHeads.pascalCase(t, name, end) && LineScan.indexOf(t, name, end, "_") < 0;
                underscored |= LineScan.indexOf(t, name, end, "_") >= 0;
            }
            if (call && openCalls > 0 && openCalls == depth) {
                nested = true;   // the rest of the fence is read for C statements only
                continue;
            }
            if (callBodies == null) {
                callBodies = new boolean[16];
            } else if (depth == callBodies.length) {
                callBodies = java.util.Arrays.copyOf(callBodies, depth * 2);
            }
            callBodies[depth++] = call;
            openCalls += call ? 1 : 0;
        }
        return nested && (!pascal || underscored);
    }

    /**
     * Where the callee's name starts on the head above the bare {@code {} on line {@code j} when that
     * head is a call ({@link BraceHeads#callAbove}) and no loop or scope macro written Allman
     * ({@code list_walk(q, x)} / {@code {}); -1 otherwise.
     */
    static int calledAbove(NoteLayout layout, int[] t, int first, int j) {
        int k = BraceHeads.lineAbove(layout, t, first, j);
        if (k < 0) {
            return -1;
        }
        int h = BraceHeads.headStart(layout, t, first, k);
        int p = LineScan.stripStart(t, layout.start(h), layout.contentEnd(h));
        int e = LineScan.stripEnd(t, p, layout.contentEnd(k));
        int s = BraceHeads.callAbove(t, p, e);
        if (s < 0) {
            return -1;
        }
        int paren = LineScan.indexOf(t, s, e, "(");
        int n = paren;
        while (n > s && LineScan.isIdentPart(t[n - 1])) {
            n--;
        }
        boolean statement = LineScan.indexOf(t, paren, e, ";") >= 0 || s > p;   // `f(x);`, `v = f(x)`: no loop's head
        return statement || !LoopMacroNames.loopsOrScopes(t, n, paren) && !otherLanguage(t, s, paren, CodeShapedTraces.closingParen(t, paren, e)) ? s : -1;
    }

    /**
     * Whether the stripped line [p, e), which ends with {@code ;}, is a statement of C's own that a trace
     * does not write: control flow ({@code if (a) x = y;}, {@code while (n--);}) or a statement that calls
     * nothing ({@code x = y;}, {@code break;}, {@code sum += v[i];}).
     */
    static boolean cStatement(int[] t, int p, int e) {
        if (t[p] == '/' || t[p] == '#' || t[p] == '*' && (p + 1 == e || t[p + 1] == ' ')) {
            return false;   // a comment or a directive
        }
        return LineScan.isIdentStart(t[p]) && CallTreeLine.isHeader(t, p, e) || LineScan.indexOf(t, p, e, "(") < 0;
    }

    /**
     * Whether the stripped line [p, e), which ends with {@code {}, is a call opening its callee's body:
     * a name or member path ({@code fmt->load_binary}) with a lower-case letter, no word before it, that is
     * no keyword or loop macro, its parenthesised arguments, then the brace.
     */
    static boolean callOpensBody(int[] t, int p, int e) {
        return calleeOpeningBody(t, p, e) >= 0;
    }

    /**
     * Where the callee's name starts when the stripped line [p, e), which ends with {@code {}, is a call
     * opening its callee's body ({@link #callOpensBody}), its result perhaps assigned or returned
     * ({@code rc = f(x) {}, {@code return f(x) {}: {@link BraceHeads#calleeStart}); -1 when it is not.
     */
    static int calleeOpeningBody(int[] t, int p, int e) {
        if (!LineScan.isIdentStart(t[p])) {
            return -1;
        }
        int q = BraceHeads.pathEnd(t, p, e);
        if (q < e && t[q] != '(') {
            int paren = LineScan.indexOf(t, q, e, "(");
            int s = paren < 0 ? p : BraceHeads.calleeStart(t, p, paren);
            if (s == p || s >= e || !LineScan.isIdentStart(t[s])) {
                return BraceHeads.nameOpensBody(t, p, e) ? p : -1;   // `mysqld_main{`, `x.c: main{`
            }
            p = s;
            q = BraceHeads.pathEnd(t, p, e);
            if (q != paren) {
                return -1;
            }
        }
        boolean lower = false;
        for (int k = p; k < q; k++) {
            lower |= t[k] >= 'a' && t[k] <= 'z';
        }
        if (q == e || !lower || CallTreeLine.isHeader(t, p, q + 1) || TrailingNote.isKeyword(new String(t, p, q - p))) {
            return -1;
        }
        return parenClosesBeforeBrace(t, q, e) && !otherLanguage(t, p, q, closingParen(t, q, e)) ? p : -1;
    }

    /** Where the parenthesis at {@code k} closes on [k, e), {@code e} if it does not. */
    static int closingParen(int[] t, int k, int e) {
        int depth = 0;
        for (; k < e; k++) {
            if (t[k] == '(') {
                depth++;
            } else if (t[k] == ')' && --depth == 0) {
                break;
            }
        }
        return k;
    }

    /** Whether the parenthesis at {@code k} closes with only blanks between it and the line's last character ({@code {}). */
    static boolean parenClosesBeforeBrace(int[] t, int k, int e) {
        int c = closingParen(t, k, e);
        return c < e && LineScan.skipBlanks(t, c + 1, e) == e - 1;
    }

    /**
     * Whether the body-opening head [p, q) with its arguments (q, k) is another language's block, not a
     * C call: a name that mixes cases without an underscore ({@code VStack}, {@code withContext}: C names
     * its functions in lower case with underscores, its macros in capitals), an argument written
     * {@code name: value} (Swift's, Kotlin's, C#'s named arguments), a string as the first argument
     * ({@code stage('build')}, a pipeline's step), or a statement word of Java or C# that takes a
     * parenthesised operand ({@code synchronized (a)}, {@code lock (a)}, {@code using (r)}).
     */
    private static boolean otherLanguage(int[] t, int p, int q, int k) {
        int n = q;
        while (n > p && LineScan.isIdentPart(t[n - 1])) {
            n--;
        }
        boolean lower = false;
        boolean upper = false;
        boolean underscore = false;
        for (int i = n; i < q; i++) {
            lower |= t[i] >= 'a' && t[i] <= 'z';
            upper |= t[i] >= 'A' && t[i] <= 'Z';
            underscore |= t[i] == '_';
        }
        int a = LineScan.skipBlanks(t, q + 1, k);
        if (lower && upper && !underscore && (!BraceHeads.pascalCase(t, n, q) || LineScan.indexOf(t, a, k, "=") >= 0)) {
            return true;   // `withContext(Main)`, `Column(modifier = m)`; C's `PortalStart(portal)` goes on
        }
        if (a < k && (t[a] == '"' || t[a] == '\'')) {
            return true;
        }
        for (int i = q + 1; i + 1 < k; i++) {
            if (t[i] == ':' && LineScan.isIdentPart(t[i - 1]) && t[i + 1] == ' ') {
                return true;
            }
        }
        return n == p && (q - p == 12 && LineScan.startsWith(t, p, q, "synchronized")
                || q - p == 4 && LineScan.startsWith(t, p, q, "lock") || q - p == 5 && LineScan.startsWith(t, p, q, "using"));
    }
}
