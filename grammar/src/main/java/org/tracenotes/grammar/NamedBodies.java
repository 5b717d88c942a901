package org.tracenotes.grammar;

import java.util.Set;

/**
 * A fence in which a function's name stands alone, or with empty parentheses, over the statements of
 * its body indented below it, without the braces and the return type C would write:
 * <pre>
 * widget_register()
 *     widget_iter_init(&amp;it, list);
 *     while ((w = widget_next(&amp;it)) &amp;&amp; !err)
 *         err = fn(w, data);
 *     widget_iter_exit(&amp;it);
 * </pre>
 * C never writes that: a name without a {@code ;} over deeper lines is the root the author traces, and
 * the lines below are its body. Declarations and statements ending with {@code ;} and a structure's
 * initializer ({@code = {} … {@code };}) may stand beside such roots at the least indent; comments go
 * anywhere, and a call's arguments may spill onto the lines below it. Any other line at the least indent, a brace opening a body, or a body line that is no
 * statement, call or header (words, a dump, an instruction) keeps the fence a listing.
 */
final class NamedBodies {

    /** The C keywords a declaration may start with. */
    private static final Set<String> TYPE_OR_STORAGE = Set.of("struct", "union", "enum", "static",
            "extern", "inline", "const", "volatile", "unsigned", "signed", "int", "long", "short", "char", "void", "bool");

    /** Body lines under the named roots, at least: one statement under a name is too little to say. */
    private static final int MIN_BODY_LINES = 2;

    private NamedBodies() {
    }

    /** Whether lines {@code first}..{@code last} of {@code layout} are such a trace. */
    static boolean isTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int base = Integer.MAX_VALUE;
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && !CallTreeLine.comment(t, p, e)) {
                base = Math.min(base, layout.indentOf(j));
            }
        }
        int roots = 0;
        int body = 0;
        int prototypes = 0;
        boolean underRoot = false;
        boolean inInitializer = false;
        boolean wrapped = false;
        for (int j = first; j <= last; j++) {
            int e0 = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e0);
            if (p == e0 || CallTreeLine.comment(t, p, e0)) {
                continue;
            }
            int e = LineScan.stripEnd(t, p, e0);
            boolean top = layout.indentOf(j) == base;
            if (inInitializer) {
                inInitializer = !(top && t[p] == '}');
                continue;
            }
            if (top) {
                underRoot = false;
                wrapped = false;
                if (bareName(t, p, e)) {
                    if (!deeperNext(layout, t, j, last, base)) {
                        return false;
                    }
                    roots++;
                    underRoot = true;
                } else if (opensInitializer(t, p, e)) {
                    inInitializer = true;
                } else if (t[e - 1] != ';') {
                    return false;   // a header, a brace, words: C or prose at the margin
                }
                continue;
            }
            if (!underRoot || t[e - 1] == '{' || t[p] == '{' || t[p] == '}') {
                return false;   // deeper lines under a statement, or a body opened by a brace: a listing
            }
            if (wrapped) {
                wrapped = t[e - 1] == ',';   // a call's arguments spilling onto this line
                continue;
            }
            CallTreeLine.Kind kind = DeclaredValues.at(t, p, e) ? CallTreeLine.Kind.COMPLETE_SEMI : CallTreeLine.classify(t, p, e);   // `int n = f(x);`
            if (kind != CallTreeLine.Kind.OPEN && !kind.complete() && kind != CallTreeLine.Kind.NEUTRAL) {
                return false;
            }
            wrapped = kind == CallTreeLine.Kind.OPEN && (t[e - 1] == ',' || t[e - 1] == '(');
            body++;
            prototypes += kind.complete() && prototype(t, p, e) ? 1 : 0;
        }
        return roots > 0 && body >= MIN_BODY_LINES && prototypes < body && !inInitializer;   // prototypes alone: an API
    }

    /**
     * Whether the stripped line [p, e) declares a function: type words before the name and its
     * parenthesised parameters, then {@code ;} ({@code int widget_register(struct widget *w);},
     * {@code struct widget *widget_lookup(const char *name);}). A call has no type words before it, a
     * declaration with an initializer has its {@code =}, {@code return f(x);} and {@code else f(x);} lead
     * with a keyword. The first test: the line ends with {@code );}.
     */
    static boolean prototype(int[] t, int p, int e) {
        return e - p >= 5 && t[e - 1] == ';' && t[e - 2] == ')' && headParen(t, p, e) >= 0;
    }

    /**
     * Where the parameters' {@code (} of a declaration's head stands in the stripped line [p, e), or -1: type
     * words (a pointer's {@code *} among them) and the function's name before it, two words at least
     * ({@code struct widget *widget_lookup(}). A call has no type word before its name; {@code return f(x)},
     * {@code else f(x)}, {@code if (x)} lead with a statement's keyword; {@code =}, {@code ->}, {@code .},
     * {@code :} make an assignment, a member call or a label. Shared by the prototypes here and the headers
     * of {@link OutlinedDefinitions}.
     */
    static int headParen(int[] t, int p, int e) {
        int words = 0;
        int q = p;
        while (q < e && t[q] != '(') {
            if (LineScan.isIdentStart(t[q])) {
                int w = q;
                q = LineScan.skipIdent(t, q, e);
                if (words == 0 && statementWord(t, w, q)) {
                    return -1;
                }
                words++;
            } else if (t[q] == ' ' || t[q] == '\t' || t[q] == '*') {
                q++;
            } else {
                return -1;
            }
        }
        return words >= 2 && q < e ? q : -1;
    }

    /** Whether the word [p, q) leads a statement, never a declaration ({@code return}, {@code if}, {@code sizeof}). */
    private static boolean statementWord(int[] t, int p, int q) {
        String w = new String(t, p, q - p);
        return TrailingNote.isKeyword(w) && !TYPE_OR_STORAGE.contains(w);
    }

    /**
     * Whether the stripped line [p, e) is a name alone that reads as code ({@code _} in it) or a name
     * with empty parentheses, with no {@code ;}.
     */
    static boolean bareName(int[] t, int p, int e) {
        if (!LineScan.isIdentStart(t[p])) {
            return false;
        }
        int q = p;
        boolean underscore = false;
        while (q < e && LineScan.isIdentPart(t[q])) {
            underscore |= t[q] == '_';
            q++;
        }
        if (q == e) {
            return underscore;
        }
        return e - q == 2 && t[q] == '(' && t[q + 1] == ')';
    }

    /** Whether the stripped line [p, e) ends with {@code = {}: a structure's or an array's initializer opens. */
    private static boolean opensInitializer(int[] t, int p, int e) {
        if (t[e - 1] != '{') {
            return false;
        }
        int q = LineScan.stripEnd(t, p, e - 1);
        return q > p && t[q - 1] == '=';
    }

    /** Whether the next line of code after {@code j} (comments and blanks passed over) is deeper than {@code base}. */
    private static boolean deeperNext(NoteLayout layout, int[] t, int j, int last, int base) {
        for (int k = j + 1; k <= last; k++) {
            int e = layout.contentEnd(k);
            int p = LineScan.stripStart(t, layout.start(k), e);
            if (p == e || CallTreeLine.comment(t, p, e)) {
                continue;
            }
            return layout.indentOf(k) > base;
        }
        return false;
    }
}
