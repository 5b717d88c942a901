package org.tracenotes.grammar;

/**
 * A Markdown list written as a call tree in words: most items under a top-level item start with a
 * code span naming a function, and nesting is the call tree.
 * <pre>
 * - `dev_open` calls `dev_setup`
 *   - `dev_check` checks the flags
 *   - `dev_setup`
 *     - `slot_alloc` allocates a slot, and
 *       the wrapped rest of the item
 *     - it clears the slot
 * </pre>
 * Each top-level item (at the list's first item's column) with the items and lines under it is a
 * candidate: a trace block when at least two of the items under it, and more than half of them, start
 * with such a code span. Its bullets are stems (margins the lexer skips), and a line under an item that
 * is no item is the wrapped rest of the item above, joined to it. A list of options or files
 * ({@code `CONFIG_X`}, {@code `mm/x.c`}) names no function and stays prose; so does a list whose items
 * under the top are mostly words.
 */
public final class CodeSpanLists {

    private CodeSpanLists() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || ListItemMarkers.bulletEnd(layout, i) < 0
                    || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT) {
                i++;   // the cheap test: a list starts with an item after a blank line, a heading or a fence
                continue;
            }
            int top = layout.indentOf(i);
            int end = i + 1;
            while (end < n && layout.role(end) == NoteLayout.Role.TEXT
                    && (ListItemMarkers.bulletEnd(layout, end) >= 0 ? layout.indentOf(end) >= top : layout.indentOf(end) > top)) {
                end++;
            }
            int item = i;
            while (item < end) {
                int next = item + 1;
                while (next < end && !(ListItemMarkers.bulletEnd(layout, next) >= 0 && layout.indentOf(next) == top)) {
                    next++;
                }
                if (isCallTree(layout, item, next - 1)) {
                    for (int j = item; j < next; j++) {
                        int bullet = ListItemMarkers.bulletEnd(layout, j);
                        if (bullet >= 0) {
                            layout.margins().setEnd(j, bullet);
                        } else {
                            layout.margins().setWrapped(j);
                        }
                    }
                    layout.markTrace(item, next - 1, blockId++);
                }
                item = next;
            }
            i = end;
        }
        return blockId;
    }

    /**
     * Whether the items under the top-level item on {@code first} mostly start with a code span naming a
     * function, and the list is a tree: a top item saying that its function calls another ({@code `f` calls
     * `g`}), or items three levels deep under a top item naming a function or with an item below saying that
     * one function calls another. A list under a heading item in words that never says "calls" is a list of
     * things (members, an API's functions, functions to read), however deep, not a call tree.
     */
    private static boolean isCallTree(NoteLayout layout, int first, int last) {
        int items = 0;
        int named = 0;
        int[] t = layout.codePoints();
        int child = -1;
        boolean deeper = false;
        boolean calls = false;
        for (int j = first + 1; j <= last; j++) {
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            items++;
            int p = LineScan.stripStart(t, layout.start(j) + bullet, layout.contentEnd(j));
            if (typed(t, p, layout.contentEnd(j))) {
                return false;
            }
            boolean names = namesFunction(t, p, layout.contentEnd(j));
            named += names ? 1 : 0;
            calls |= names && !calls && saysCalls(t, p, layout.contentEnd(j));
            int indent = layout.indentOf(j);
            child = child < 0 ? indent : Math.min(child, indent);
            deeper |= indent > child;
        }
        if (named < 2 || named * 2 <= items) {
            return false;
        }
        int p = LineScan.stripStart(t, layout.start(first) + ListItemMarkers.bulletEnd(layout, first), layout.contentEnd(first));
        if (typed(t, p, layout.contentEnd(first))) {
            return false;
        }
        return saysCalls(t, p, layout.contentEnd(first)) || deeper && (calls || namesFunction(t, p, layout.contentEnd(first)));
    }

    /**
     * Whether [p, e) starts with a code span and a type in braces after it, {@code `fn` {Function} …},
     * {@code `data` {string[]}}: an API's parameter or property documented JSDoc-style, so the list is a
     * list of parameters, not a call tree.
     */
    private static boolean typed(int[] t, int p, int e) {
        if (p >= e || t[p] != '`') {
            return false;
        }
        int q = p + 1;
        while (q < e && t[q] != '`') {
            q++;
        }
        q = LineScan.stripStart(t, q + 1, e);
        if (q + 2 >= e || t[q] != '{' || !LineScan.isIdentStart(t[q + 1])) {
            return false;
        }
        while (q < e && t[q] != '}' && t[q] != ' ') {
            q++;
        }
        return q < e && t[q] == '}';
    }

    /**
     * The words a list item says one function calls another with, {@code `f` calls `g`} or {@code `f` 调用 `g`}
     * (each with what follows it: a blank after the English verb); the one list of them ({@code CalledItems} too).
     */
    public static final java.util.List<String> CALL_VERBS = java.util.List.of("calls ", "调用");

    /** Whether [p, e) is {@code `f` calls `g`} (or {@code 调用}): a function, then that it calls another. */
    private static boolean saysCalls(int[] t, int p, int e) {
        if (!namesFunction(t, p, e)) {
            return false;
        }
        int q = p + 1;
        while (q < e && t[q] != '`') {
            q++;
        }
        q = LineScan.stripStart(t, q + 1, e);
        for (String verb : CALL_VERBS) {
            if (LineScan.startsWith(t, q, e, verb)) {
                return namesFunction(t, LineScan.stripStart(t, q + verb.length(), e), e);
            }
        }
        return false;
    }

    /**
     * Whether code points [p, e) start with a code span holding a function's name: {@code `name`},
     * {@code `ops->probe`}, {@code `f(x)`}, with a lower-case letter in it (a {@code `CONFIG_X`} option
     * is no function), and no {@code /} (a path).
     */
    public static boolean namesFunction(int[] t, int p, int e) {
        if (p >= e || t[p] != '`') {
            return false;
        }
        int q = p + 1;
        if (q >= e || !LineScan.isIdentStart(t[q])) {
            return false;
        }
        boolean lower = false;
        while (q < e && t[q] != '`') {
            int c = t[q];
            if (c == '(') {
                while (q < e && t[q] != ')' && t[q] != '`') {
                    q++;
                }
                if (q >= e || t[q] != ')') {
                    return false;
                }
                q++;
                break;
            }
            boolean nameChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '#';
            boolean member = c == '.' || c == '-' && q + 1 < e && t[q + 1] == '>' || c == '>' && t[q - 1] == '-';
            if (!nameChar && !member) {
                return false;
            }
            lower |= c >= 'a' && c <= 'z';
            q++;
        }
        return lower && q < e && t[q] == '`' && !(t[q - 2] == '.' && q - p >= 3);   // `x.c`, `x.h`: a file
    }
}
