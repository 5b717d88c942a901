package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * A sentence of a plain-text note that says it calls, 调用 right before the code it runs, no code span
 * around it: the code is the step.
 * <pre>
 * 调用dev_open(d);              a call
 * 调用ret = dev_open(d);        an assignment
 * 调用return dev_open(d);       a return
 * 这里以读为例，继续调用dev_read  a call: the clause after the comma opens with (an adverb and) 调用
 * </pre>
 * 调用 must open the sentence or a clause (after a comma, a colon, a semicolon or a full stop), past at most
 * one adverb (这里 here, 继续 go on, 然后 then, 再 again, 最终 and 最后 finally, 接着 next, 并 and, 之后 after,
 * 首先 and 先 first, 会 will, 将 shall); the same reader tells {@link ItemSentences} an item calls; blanks or a colon may stand between it
 * and the code, which opens with a C name (a function's: with an underscore or before a {@code (}). 调用 inside a clause ({@code 在f中调用g}, g is called in f:
 * a remark on where g is called) or after a condition's 则 (… then calls) says no step of its own here.
 */
final class PlainTextCalls {

    /**
     * The adverbs that may stand between a clause's start and its 调用 (a longer word before its tail:
     * 首先 before 先).
     */
    private static final String[] ADVERBS = {"并", "再", "然后", "接着", "最后", "最终", "继续", "这里", "之后", "首先", "先", "会", "将"};

    /** The marks that end a clause before a 调用 opening the next one: commas, colons, semicolons, a full stop. */
    private static final String CLAUSE_ENDS = "\uFF0C,\uFF1A:\uFF1B;\u3002";

    private PlainTextCalls() {
    }

    /** The kind of the code a clause of {@code s} calls with 调用, or null when none does. */
    static StepKind kindOf(String s) {
        for (int k = s.indexOf("\u8C03\u7528"); k >= 0; k = s.indexOf("\u8C03\u7528", k + 2)) {
            StepKind kind = opensClause(s, k) ? calledAt(s, k) : null;
            if (kind != null) {
                return kind;
            }
        }
        return null;
    }

    /** Whether {@code s} opens with 调用 right before code: it starts a sentence, it never wraps the line above. */
    static boolean opensWithCall(String s) {
        return s.startsWith("\u8C03\u7528") && calledAt(s, 0) != null;
    }

    /** The kind of the code right after the 调用 at {@code k} (blanks or a colon between), or null when no C name follows. */
    private static StepKind calledAt(String s, int k) {
        int q = k + 2;
        while (q < s.length() && (s.charAt(q) == ' ' || s.charAt(q) == '\uFF1A' || s.charAt(q) == ':')) {
            q++;
        }
        return q < s.length() && isNameStart(s.charAt(q)) ? codeKind(s, q) : null;
    }

    /** Whether 调用 at {@code k} opens {@code s} or a clause of it, past at most one adverb. */
    static boolean opensClause(String s, int k) {
        int b = k;
        for (String a : ADVERBS) {
            if (b >= a.length() && s.startsWith(a, b - a.length())) {
                b -= a.length();
                break;
            }
        }
        while (b > 0 && s.charAt(b - 1) == ' ') {
            b--;
        }
        return b == 0 || CLAUSE_ENDS.indexOf(s.charAt(b - 1)) >= 0;
    }

    /**
     * The kind of the code at {@code q}: a return, an assignment (a name, members, then {@code =}), or a call
     * (a name with an underscore, or right before a {@code (}); null for a word ({@code e.g.}).
     */
    private static StepKind codeKind(String s, int q) {
        if (s.startsWith("return", q) && (q + 6 == s.length() || !isNamePart(s.charAt(q + 6)))) {
            return StepKind.RETURN;
        }
        int r = q;
        while (r < s.length()) {
            char c = s.charAt(r);
            if (isNamePart(c) || c == '.') {
                r++;
            } else if (c == '-' && r + 1 < s.length() && s.charAt(r + 1) == '>') {
                r += 2;
            } else {
                break;
            }
        }
        while (r < s.length() && s.charAt(r) == ' ') {
            r++;
        }
        if (r < s.length() && "+-*/|&".indexOf(s.charAt(r)) >= 0 && r + 1 < s.length() && s.charAt(r + 1) == '=') {
            return StepKind.ASSIGN;
        }
        if (r + 1 < s.length() && s.charAt(r) == '=' && s.charAt(r + 1) != '=') {
            return StepKind.ASSIGN;
        }
        boolean called = r < s.length() && s.charAt(r) == '(' || s.substring(q, r).indexOf('_') >= 0;
        return called ? StepKind.CALL : null;   // `调用e.g. X`: a word, no function's name
    }

    /** Whether a C name may start with {@code c} (an ASCII letter or an underscore). */
    static boolean isNameStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    /** Whether a C name may go on with {@code c}. */
    static boolean isNamePart(char c) {
        return isNameStart(c) || c >= '0' && c <= '9';
    }
}
