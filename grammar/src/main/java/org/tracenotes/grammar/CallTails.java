package org.tracenotes.grammar;

import org.tracenotes.grammar.CallTreeLine.Kind;

/**
 * The tail of a line of an arrowless block, for {@link CallTreeLine}: what follows a call's {@code )} or a
 * name (nothing, a {@code ;}, a trailing note, an assignment's right side), and the assignment operators and
 * type words that lead up to a call or an assignment. Reads code points only, no string built.
 */
final class CallTails {

    private CallTails() {
    }

    /**
     * What follows a call's {@code )} or a name: nothing, {@code ;}, a trailing note, or an assignment's right
     * side. A bare location or a remark in words after blanks makes a noted call only after a lead that reads
     * as code ({@code codeLead}: a call, a name with {@code _} or {@code ->}, or a tree's stem), so a glossary
     * ({@code Changes} / {@code     fixed  the bug}) stays words; a location in a comment ({@code f(x)  // fs/x.c})
     * is a comment, as in C.
     */
    static Kind tail(int[] t, int q, int e, boolean codeLead) {
        int blanks = 0;
        while (q < e && (t[q] == ' ' || t[q] == '\t')) {
            q++;
            blanks++;
        }
        if (q == e) {
            return Kind.COMPLETE;
        }
        int c = t[q];
        if (codeLead && (blanks > 0 && c != '/' && c != '#' && (SourceLocation.startsAt(t, q, e) || SourceLocation.afterSeparator(t, q, e) > 0)
                || blanks >= 2 && WordedRemark.at(t, q, e))) {
            return Kind.NOTED;   // `submit_io   fs/buf.c`, `f  # kernel/x.c:12`, `f (super.c) 返回…`, `f()  checks it`
        }
        if (c == '@' && codeLead && blanks > 0 && SourceLocation.pathAt(t, LineScan.skipBlanks(t, q + 1, e), e)) {
            return Kind.NOTED;   // `f() @ mm/x.c`: the file the call is in
        }
        if (c == ';') {
            return q + 1 == e || note(t, q + 1, e) ? Kind.COMPLETE_SEMI : Kind.OTHER;
        }
        if (isAssign(t, q, e)) {
            return assignment(t, q, e);
        }
        if ((c == '+' || c == '-') && q + 1 < e && t[q + 1] == c) {
            return Kind.COMPLETE;   // `count++`
        }
        if (c == ':' && q + 1 < e) {
            return Kind.COMPLETE;   // `__vmx_vcpu_run(): ASM`
        }
        // a note in words of its own (not a column of a table or an instruction's operands: `movq  %rax`)
        int last = t[e - 1];
        if (c == '"' || c == '(' || c == '[' || c == '<') {
            // a quoted or bracketed note closes the line: `f "what it does"`, `f (the slow path)`, `f [insn]`
            int closing = c == '"' ? '"' : c == '(' ? ')' : c == '[' ? ']' : '>';
            if (last != closing || e - q < 2 || c != '"' && blanks == 0) {
                return Kind.OTHER;
            }
        }
        if (c > 0x7f || c == '"' || (c == '[' || c == '(' || c == '<') && blanks > 0 || c == '#' && blanks > 0
                || LineScan.startsWith(t, q, e, "//") || LineScan.startsWith(t, q, e, "/*")
                || LineScan.startsWith(t, q, e, "->") || LineScan.startsWith(t, q, e, "-->")
                || LineScan.startsWith(t, q, e, "=>") || LineScan.startsWith(t, q, e, "==>")) {
            return c > 0x7f || c == '"' ? Kind.NOTED : Kind.COMPLETE;
        }
        return c == '{' || c == ',' || c == '\\' ? Kind.OPEN : Kind.OTHER;
    }

    /** Whether what follows a complete line's end is a note: blanks then a comment, or nothing. */
    private static boolean note(int[] t, int q, int e) {
        int r = LineScan.skipBlanks(t, q, e);
        return r == e || r > q && (t[r] == '#' || LineScan.startsWith(t, r, e, "//") || LineScan.startsWith(t, r, e, "/*")
                || t[r] > 0x7f);
    }

    /** An assignment's right side [q at the operator, e): complete unless it stops on an operator, a comma or an open bracket. */
    private static Kind assignment(int[] t, int q, int e) {
        int end = e;
        int cut = LineScan.indexOf(t, q, e, "//");
        if (cut >= 0) {
            end = LineScan.stripEnd(t, q, cut);
        }
        int depth = 0;
        for (int k = q; k < end; k++) {
            depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
        }
        if (depth > 0 || end <= q) {
            return Kind.OPEN;
        }
        int last = t[end - 1];
        return last == ';' ? Kind.COMPLETE_SEMI
                : last == ')' || last == ']' || LineScan.isIdentPart(last) || last > 0x7f || last == '"' ? Kind.COMPLETE : Kind.OPEN;
    }

    /** {@code =}, or a compound assignment ({@code +=}, {@code |=} …), not {@code ==} or {@code =>}. */
    static boolean isAssign(int[] t, int q, int e) {
        if (q < e && t[q] == '=') {
            return q + 1 == e || t[q + 1] != '=' && t[q + 1] != '>';
        }
        return q + 1 < e && t[q + 1] == '=' && "+-*/|&^%".indexOf(t[q]) >= 0 && (q + 2 == e || t[q + 2] != '=');
    }

    /** Whether the blank or {@code *} at {@code q} separates type words from a name that is called or assigned. */
    static boolean followsCallOrAssign(int[] t, int q, int e) {
        int k = q;
        while (k < e && (t[k] == ' ' || t[k] == '*')) {
            k++;
        }
        while (k < e && (LineScan.isIdentPart(t[k]) || t[k] == '.' || t[k] == '*' || t[k] == ' '
                || t[k] == '-' && k + 1 < e && t[k + 1] == '>')) {
            k += t[k] == '-' ? 2 : 1;
        }
        return k < e && (t[k] == '(' || isAssign(t, k, e));
    }
}
