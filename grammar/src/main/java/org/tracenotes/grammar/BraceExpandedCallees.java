package org.tracenotes.grammar;

import java.util.Arrays;

/**
 * Brace pseudocode mixed with C: the author writes a function, or a chain of calls, as C and expands
 * callees in place, each call of one followed by {@code {} and the callee's own body under it, closed by
 * its {@code }} ({@code el_handler(regs) {} / {@code     irq_enter(regs) {} / … , an empty body
 * {@code probe(dev, id) {} + blank + {@code }} for a callee not written out). The callees' bodies hold C
 * statements of their own ({@code x = y;}, {@code return;}, {@code break;}, {@code if}/{@code else},
 * {@code do}/{@code while}), which is why {@link CodeShapedTraces#nestsCallBodies} (which takes any such
 * statement for a sign of real C) does not read them.
 *
 * <p>What a careful reader states: in C, a call never opens a body; in a function's body, the only
 * {@code name(args) {} of real C is a macro that loops or scopes, and such macros say so in their names
 * ({@code for_each}, {@code each}, {@code walk}, {@code loop}, {@code guard}, {@code scope}, {@code with},
 * {@code for}, {@code while}, {@code until}, {@code repeat}: {@link LoopMacroNames}), wherever the word stands in
 * the name ({@code bpf_for}). A call opening a body whose name says neither, inside a function's body
 * (a definition's, typed or not, or another expanded callee's, through {@code if}, {@code else},
 * {@code switch}, {@code do} bodies), is the callee written out in place. One such call in a long listing
 * may be a macro of the project's own, and so may one name opening bodies again and again (a project's
 * macro is used in many functions); two calls of different names, one at least named as C names its
 * functions (with an {@code _}), make the fence a trace. Bodies of no function ({@code = {} initialisers, {@code struct x {},
 * a bare {@code {}, a class) hold no callee: a call opening a body inside them is another language's
 * method or block.
 *
 * <p>Only lines whose last character is {@code {} or whose first is {@code }} are looked at further.
 */
final class BraceExpandedCallees {

    /** Expanded callees of different names a fence holds at least. */
    static final int MIN_EXPANSIONS = 2;

    /** What opened a body. */
    static final byte DEFINITION = 1;
    static final byte CALL = 2;
    private static final byte CONTROL = 3;
    private static final byte OTHER = 4;

    private BraceExpandedCallees() {
    }

    /** Whether fenced lines {@code first}..{@code last} of {@code layout} expand callees in place. */
    static boolean expandsCallees(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        byte[] bodies = new byte[16];
        int depth = 0;
        int others = 0;   // bodies of no function open
        int expansions = 0;   // distinct callee names
        int named = -1;       // the first callee counted: its name [named, namedEnd)
        int namedEnd = -1;
        boolean cNamed = false;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + layout.marginEnd(j), e);
            if (p == e) {
                continue;
            }
            e = BraceHeads.codeEnd(t, p, LineScan.stripEnd(t, p, e));
            for (int c = t[p] == '}' ? BraceHeads.closers(t, p, e) : 0; c > 0 && depth > 0; c--) {
                others -= bodies[--depth] == OTHER ? 1 : 0;
            }
            if (t[e - 1] != '{') {
                continue;
            }
            int name = p;   // a callee's name [name, nameEnd)
            byte kind;
            if (p == e - 1) {
                name = CodeShapedTraces.calledAbove(layout, t, first, j);
                kind = name >= 0 ? CALL : headAbove(layout, t, first, j, depth == 0);
            } else {
                kind = opener(t, p, e, depth == 0);
                name = kind == CALL ? CodeShapedTraces.calleeOpeningBody(t, p, e) : p;   // past `rc =`, `return`
            }
            if (kind == CALL && depth > 0 && others == 0 && bodies[0] != CONTROL && bodies[0] != OTHER) {
                int nameEnd = name;
                while (nameEnd < e && t[nameEnd] != '(' && t[nameEnd] != '{' && t[nameEnd] != ' ' && t[nameEnd] != '\t') {
                    nameEnd++;
                }
                if (named < 0 || !sameName(t, named, namedEnd, name, nameEnd)) {
                    if (named < 0) {
                        named = name;
                        namedEnd = nameEnd;
                    }
                    expansions++;
                    cNamed |= LineScan.indexOf(t, name, nameEnd, "_") >= 0;
                    // two callees of a definition, or one inside a body a call opened at the top: no function holds it
                    if (cNamed && (expansions >= MIN_EXPANSIONS || bodies[0] == CALL)) {
                        return true;
                    }
                }
            }
            if (depth == bodies.length) {
                bodies = Arrays.copyOf(bodies, depth * 2);
            }
            bodies[depth++] = kind;
            others += kind == OTHER ? 1 : 0;
        }
        return false;
    }

    /**
     * What the head above the bare {@code {} on line {@code j} opens when it is no call: a definition
     * ({@code static int f(struct x *a,} / {@code int b)}), a statement's body ({@code switch (x)},
     * {@code else}, {@code do}, {@code } else}), or anything else.
     */
    static byte headAbove(NoteLayout layout, int[] t, int first, int j, boolean top) {
        int k = BraceHeads.lineAbove(layout, t, first, j);
        if (k < 0) {
            return OTHER;
        }
        int h = BraceHeads.headStart(layout, t, first, k);
        int q = LineScan.stripStart(t, layout.start(h), layout.contentEnd(h));
        int e = LineScan.stripEnd(t, q, layout.contentEnd(k));
        if (t[q] == '}') {
            return CONTROL;
        }
        int w = LineScan.skipIdent(t, q, e);
        if (w > q && (CallTreeLine.cStatementWord(t, q, w) || LoopMacroNames.forEach(t, q, w))) {
            return CONTROL;
        }
        int paren = LineScan.indexOf(t, q, e, "(");
        if (paren < 0 || t[e - 1] != ')' || CodeShapedTraces.closingParen(t, paren, e) != e - 1) {
            return OTHER;
        }
        return typedName(t, q, paren + 1) == paren || top && w == paren && capitals(t, q, w) ? DEFINITION : OTHER;
    }

    /** Whether the names [a, b) and [c, d) are the same. */
    private static boolean sameName(int[] t, int a, int b, int c, int d) {
        if (b - a != d - c) {
            return false;
        }
        for (int k = 0; k < b - a; k++) {
            if (t[a + k] != t[c + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * What the stripped line [p, e), which ends with {@code {}, opens; {@code top}: no body is open. A macro
     * in capitals opening a body at the top ({@code SYSCALL_DEFINE2(open, …) {}) defines a function.
     */
    static byte opener(int[] t, int p, int e, boolean top) {
        if (t[p] == '}') {
            return CONTROL;   // `} else {`, `} catch (e) {`, `} __except(x) {`: a clause going on with what the brace closes
        }
        if (p == e - 1) {
            return OTHER;   // a bare `{`
        }
        int q = p;
        int w = q;
        while (w < e && LineScan.isIdentPart(t[w])) {
            w++;
        }
        if (w > q && CallTreeLine.cStatementWord(t, q, w)) {
            return CONTROL;
        }
        if (CodeShapedTraces.callOpensBody(t, q, e)) {
            return loopOrScopeMacro(t, q, e) ? CONTROL : CALL;   // `f() {`, `name{`: no macro loops without arguments
        }
        if (w > q && LoopMacroNames.forEach(t, q, w)) {
            return CONTROL;
        }
        return definition(t, q, e) || top && capitalsMacro(t, q, w, e) ? DEFINITION : OTHER;
    }

    /** Whether the line [q, e) is a name in capitals [q, w), its parenthesised arguments, then the brace. */
    private static boolean capitalsMacro(int[] t, int q, int w, int e) {
        return capitals(t, q, w) && w < e && t[w] == '(' && CodeShapedTraces.parenClosesBeforeBrace(t, w, e);
    }

    /** Whether [q, w) is a name with no lower-case letter. */
    private static boolean capitals(int[] t, int q, int w) {
        for (int i = q; i < w; i++) {
            if (t[i] >= 'a' && t[i] <= 'z') {
                return false;
            }
        }
        return w > q;
    }

    /**
     * Whether the call opening a body on [q, e) is named as a macro that loops or scopes: a word of its
     * name ({@code _}-separated, the last member of a path) is a loop or scope word, wherever it stands
     * ({@code scoped_guard}, {@code bpf_for}, {@code part_until_all_locked}: {@link LoopMacroNames}).
     */
    private static boolean loopOrScopeMacro(int[] t, int q, int e) {
        int paren = LineScan.indexOf(t, q, e, "(");
        if (paren < 0 || LineScan.skipBlanks(t, paren + 1, e) < e && t[LineScan.skipBlanks(t, paren + 1, e)] == ')') {
            return false;   // a name alone, or no arguments
        }
        int n = paren;
        while (n > q && LineScan.isIdentPart(t[n - 1])) {
            n--;
        }
        return LoopMacroNames.loopsOrScopes(t, n, paren);
    }

    /**
     * Whether the stripped line [q, e), which ends with {@code {}, defines a function: type words and the
     * name ({@code static int gadget_probe}, {@code struct part *part_get}), the parameters, the brace.
     */
    private static boolean definition(int[] t, int q, int e) {
        int k = typedName(t, q, e);
        return k >= 0 && CodeShapedTraces.parenClosesBeforeBrace(t, k, e);
    }

    /**
     * Where the parameters open on [q, e) after type words and a name ({@code static int gadget_probe},
     * {@code struct part *part_get}), no statement word leading them; -1 when the text is not that.
     */
    private static int typedName(int[] t, int q, int e) {
        int words = 0;
        int k = q;
        while (k < e && t[k] != '(') {
            if (LineScan.isIdentStart(t[k])) {
                int s = k;
                while (k < e && LineScan.isIdentPart(t[k])) {
                    k++;
                }
                if (words++ == 0 && (CallTreeLine.cStatementWord(t, s, k) || k - s == 6 && LineScan.startsWith(t, s, k, "return"))) {
                    return -1;
                }
            } else if (t[k] == ' ' || t[k] == '*' || t[k] == '\t') {
                k++;
            } else if (t[k] == ':' && k + 2 < e && t[k + 1] == ':' && LineScan.isIdentStart(t[k + 2])) {
                k += 2;   // `void Conn::close(…)`
            } else {
                return -1;
            }
        }
        return words >= 2 && k < e ? k : -1;
    }
}
