package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * Calls offered as alternatives on one step line, joined by a slash: {@code a_init()/b_init()},
 * {@code a_init(); / b_init();}, {@code a_init()/b_init();/c_init();}. A note writes the functions one of
 * which runs there (by configuration, by chip), as prose writes "this or that"; C computes no quotient of two
 * calls and throws it away, so such a step is a call. Every part between slashes must be one call
 * ({@code name(…)}, a {@code ;} after it at most); a path ({@code mm/slab.c}), a fraction of values
 * ({@code size / 2}) or words stay as read.
 */
final class SlashedCalls {

    private SlashedCalls() {
    }

    /** {@link StepKind#CALL} for a step of slash-joined calls read as an expression or as prose; else {@code kind}. */
    static StepKind of(StepKind kind, StepReader.Reading r) {
        if (kind != StepKind.PROSE && kind != StepKind.EXPRESSION || r == null || r.text().indexOf('/') < 0) {
            return kind;   // the cheap test: most steps are no expression, or hold no slash
        }
        String t = r.text();
        int from = 0;
        int parts = 0;
        while (from <= t.length()) {
            int slash = t.indexOf('/', from);
            int to = slash < 0 ? t.length() : slash;
            if (!oneCall(t, from, to)) {
                return kind;
            }
            parts++;
            if (slash < 0) {
                break;
            }
            from = slash + 1;
        }
        return parts >= 2 ? StepKind.CALL : kind;
    }

    /** Whether [from, to) of {@code t} is one call, blanks around it, a {@code ;} after it at most. */
    private static boolean oneCall(String t, int from, int to) {
        int p = from;
        while (p < to && (t.charAt(p) == ' ' || t.charAt(p) == '\t')) {
            p++;
        }
        int q = to;
        while (q > p && (t.charAt(q - 1) == ' ' || t.charAt(q - 1) == '\t' || t.charAt(q - 1) == ';')) {
            q--;
        }
        if (q - p < 3 || t.charAt(q - 1) != ')' || !PlainTextCalls.isNameStart(t.charAt(p))) {
            return false;
        }
        int k = p;
        while (k < q && (PlainTextCalls.isNamePart(t.charAt(k)) || t.startsWith("->", k) || t.charAt(k) == '.')) {
            k += t.startsWith("->", k) ? 2 : 1;
        }
        return k < q && t.charAt(k) == '(' && balanced(t, k, q);
    }

    /** Whether the parentheses of [open, end) balance and close only at the end. */
    private static boolean balanced(String t, int open, int end) {
        int depth = 0;
        for (int k = open; k < end; k++) {
            char c = t.charAt(k);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && k < end - 1) {
                return false;
            }
        }
        return depth == 0;
    }
}
