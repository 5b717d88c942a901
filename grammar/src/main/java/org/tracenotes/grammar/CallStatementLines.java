package org.tracenotes.grammar;

/**
 * What one line of a column of calls is, the way an author lists the calls a function makes, one a line: a call
 * written as a statement ({@code f(a, b)}, {@code g();}, {@code x = h(a);}, a member path {@code a->b.c(x)}), a
 * bare name ({@code init_hooks}, {@code dev_start()}), a step in (CJK) words ({@code 加载模块}), or anything else.
 * A remark after a blank ({@code //}, {@code /*}, {@code #}) and a closing {@code ;} are not part of the
 * statement. The member path is {@link BraceHeads#pathEnd}'s; a remark opens as {@link CallTreeLine#commentOpens}
 * says a C comment does. The column's own rules (how many of which, under what title) are its reader's
 * ({@link BannerCallSequences}).
 *
 * <p>Cost: one pass over the line, no string built.
 */
final class CallStatementLines {

    /** Anything else: code that is no call (a brace, a keyword, a value assigned, a string), a command, prose. */
    static final int OTHER = 0;
    /** A call with a {@code ;} or arguments, its result maybe assigned to a name. */
    static final int STATEMENT = 1;
    /** A bare name, or a call with neither a {@code ;} nor arguments. */
    static final int NAME = 2;
    /** A step in CJK words, with no code punctuation. */
    static final int WORDS = 3;

    private CallStatementLines() {
    }

    /** What the stripped line on [{@code p}, {@code e}) is: {@link #STATEMENT}, {@link #NAME}, {@link #WORDS} or {@link #OTHER}. */
    static int kind(int[] t, int p, int e) {
        int end = LineScan.stripEnd(t, p, remarkStart(t, p, e));
        boolean semicolon = end > p && t[end - 1] == ';';
        if (semicolon) {
            end = LineScan.stripEnd(t, p, end - 1);
        }
        if (end == p) {
            return OTHER;
        }
        if (!LineScan.isIdentStart(t[p])) {
            return inWords(t, p, end) ? WORDS : OTHER;
        }
        int q = BraceHeads.pathEnd(t, p, end);
        int k = LineScan.skipBlanks(t, q, end);
        if (k < end && t[k] == '=' && (k + 1 == end || t[k + 1] != '=')) {
            int call = LineScan.skipBlanks(t, k + 1, end);   // `x = f(a)`: a call's result kept
            if (call == end || !LineScan.isIdentStart(t[call])) {
                return OTHER;
            }
            k = LineScan.skipBlanks(t, BraceHeads.pathEnd(t, call, end), end);
            return k < end && t[k] == '(' && callEnds(t, k, end) ? STATEMENT : OTHER;
        }
        if (k == end) {
            return bareName(t, p, q) ? NAME : OTHER;
        }
        if (t[k] == '(') {
            if (!callEnds(t, k, end)) {
                return OTHER;
            }
            boolean arguments = LineScan.skipBlanks(t, k + 1, end) < end - 1;
            return arguments || semicolon ? STATEMENT : NAME;
        }
        return inWords(t, p, end) ? WORDS : OTHER;
    }

    /** Whether the line on [{@code p}, {@code e}) ends in a {@code ;} before its remark: a C statement. */
    static boolean endsInSemicolon(int[] t, int p, int e) {
        int end = LineScan.stripEnd(t, p, remarkStart(t, p, e));
        return end > p && t[end - 1] == ';';
    }

    /** Whether the parenthesis at {@code k} closes right at {@code end} with no string or brace inside. */
    private static boolean callEnds(int[] t, int k, int end) {
        if (LineScan.closeParen(t, k, end) != end - 1) {
            return false;
        }
        for (int i = k; i < end; i++) {
            if (t[i] == '"' || t[i] == '\'' || t[i] == '{' || t[i] == '}' || t[i] == '`') {
                return false;
            }
        }
        return true;
    }

    /** Whether [{@code p}, {@code q}) may be a bare C name as a step: four characters or more, a lower-case letter among them. */
    private static boolean bareName(int[] t, int p, int q) {
        boolean lower = false;
        for (int k = p; k < q; k++) {
            lower |= t[k] >= 'a' && t[k] <= 'z';
        }
        return lower && q - p >= 4;
    }

    /** Whether [{@code p}, {@code e}) is a step in words: CJK words, with no code punctuation. */
    private static boolean inWords(int[] t, int p, int e) {
        boolean cjk = false;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '{' || c == '}' || c == '=' || c == ';' || c == '"' || c == '$' || c == '/' || c == '<' || c == '>') {
                return false;
            }
            cjk |= LineScan.isCjk(c) || LineScan.isHangul(c);
        }
        return cjk;
    }

    /** Where a remark after the step starts (a {@code #} or a C comment after a blank); {@code e} when none. */
    private static int remarkStart(int[] t, int p, int e) {
        for (int k = p + 1; k < e; k++) {
            if ((t[k - 1] == ' ' || t[k - 1] == '\t') && (t[k] == '#' || CallTreeLine.commentOpens(t, k, e))) {
                return k;
            }
        }
        return e;
    }
}
