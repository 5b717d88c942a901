package org.tracenotes.grammar;

/**
 * Trees of Go method signatures written in a note's text, outside fences: one signature a line, each the
 * call of the function or method on the line above it one level less deep (one TAB a level), the first
 * line the root. A step names its function by package, receiver and name, a pointer receiver with its
 * {@code *}, and may carry its parameter and result types as Go declares them:
 * <pre>
 * The main path:
 * foo.Run(addr string) error
 * 	foo.*Server.Serve(l net.Listener) error
 * 		net.Listener.Accept() (net.Conn, error)
 * 		foo.*conn.serve(ctx context.Context)
 * 			defer foo.*conn.serve.func()
 * 			foo.*conn.rwc.(*tls.Conn)
 * 				tls.*Conn.Handshake() error
 * 				tls.ConnectionState.NegotiatedProtocol
 * 			foo.*conn....
 * </pre>
 * A step may be led by {@code defer} or {@code go}, read a field ({@code pkg.Type.Field}), assert a type
 * ({@code pkg.*conn.rwc.(*tls.Conn)}), go through a composite literal ({@code pkg.handler{pkg.*conn.srv}.Serve(w)})
 * or end in an elision ({@code pkg.*conn....}). Go never writes such a line: a receiver's {@code .*Type.}
 * is no Go expression, and neither are typed parameters or results after a call's parenthesis. So a run
 * is read only when its lines are all such steps (elisions and {@code //} remarks among them) and one of
 * them at least has a pointer receiver or a signature's types; pasted Go code, prose indented under a
 * paragraph and ordinary call trees keep their readings. The block is marked
 * {@link BlockShape#GO_SIGNATURE_TREE}: the core reads its field reads, type assertions and elisions as
 * what they are ({@code GoSignatureSteps}); depths stay the author's indentation.
 */
public final class GoSignatureTrees {

    /** A pointer receiver in a step's name: {@code pkg.*Type.method}. */
    static final int POINTER = 1;
    /** A signature's types: typed parameters ({@code (l net.Listener)}) or results after the parenthesis. */
    static final int TYPED = 2;
    /** A type assertion ending the name: {@code pkg.*conn.rwc.(*tls.Conn)}. */
    public static final int ASSERTION = 4;
    /** A name ending in an elision: {@code pkg.*conn....}. */
    public static final int ELIDED = 8;
    /** A name without a parenthesis: a function named alone, or a field read. */
    public static final int BARE = 16;

    private GoSignatureTrees() {
    }

    /**
     * Marks the trees of Go signatures outside fences as trace blocks from {@code blockId} on: a text line
     * that is a step, with the text lines right under it deeper than it, steps too; the next free id.
     */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || step(t, layout.start(i), layout.contentEnd(i)) < 0) {
                i++;
                continue;
            }
            int base = layout.indentOf(i);
            int marks = step(t, layout.start(i), layout.contentEnd(i));
            int last = i;
            for (int j = i + 1; j < n && layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) > base; j++) {
                int from = layout.start(j);
                int to = layout.contentEnd(j);
                int m = step(t, from, to);
                if (m >= 0) {
                    marks |= m;
                    last = j;
                } else if (!LineScan.isElision(t, from, to) && !remark(t, from, to)) {
                    break;
                }
            }
            if (last > i && (marks & (POINTER | TYPED)) != 0) {
                layout.markTrace(i, last, blockId);
                layout.mark(BlockShape.GO_SIGNATURE_TREE, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /** Whether [from, to) is a {@code //} remark, blanks around. */
    private static boolean remark(int[] t, int from, int to) {
        return LineScan.startsWith(t, LineScan.stripStart(t, from, to), to, "//");
    }

    /**
     * What code points [from, to), blanks around, are as one step of such a tree: -1 for none, else the
     * bits {@link #POINTER}, {@link #TYPED}, {@link #ASSERTION}, {@link #ELIDED}, {@link #BARE} that it shows.
     * A step: perhaps {@code defer} or {@code go}; a lower-case package; {@code .}-joined segments, each a
     * name, a receiver {@code *Type} or a composite literal {@code type{…}}, the last perhaps a type assertion
     * {@code (*T)} or an elision {@code ...}; then perhaps the arguments or parameters in parentheses, and
     * the results' types.
     */
    public static int step(int[] t, int from, int to) {
        int p = LineScan.stripStart(t, from, to);
        if (p >= to || t[p] < 'a' || t[p] > 'z') {
            return -1;   // every step starts lower case, `defer` and `go` too: most lines end here
        }
        int e = end(t, p, to);
        p = pastWord(t, p, e, "defer");
        p = pastWord(t, p, e, "go");
        if (p >= e || t[p] < 'a' || t[p] > 'z') {
            return -1;
        }
        int q = LineScan.skipIdent(t, p, e);
        int segments = 1;
        int marks = 0;
        while (q < e && t[q] == '.') {
            if (e - q >= 4 && LineScan.allAre(t, q + 1, e, '.')) {
                return segments >= 2 ? marks | ELIDED : -1;   // `pkg.*conn....`: the name, then an elision
            }
            q++;
            if (q < e && t[q] == '(') {
                int close = LineScan.closeParen(t, q, e);
                return segments >= 2 && close == e - 1 && assertedType(t, q + 1, close) ? marks | ASSERTION : -1;
            }
            if (q + 1 < e && t[q] == '*' && LineScan.isIdentStart(t[q + 1])) {
                marks |= POINTER;
                q++;
            }
            if (q >= e || !LineScan.isIdentStart(t[q])) {
                return -1;
            }
            q = LineScan.skipIdent(t, q, e);
            segments++;
            if (q < e && t[q] == '{') {
                q = LineScan.closing(t, q, e, '{', '}');   // `pkg.handler{pkg.*conn.srv}.Serve`: a composite literal
                if (q < 0) {
                    return -1;
                }
                q++;
            }
        }
        if (segments < 2) {
            return -1;
        }
        if (q == e) {
            return marks | BARE;
        }
        if (t[q] != '(') {
            return -1;
        }
        int close = LineScan.closeParen(t, q, e);
        if (close < 0) {
            return -1;
        }
        if (typedParameters(t, q + 1, close)) {
            marks |= TYPED;
        }
        int r = LineScan.skipBlanks(t, close + 1, e);
        if (r == e) {
            return marks;
        }
        return r > close + 1 && results(t, r, e) ? marks | TYPED : -1;
    }

    /**
     * Where the step starting at {@code p} ends, blanks stripped: before a remark after it, {@code //} or
     * words in CJK after a blank ({@code pkg.*conn.serve(ctx) 处理连接}), or at the line's end.
     */
    public static int end(int[] t, int p, int to) {
        for (int k = p + 1; k < to; k++) {
            if (LineScan.isWhitespace(t[k - 1]) && (LineScan.isCjk(t[k]) || t[k] == '/' && k + 1 < to && t[k + 1] == '/')) {
                return LineScan.stripEnd(t, p, k);
            }
        }
        return LineScan.stripEnd(t, p, to);
    }

    /**
     * Whether the step [from, to) reads a field: a name without parentheses, of three segments or more,
     * the one before its last no pointer receiver ({@code tls.ConnectionState.NegotiatedProtocol}); a
     * method named alone has its receiver there ({@code pkg.*conn.serve}), a function its package
     * ({@code pkg.Serve}).
     */
    public static boolean fieldRead(int[] t, int from, int to) {
        int p = LineScan.stripStart(t, from, to);
        int e = end(t, p, to);
        int marks = step(t, from, to);
        if (marks < 0 || (marks & (BARE | ELIDED | ASSERTION)) != BARE) {
            return false;
        }
        int last = e - 1;
        while (t[last] != '.') {
            last--;
        }
        int before = last - 1;
        while (before >= p && t[before] != '.') {
            before--;
        }
        return before > p && t[before + 1] != '*';
    }

    /** Past the word {@code word} and the blanks after it at {@code p}, or {@code p} when no such word leads. */
    private static int pastWord(int[] t, int p, int e, String word) {
        int q = p + word.length();
        if (q < e && (t[q] == ' ' || t[q] == '\t') && LineScan.startsWith(t, p, e, word)) {
            return LineScan.skipBlanks(t, q, e);
        }
        return p;
    }

    /** Whether [p, e) is the type of an assertion: {@code *tls.Conn}, {@code net.Conn}, {@code T}. */
    private static boolean assertedType(int[] t, int p, int e) {
        if (p < e && t[p] == '*') {
            p++;
        }
        return qualifiedType(t, p, e) == e;
    }

    /** Past a type name {@code T} or {@code pkg.T} at {@code p}, or -1. */
    private static int qualifiedType(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p])) {
            return -1;
        }
        int q = LineScan.skipIdent(t, p, e);
        if (q + 1 < e && t[q] == '.' && LineScan.isIdentStart(t[q + 1])) {
            q = LineScan.skipIdent(t, q + 1, e);
        }
        return q;
    }

    /**
     * Whether the results [p, e) are Go's: one type ({@code error}, {@code *pkg.conn}, {@code []byte}) or a
     * list of them in parentheses ({@code (net.Conn, error)}, {@code (w *response, err error)}).
     */
    private static boolean results(int[] t, int p, int e) {
        if (t[p] == '(') {
            return LineScan.closeParen(t, p, e) == e - 1;
        }
        return type(t, p, e) == e;
    }

    /** Past a Go type at {@code p} ({@code *T}, {@code []T}, {@code map[K]V}, {@code pkg.T}, {@code ...T}), or -1. */
    private static int type(int[] t, int p, int e) {
        while (p < e) {
            if (t[p] == '*') {
                p++;
            } else if (t[p] == '[' && p + 1 < e && t[p + 1] == ']') {
                p += 2;
            } else if (e - p > 3 && t[p] == '.' && t[p + 1] == '.' && t[p + 2] == '.') {
                p += 3;
            } else if (LineScan.startsWith(t, p, e, "map[")) {
                int close = LineScan.closing(t, p + 3, e, '[', ']');
                if (close < 0) {
                    return -1;
                }
                p = close + 1;
            } else {
                break;
            }
        }
        if (LineScan.startsWith(t, p, e, "func(")) {
            int close = LineScan.closeParen(t, p + 4, e);
            if (close < 0) {
                return -1;
            }
            int r = LineScan.skipBlanks(t, close + 1, e);
            return r < e && r > close + 1 ? type(t, r, e) : close + 1;
        }
        return qualifiedType(t, p, e);
    }

    /**
     * Whether the parameter list [p, e) declares a name with a type ({@code l net.Listener}, {@code network,
     * address string}) as a signature does and a call's arguments never do: some parameter is a name, blanks,
     * then a type.
     */
    private static boolean typedParameters(int[] t, int p, int e) {
        int k = p;
        while (k < e) {
            int a = LineScan.skipBlanks(t, k, e);
            int end = argumentEnd(t, a, e);
            if (a < end && LineScan.isIdentStart(t[a])) {
                int q = LineScan.skipIdent(t, a, end);
                int r = LineScan.skipBlanks(t, q, end);
                if (r > q && r < end && type(t, r, end) == LineScan.stripEnd(t, r, end)) {
                    return true;
                }
            }
            k = end + 1;
        }
        return false;
    }

    /** Where the argument at {@code p} ends: the next {@code ,} outside brackets, or {@code e}. */
    private static int argumentEnd(int[] t, int p, int e) {
        int depth = 0;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                return k;
            }
        }
        return e;
    }
}
