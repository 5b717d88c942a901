package org.tracenotes.grammar;

/**
 * The function names an item of a {@link NameItemLists} list names: where the name starts past its
 * {@code **}, backquote or link, more names after commas, and whether the words after it name a function too.
 */
final class ItemNames {

    private ItemNames() {
    }

    /**
     * Where the function name an item's text [p, e) names starts (past {@code **}, a backquote or {@code [}), or -1
     * when the item is words: see {@link NameItemLists}'s class comment.
     */
    static int nameStart(int[] t, int p, int e) {
        if (p >= e) {
            return -1;
        }
        int c = t[p];
        if (c != '_' && c != '*' && c != '[' && c != '`' && !(c >= 'a' && c <= 'z') && !MarkdownEscapes.isEscapedUnderscore(t, p, e)) {
            return -1;   // the cheap test: a name starts lower-case or with an _ (or a Markdown-escaped \_)
        }
        int start = p;
        if (c == '`') {
            start = p + 1;   // a name in a code span
        } else if (c == '[') {
            start = p + 1;
        } else if (c == '*') {
            start = p + 1 < e && t[p + 1] == '*' ? p + 2 : -1;
        }
        if (start < 0) {
            return -1;
        }
        int q = nameEnd(t, start, e);
        if (q < 0) {
            return -1;
        }
        while (true) {   // more names after commas: a, b, c
            int k = q;
            while (k < e && t[k] == ' ') {
                k++;
            }
            if (k >= e || t[k] != ',') {
                break;
            }
            k = LineScan.stripStart(t, k + 1, e);
            if (k >= e) {
                return start;   // a name, and a comma at the end: the chain goes on in the next item
            }
            int r = nameEnd(t, k, e);
            if (r < 0) {
                return -1;
            }
            q = r;
        }
        if (c == '`') {
            if (q >= e || t[q] != '`') {
                return -1;
            }
            q++;
        } else if (c == '[') {
            if (q >= e || t[q] != ']') {
                return -1;
            }
            q = linkEnd(t, q + 1, e);
        } else if (c == '*') {
            if (q + 1 >= e || t[q] != '*' || t[q + 1] != '*') {
                return -1;
            }
            q += 2;
        }
        q = FullStopNames.pastStop(t, q, e);   // `f.` or `f.  ==> note`: the item's full stop, no member after it
        if (q < e && t[q] != ' ' && t[q] != '\t' && t[q] < 0x80) {
            return -1;   // name.field name: name= : no name alone
        }
        return !noteAfterComma(t, q, e) && namesAFunction(t, q, e) ? -1 : start;
    }

    /**
     * Whether the words after a name are a note on the call, whatever they name: after a fullwidth comma
     * ({@code init_irq，初始化中断}), or after a fullwidth colon when they speak of a call ({@code f：调用 g_h});
     * a colon after a term is otherwise how a glossary defines it ({@code task_struct：…，含 mm_struct}). A
     * sentence that goes on after the name ({@code f で g を呼ぶ}) is about both.
     */
    private static boolean noteAfterComma(int[] t, int q, int e) {
        int k = LineScan.skipBlanks(t, q, e);
        return k < e && (t[k] == '\uFF0C' || t[k] == '\uFF1A' && NameItemLists.saysCall(t, k + 1, e));
    }

    /**
     * The end of a function's name at {@code p} (with its parentheses and what they hold when written
     * with them), or -1 when the word there is no function's name.
     */
    private static int nameEnd(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p]) && !MarkdownEscapes.isEscapedUnderscore(t, p, e)) {
            return -1;
        }
        boolean lower = false;
        boolean underscore = false;
        int q = p;
        while (q < e && t[q] < 0x80 && (LineScan.isIdentPart(t[q]) || MarkdownEscapes.isEscapedUnderscore(t, q, e))) {
            if (t[q] == '\\') {
                q++;   // start\_kernel: Markdown's escape of an _, the name's own _
            }
            lower |= t[q] >= 'a' && t[q] <= 'z';
            underscore |= t[q] == '_';
            q++;
        }
        if (!lower) {
            return -1;   // a flag or a macro in capitals
        }
        if (q < e && t[q] == '(') {
            int depth = 0;
            for (int k = q; k < e; k++) {
                depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
                if (depth == 0) {
                    return k + 1;
                }
            }
            return -1;
        }
        return underscore ? q : -1;
    }

    /** The end of a link's target {@code (#anchor)} right after its text's {@code ]}, or {@code p}. */
    private static int linkEnd(int[] t, int p, int e) {
        if (p >= e || t[p] != '(') {
            return p;
        }
        for (int k = p; k < e; k++) {
            if (t[k] == ')') {
                return k + 1;
            }
        }
        return p;
    }

    /**
     * Whether words [p, e) after an item's name name a function too (a word with a lower-case letter and an
     * _), not inside a string in quotes ({@code "__init"}: a section's or a file's name).
     */
    private static boolean namesAFunction(int[] t, int p, int e) {
        boolean quoted = false;
        for (int k = p; k < e; k++) {
            quoted ^= t[k] == '"';
            if (t[k] != '_' || quoted) {
                continue;   // the cheap test: a name of a function holds an _
            }
            int a = k;
            while (a > p && t[a - 1] < 0x80 && LineScan.isIdentPart(t[a - 1])) {
                a--;
            }
            int b = k;
            while (b < e && t[b] < 0x80 && LineScan.isIdentPart(t[b])) {
                b++;
            }
            for (int m = a; m < b; m++) {
                if (t[m] >= 'a' && t[m] <= 'z') {
                    return true;
                }
            }
            k = b;
        }
        return false;
    }
}
