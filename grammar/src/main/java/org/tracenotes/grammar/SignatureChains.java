package org.tracenotes.grammar;

/**
 * A fence walking a call path through C++ functions as their signatures at the margin, each over its body's
 * relevant statements indented below it, the next signature the function one of those statements calls:
 * <pre>
 * void Panel::focus(const Params&amp; params)
 *     host()-&gt;client().showMenu();
 *
 * void ClientImpl::showMenu()
 *     if (view_-&gt;client())
 *         view_-&gt;client()-&gt;showMenu();
 *
 * void View::showMenu():
 * // override of ViewClient
 *     call: OnShowMenu();
 * </pre>
 * A margin line is a signature (type words, a {@code Class::name} or a plain name, its parameters in
 * parentheses, then nothing or {@code ;}, {@code :}, {@code const}, an empty body {@code { }}, or a
 * parameter list wrapped after {@code ,}), a {@code //} remark, or a lone brace of a pasted body. The fence is
 * such a path when it holds three signatures at least, two of them qualified with {@code ::}, and two of them
 * name a function a line above them calls ({@code name(}, {@code &amp;A::name}, {@code call: name}): a
 * header listing declarations, or an API reference of prototypes over their descriptions, names no
 * function twice that way. The depths are read in {@code org.tracenotes.core.parse.SignatureChainDepths}.
 */
final class SignatureChains {

    private SignatureChains() {
    }

    /** Whether fence lines {@code first}..{@code last} are such a path; if so, marks block {@code blockId}. */
    static boolean markFenced(NoteLayout layout, int first, int last, int blockId) {
        int[] t = layout.codePoints();
        int signatures = 0;
        int qualified = 0;
        int landed = 0;
        int bodies = 0;
        boolean wrapped = false;
        for (int j = first; j <= last; j++) {
            int p = LineScan.stripStart(t, layout.start(j), layout.contentEnd(j));
            int e = LineScan.stripEnd(t, p, layout.contentEnd(j));
            if (p == e) {
                continue;
            }
            if (layout.indentOf(j) > 0) {
                if (signatures == 0) {
                    return false;
                }
                if (!wrapped) {
                    bodies++;
                }
                wrapped = false;
                continue;
            }
            wrapped = false;
            if (e - p == 1 && (t[p] == '{' || t[p] == '}') || e - p >= 2 && t[p] == '/' && t[p + 1] == '/') {
                continue;
            }
            int name = signatureName(t, p, e);
            if (name < 0) {
                return false;
            }
            int nameEnd = LineScan.skipIdent(t, name, e);
            signatures++;
            qualified += name >= 2 && t[name - 1] == ':' && t[name - 2] == ':' ? 1 : 0;
            landed += calledAbove(layout, t, first, j, name, nameEnd) ? 1 : 0;
            wrapped = t[lastCode(t, p, e) - 1] == ',';
        }
        if (signatures < 3 || qualified < 2 || landed < 2 || bodies < 2) {
            return false;
        }
        layout.mark(BlockShape.SIGNATURE_CHAIN, blockId);
        return true;
    }

    /** The end of [p, e) before a trailing {@code //} remark, blanks stripped. */
    static int lastCode(int[] t, int p, int e) {
        for (int q = p; q + 1 < e; q++) {
            if (t[q] == '/' && t[q + 1] == '/') {
                return Math.max(p + 1, LineScan.stripEnd(t, p, q));
            }
        }
        return e;
    }

    /**
     * Where the function's name starts when the stripped margin line [p, e) is a signature, else -1: one type
     * word at least before the (maybe {@code ::}-qualified) name, its {@code (}, and the line ending at its
     * matching {@code )} and then nothing, {@code ;}, {@code :}, {@code const}, {@code { }}, or wrapped after {@code ,}.
     */
    static int signatureName(int[] t, int p, int e) {
        e = lastCode(t, p, e);
        int q = p;
        int words = 0;
        int name = -1;
        while (q < e && t[q] != '(') {
            int c = t[q];
            if (LineScan.isIdentStart(c)) {
                name = q;
                q = LineScan.skipIdent(t, q, e);
                if (q + 1 < e && t[q] == ':' && t[q + 1] == ':') {
                    q += 2;
                    continue;
                }
                words++;
            } else if (c == ' ' || c == '\t' || c == '*' || c == '&' || c == '<' || c == '>' || c == ',' || c == '~') {
                q++;
            } else {
                return -1;
            }
        }
        if (q >= e || words < 2 || name < 0 || name + 1 > q) {
            return -1;
        }
        int close = LineScan.closeParen(t, q, e);
        if (close < 0) {
            return t[e - 1] == ',' ? name : -1;   // parameters wrapped onto the lines below
        }
        int r = LineScan.stripStart(t, close + 1, e);
        String tail = new String(t, r, e - r).replace(" ", "");
        return tail.isEmpty() || tail.equals(";") || tail.equals(":") || tail.equals("const") || tail.equals("const;")
                || tail.equals("{}") || tail.equals("override;") ? name : -1;
    }

    /** Whether a line in [first, j) names the identifier [name, nameEnd) as a whole word, not as a signature. */
    private static boolean calledAbove(NoteLayout layout, int[] t, int first, int j, int name, int nameEnd) {
        for (int k = j - 1; k >= first; k--) {
            int s = layout.start(k);
            int e = layout.contentEnd(k);
            int p = LineScan.stripStart(t, s, e);
            if (p == e || layout.indentOf(k) == 0) {
                continue;
            }
            if (names(t, p, e, name, nameEnd)) {
                return true;
            }
        }
        return false;
    }

    /** Whether [p, e) holds the identifier [name, nameEnd) of {@code t} as a whole word. */
    static boolean names(int[] t, int p, int e, int name, int nameEnd) {
        int n = nameEnd - name;
        for (int q = p; q + n <= e; q++) {
            if ((q == p || !LineScan.isIdentPart(t[q - 1])) && (q + n == e || !LineScan.isIdentPart(t[q + n]))
                    && java.util.Arrays.equals(t, q, q + n, t, name, nameEnd)) {
                return true;
            }
        }
        return false;
    }
}
