package org.tracenotes.grammar;

/**
 * A C function definition that the note's author trimmed and annotated into a trace instead of pasting
 * it whole, in either of two shapes:
 * <ul>
 * <li><b>A callee inlined under its call</b>: inside the definition's body a call written without its
 * {@code ;}, and on the next line a bare {@code {} opening the callee's own body, written out in place;
 * the author's remarks in the note's language, elisions, other calls without {@code ;} around it:
 * <pre>
 * static void pump_loop(pump_t *p)
 * {
 *     // 初始化
 *     pump_init(p);
 *     for ( ;; ) {
 *         pump_wait_events(p)
 *         {
 *             // 这里调用 pump_poll
 *             pump_poll()
 *         }
 *     }
 * }
 * </pre>
 * C never opens a body under a call without {@code ;} but for a loop or scope macro written Allman
 * ({@link LoopMacroNames}), named in capitals or with a loop word. One such call, named as C names its
 * functions (lower case, an {@code _}), inside a definition's body, makes the fence a trace when the fence
 * shows a second sign of a trimmed listing: a comment in CJK words, an elision line ({@code ...}), or
 * another statement written without its {@code ;} ({@code pump_poll()}). Without such a sign one call over
 * a bare brace may be a project's own macro, and the fence stays code ({@link BraceExpandedCallees} wants
 * two such callees of different names).</li>
 * <li><b>A chain over its last function's definition</b>: the fence's first code line a one-line chain
 * of names ({@code pump_run --> pump_run_impl}), the next one, at the chain's indent, the definition of
 * the chain's last name ({@code static int pump_run_impl(...){}), its body then closed at that indent,
 * nothing but comments after it:
 * <pre>
 * pump_run --> pump_run_impl
 * static int pump_run_impl(pump_t *p){
 * // 取出任务
 * job = take_job(p)
 * }
 * </pre>
 * A listing of C never starts with names joined by arrows; that the definition below defines the
 * chain's last link (its last name, {@code Pump::fill} defined by {@code void Pump::fill(…){}) shows the
 * author follows the chain into it. The arrows are {@code -->}, {@code ->}, {@code =>} or {@code →}; a
 * {@code ->} with no blank around it is a member access ({@code p->run}), no link.</li>
 * </ul>
 * Comments and blank lines are passed over; a line's own remark after its code does not end it. The core
 * nests such a block by its braces ({@code BraceChainDepths}): a bare {@code {} and the body under the head
 * that opens it, a {@code }} under the head it closes.
 */
final class TrimmedDefinitions {

    private TrimmedDefinitions() {
    }

    /**
     * Whether fenced lines {@code first}..{@code last} of {@code layout} are a trimmed definition read as a
     * trace; if so, block {@code blockId} is marked {@link BlockShape#TRIMMED_DEFINITION}, its lines nested by
     * their braces in the core.
     */
    static boolean markTrace(NoteLayout layout, int first, int last, int blockId) {
        if (chainOverDefinition(layout, first, last) || inlinesCallee(layout, first, last)) {
            layout.mark(BlockShape.TRIMMED_DEFINITION, blockId);
            return true;
        }
        return false;
    }

    /** The stripped code line j's start, or -1 for a blank line or a comment line. */
    private static int codeStart(NoteLayout layout, int[] t, int j) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j) + layout.marginEnd(j), e);
        return p == e || CallTreeLine.comment(t, p, LineScan.stripEnd(t, p, e)) ? -1 : p;
    }

    /** Whether the fence is a one-line chain over the definition of its last link (the second shape). */
    private static boolean chainOverDefinition(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int j = first;
        while (j <= last && codeStart(layout, t, j) < 0) {
            j++;
        }
        if (j > last) {
            return false;
        }
        int p = codeStart(layout, t, j);
        int e = LineScan.stripEnd(t, p, layout.contentEnd(j));
        int lastName = chainLastName(t, p, e);
        if (lastName < 0) {
            return false;
        }
        int indent = p - layout.start(j);
        int lastEnd = LineScan.skipIdent(t, lastName, e);
        int d = j + 1;
        while (d <= last && codeStart(layout, t, d) < 0) {
            d++;
        }
        if (d > last) {
            return false;
        }
        int q = codeStart(layout, t, d);
        int qe = BraceHeads.codeEnd(t, q, LineScan.stripEnd(t, q, layout.contentEnd(d)));
        if (q - layout.start(d) != indent || t[qe - 1] != '{' || !defines(t, q, qe, t, lastName, lastEnd)) {
            return false;
        }
        // the body, up to its `}` at the definition's indent; nothing but comments after it
        for (int k = d + 1; k <= last; k++) {
            int r = codeStart(layout, t, k);
            if (r >= 0 && t[r] == '}' && r - layout.start(k) == indent) {
                for (int m = k + 1; m <= last; m++) {
                    if (codeStart(layout, t, m) >= 0) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /**
     * Where the last name of the one-line chain [p, e) starts: names of code ({@code a}, {@code A::b},
     * {@code x.y}) joined by {@code -->}, {@code ->}, {@code =>} or {@code →}, two at least, nothing else
     * on the line; -1 when the line is not that.
     */
    private static int chainLastName(int[] t, int p, int e) {
        int k = p;
        int names = 0;
        int lastName = -1;
        while (true) {
            if (k >= e || !LineScan.isIdentStart(t[k])) {
                return -1;
            }
            int end = BraceHeads.pathEnd(t, k, e);
            for (lastName = k++; k < end; k++) {
                lastName = LineScan.isIdentPart(t[k]) && !LineScan.isIdentPart(t[k - 1]) ? k : lastName;   // `Pump::fill`: fill
            }
            names++;
            k = LineScan.skipBlanks(t, k, e);
            if (k == e) {
                return names >= 2 ? lastName : -1;
            }
            int a = arrowEnd(t, k, e);
            if (a < 0) {
                return -1;
            }
            k = LineScan.skipBlanks(t, a, e);
        }
    }

    /** The end of the arrow at k ({@code -->}, {@code ->}, {@code =>}, {@code →}), or -1. */
    private static int arrowEnd(int[] t, int k, int e) {
        if (t[k] == '\u2192') {
            return k + 1;
        }
        int m = k;
        while (m < e && (t[m] == '-' || t[m] == '=')) {
            m++;
        }
        return m > k && m - k <= 3 && m < e && t[m] == '>' ? m + 1 : -1;
    }

    /**
     * Whether the stripped line [q, e), ending with {@code {}, defines the function named [n, ne) of
     * {@code nt}: words of a type, the name (a class's member perhaps: {@code Reader::read}), its
     * parameters closing before the brace.
     */
    private static boolean defines(int[] t, int q, int e, int[] nt, int n, int ne) {
        int paren = LineScan.indexOf(t, q, e, "(");
        if (paren < 0 || !CodeShapedTraces.parenClosesBeforeBrace(t, paren, e)) {
            return false;
        }
        int s = LineScan.stripEnd(t, q, paren);
        int b = s;
        while (b > q && LineScan.isIdentPart(t[b - 1])) {
            b--;
        }
        if (s - b != ne - n || b == q) {
            return false;   // another name, or no type before it
        }
        for (int i = 0; i < ne - n; i++) {
            if (t[b + i] != nt[n + i]) {
                return false;
            }
        }
        int w = LineScan.skipIdent(t, q, b);
        return w > q && !CallTreeLine.cStatementWord(t, q, w) && !LineScan.startsWith(t, q, w, "return");
    }

    /** Whether a callee's body is written out under its call, inside a definition's body (the first shape). */
    private static boolean inlinesCallee(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        boolean inlined = false;
        boolean sign = false;   // a remark in CJK words, an elision
        int unfinished = 0;     // calls without `;` that open no body
        int lastUnfinished = -1;
        byte[] bodies = new byte[64];
        int depth = 0;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + layout.marginEnd(j), e);
            if (p == e) {
                continue;
            }
            int b = LineScan.stripEnd(t, p, e);
            if (CallTreeLine.comment(t, p, b)) {
                sign |= cjk(t, p, b);
                continue;
            }
            if (LineScan.isElision(t, p, b)) {
                sign = true;
                continue;
            }
            int c = BraceHeads.codeBeforeRemark(t, p, b);
            sign |= c < b && cjk(t, c, b);
            for (int n = t[p] == '}' ? BraceHeads.closers(t, p, c) : 0; n > 0 && depth > 0; n--) {
                depth--;
            }
            if (t[c - 1] != '{') {
                if (depth > 0 && unfinishedCall(t, p, c)) {
                    unfinished++;
                    lastUnfinished = j;
                }
                continue;
            }
            byte kind;
            if (p == c - 1) {
                int s = CodeShapedTraces.calledAbove(layout, t, first, j);
                int k = BraceHeads.lineAbove(layout, t, first, j);
                unfinished -= k >= 0 && k == lastUnfinished ? 1 : 0;   // the call over the body is no second sign
                if (s >= 0) {
                    kind = BraceExpandedCallees.CALL;
                    int ke = BraceHeads.codeBeforeRemark(t, s, LineScan.stripEnd(t, s, layout.contentEnd(k)));
                    int paren = LineScan.indexOf(t, s, ke, "(");
                    int n = paren;
                    while (n > s && LineScan.isIdentPart(t[n - 1])) {
                        n--;
                    }
                    inlined |= depth > 0 && bodies[0] == BraceExpandedCallees.DEFINITION && t[ke - 1] == ')'
                            && cNamed(t, n, paren) && !LoopMacroNames.loopsOrScopes(t, n, paren);
                } else {
                    kind = BraceExpandedCallees.headAbove(layout, t, first, j, depth == 0);
                }
            } else {
                kind = BraceExpandedCallees.opener(t, p, c, depth == 0);
            }
            if (depth < bodies.length) {
                bodies[depth] = kind;
            }
            depth++;
        }
        return inlined && (sign || unfinished > 0);
    }

    /** Whether [n, q) is named as C names its functions: lower case with an {@code _}. */
    private static boolean cNamed(int[] t, int n, int q) {
        boolean underscore = false;
        for (int i = n; i < q; i++) {
            if (t[i] >= 'A' && t[i] <= 'Z') {
                return false;
            }
            underscore |= t[i] == '_';
        }
        return underscore && q > n;
    }

    /** Whether [p, c) holds a CJK ideograph. */
    private static boolean cjk(int[] t, int p, int c) {
        for (int i = p; i < c; i++) {
            if (LineScan.isCjk(t[i])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the code [p, c) is a call statement written without its {@code ;}: {@code f(x)}, {@code a = f(x)}. */
    private static boolean unfinishedCall(int[] t, int p, int c) {
        return t[c - 1] == ')' && LineScan.isIdentStart(t[p]) && LineScan.indexOf(t, p, c, "(") > p && CodeShapedTraces.callStatement(t, p, c)
                && BraceHeads.callAbove(t, p, c) >= 0;
    }
}
