package org.tracenotes.grammar;

/**
 * Markdown lists of code names read as call paths, outside fences: a flat list, each item one code name, under a
 * caption that says a call path follows, or a numbered list whose every item is a code name with the file it is
 * in. Each item is called by the item above it; the caption, when there is one, is the path's root.
 * <pre>
 * &gt; Call chain:                             调用链：
 * &gt;                                         - `widget_main()`
 * &gt; 1. `widget_main()` in src/main.c       - `widget_run()`
 * &gt; 2. `widget_run()` in src/run.c         - `widget_step()`
 * &gt; 3. `widget_step()` in src/step.c
 *                                            1 widget_write：写入 net/widget.c
 *                                            2 widget_send:net/send.c
 *                                            3 widget_xmit:net/xmit.c
 * </pre>
 * The caption is a short line of its own (in a blockquote too, after its {@code >}) that ends in words naming a
 * path of calls, caller first ({@link FlatChainRuns#CHAIN_WORDS}: {@code call chain}, {@code call path},
 * {@code call flow}, {@code 调用链}, {@code 调用流程} …), maybe a colon after them; not a call stack, whose frames a
 * debugger lists innermost first, nor a title going
 * on past the words ({@code Call chain size}); one blank line (or empty quote line) may stand between it and the list. The list's items stand at one column, bulleted ({@code -}, {@code *},
 * {@code +}) or numbered ({@code 1.}, {@code 1)}, {@code 1 }), behind the same quote marks as the caption; each is
 * one code name ({@link NameShapes#codeOrMember}: an {@code _}, a call's parentheses, a member), in a code span,
 * bold or bare (under a caption a lower-case word too, {@code schedule}, when half the items at least are names
 * of code), maybe with its arguments, then nothing or where it is: {@code in path}, {@code :path}, or a colon and
 * a few words ending in a path (under a caption only; after a blank, or after a CJK full stop: {@code ：说明。net/x.c}).
 * A name that is a source file's ({@code models.py}, {@code main.c}) is no function. Under a caption,
 * {@link #MIN_CAPTIONED} such items make a path; with no caption, the list must be numbered from 1 up by one,
 * {@link #MIN_LOCATED} items at least, every item must say the file it is in ({@code in path} or {@code :path}),
 * and two items in three must be calls ({@code f()}): a list of functions to read names them without their files,
 * a list of files or options names no function, and a changelog's {@code fixed: patched in src/buf.c} is words. A list
 * with items nested deeper, with an item in words, or with a line right under it that is no item (a wrapped
 * item's rest), is another list (a tree of calls, an API's functions with their descriptions): left alone.
 *
 * <p>The quote marks, the bullets and numbers are margins; an empty quote line is a remark. Core's
 * {@code CallPathDepths} puts each item one level deeper than the one above ({@link BlockShape#CALL_PATH_LIST}).
 * The direction is the author's: a list copied innermost first from a log (with {@code +0x} offsets, under a
 * backtrace) has no items of this shape, and a list under no caption and without files is not read.
 *
 * <p>The same family's tree shape, a bare name line over a list at its own column, is {@link CaptionedCallLists}'s.
 */
final class CallPathLists {

    /** How many items a list under a caption holds, at least. */
    static final int MIN_CAPTIONED = 2;
    /** How many numbered items with their files a list without a caption holds, at least. */
    static final int MIN_LOCATED = 3;
    /** A caption is at most this many code points. */
    private static final int MAX_CAPTION = 40;
    /** The endings of a source file's path. */
    private static final String[] SOURCE_ENDS = {".c", ".h", ".cc", ".cpp", ".hpp", ".s", ".rs", ".go", ".py", ".java"};

    private CallPathLists() {
    }

    /** Marks every such list (with its caption) as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int id = blockId;
        int i = 0;
        while (i < n) {
            int last = list(layout, i);
            if (last < 0) {
                i++;
                continue;
            }
            markList(layout, i, last, id);
            layout.mark(BlockShape.CALL_PATH_LIST, id++);
            i = last + 1;
        }
        return id;
    }

    /**
     * The last line of the call path list that starts at line {@code i} (its caption, or its first item when it has
     * none), or -1 when none starts there.
     */
    private static int list(NoteLayout layout, int i) {
        if (!free(layout, i)) {
            return -1;
        }
        int[] t = layout.codePoints();
        int quote = quoteEnd(layout, i);
        boolean opens = i == 0 || !free(layout, i - 1) || layout.blank(i - 1) || emptyQuote(layout, i - 1, quote - layout.start(i));
        boolean caption = opens && item(layout, i, quote) < 0
                && caption(t, quote, LineScan.stripEnd(t, layout.start(i), layout.contentEnd(i)));
        int first = i;
        if (caption) {
            first = i + 1;
            if (first < layout.lineCount() && free(layout, first) && emptyQuote(layout, first, quote - layout.start(i))) {
                first++;
            }
            if (first < layout.lineCount() && layout.role(first) == NoteLayout.Role.BLANK) {
                first++;
            }
        } else if (item(layout, i, quote) < 0 || number(t, LineScan.stripStart(t, quote, layout.contentEnd(i)), layout.contentEnd(i)) != 1
                || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT && item(layout, i - 1, quoteEnd(layout, i - 1)) >= 0) {
            return -1;   // a list without a caption starts at its item 1, not inside another list
        }
        int prefix = quote - layout.start(i);
        int column = -1;
        int items = 0;
        int located = 0;
        int code = 0;
        int calls = 0;
        boolean numbered = true;
        int j = first;
        for (; j < layout.lineCount() && free(layout, j); j++) {
            int q = quoteEnd(layout, j);
            if (q - layout.start(j) != prefix) {
                break;
            }
            int name = item(layout, j, q);
            if (name < 0) {
                break;
            }
            int col = LineScan.blanks(t, q, layout.contentEnd(j)) + (q - layout.start(j));
            if (column >= 0 && col != column) {
                return -1;   // items at two columns: a tree, or two lists
            }
            column = col;
            int number = number(t, LineScan.stripStart(t, q, layout.contentEnd(j)), layout.contentEnd(j));
            numbered &= number == items + 1;
            if (!numbered && !caption) {
                return -1;   // the numbers do not count up by one: no path of located items
            }
            items++;
            int e = LineScan.stripEnd(t, name, layout.contentEnd(j));
            int kind = nameItem(t, name, e, caption);
            if (kind < 0) {
                return -1;   // an item in words: a list of things
            }
            located += kind;
            code += codeStart(t, name, e) ? 1 : 0;
            calls += called(t, name, e) ? 1 : 0;
        }
        int last = j - 1;
        if (j < layout.lineCount() && free(layout, j) && !layout.blank(j) && !emptyQuote(layout, j, prefix)) {
            return -1;   // the list goes on: deeper items, items of another shape, the lazy rest of its last item
        }
        boolean path = caption ? items >= MIN_CAPTIONED && code * 2 >= items : numbered && items >= MIN_LOCATED && located == items
                && calls * 3 >= items * 2;   // with no caption, calls `f()` on two items in three: no list of keys or data
        return path ? last : -1;
    }

    /** Whether line {@code i} is a text line no other rule took. */
    private static boolean free(NoteLayout layout, int i) {
        NoteLayout.Role r = layout.role(i);
        return r == NoteLayout.Role.TEXT || r == NoteLayout.Role.BLANK;
    }

    /** Where line {@code i}'s blockquote marks end ({@code >} and one blank after each), past its indentation; its start when it has none. */
    private static int quoteEnd(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = layout.start(i) + LineScan.blanks(t, layout.start(i), e);
        if (p >= e || t[p] != '>') {
            return layout.start(i);
        }
        while (p < e && t[p] == '>') {
            p++;
            if (p < e && t[p] == ' ') {
                p++;
            }
        }
        return p;
    }

    /** Whether line {@code i} is a quote line holding nothing, its marks {@code prefix} code points long. */
    private static boolean emptyQuote(NoteLayout layout, int i, int prefix) {
        int[] t = layout.codePoints();
        int q = quoteEnd(layout, i);
        return prefix > 0 && q > layout.start(i) && LineScan.stripStart(t, q, layout.contentEnd(i)) == layout.contentEnd(i);
    }

    /** Whether [p, e) is a caption naming a call path: see the class comment. */
    static boolean caption(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        while (e > p && (t[e - 1] == ':' || t[e - 1] == '：' || t[e - 1] == '*')) {
            e--;
        }
        while (p < e && t[p] == '*') {
            p++;
        }
        if (p >= e || e - p > MAX_CAPTION || LineScan.indexOf(t, p, e, ":") >= 0 || LineScan.indexOf(t, p, e, "：") >= 0
                || LineScan.indexOf(t, p, e, "`") >= 0 || LineScan.indexOf(t, p, e, "(") >= 0) {
            return false;
        }
        for (String w : FlatChainRuns.CHAIN_WORDS) {   // the words end the caption: `Call chain size` names no path
            boolean cjk = w.charAt(0) > 0x7f;
            for (int end = e; end >= e - 1 && (end == e || !cjk && t[end] == 's'); end--) {   // `Call chains`
                int k = end - w.length();
                if (k >= p && LineScan.matchesLower(t, k, end, w) && (k == p || cjk || !Character.isLetterOrDigit(t[k - 1]))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Where the text of line {@code i}'s list item starts, its quote marks ending at {@code q}: past a bullet or a
     * number ({@code 1.}, {@code 1)}, {@code 1 }) and the blanks after it; -1 when the line is no item.
     */
    private static int item(NoteLayout layout, int i, int q) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, q, e);
        if (p + 1 >= e) {
            return -1;
        }
        if ((t[p] == '-' || t[p] == '*' || t[p] == '+') && (t[p + 1] == ' ' || t[p + 1] == '\t')) {
            return LineScan.stripStart(t, p + 1, e);
        }
        int d = p;
        while (d < e && d - p < 3 && LineScan.isDigit(t[d])) {
            d++;
        }
        if (d == p || d >= e) {
            return -1;
        }
        if ((t[d] == '.' || t[d] == ')') && d + 1 < e && (t[d + 1] == ' ' || t[d + 1] == '\t')) {
            return LineScan.stripStart(t, d + 1, e);
        }
        return t[d] == ' ' || t[d] == '\t' ? LineScan.stripStart(t, d, e) : -1;
    }

    /** The number an item [p, e) starts with, or -1 for a bullet. */
    private static int number(int[] t, int p, int e) {
        int v = 0;
        int d = p;
        while (d < e && d - p < 3 && LineScan.isDigit(t[d])) {
            v = v * 10 + t[d] - '0';
            d++;
        }
        return d == p ? -1 : v;
    }

    /** Whether the item's text [p, e) opens with a name of code ({@link NameShapes#codeOrMember}), past a backquote or {@code **}. */
    private static boolean codeStart(int[] t, int p, int e) {
        int q = p < e && t[p] == '`' ? p + 1 : p + 1 < e && t[p] == '*' && t[p + 1] == '*' ? p + 2 : p;
        return q < e && LineScan.isIdentStart(t[q]) && NameShapes.codeOrMember(t, q, e);
    }

    /** Whether the item's text [p, e) opens with a call, a name and its parentheses ({@code `f()`}, {@code f(x)}). */
    private static boolean called(int[] t, int p, int e) {
        int q = p < e && t[p] == '`' ? p + 1 : p + 1 < e && t[p] == '*' && t[p + 1] == '*' ? p + 2 : p;
        int k = q;
        while (k < e && (LineScan.isIdentPart(t[k]) || t[k] == '.' || t[k] == ':' || t[k] == '>' || t[k] == '-')) {
            k++;
        }
        return k > q && k < e && t[k] == '(';
    }

    /**
     * Whether an item's text [p, e) is one code name as the class comment says: 1 when a file's location follows it,
     * 0 when nothing does, -1 when it is no such item. A lower-case word alone ({@code schedule}) is a name too when
     * {@code word} (under a caption, where half the items at least must be names of code).
     */
    static int nameItem(int[] t, int p, int e, boolean word) {
        int q = p;
        boolean tick = q < e && t[q] == '`';
        boolean bold = q + 1 < e && t[q] == '*' && t[q + 1] == '*';
        q += tick ? 1 : bold ? 2 : 0;
        if (q >= e || !LineScan.isIdentStart(t[q]) || !NameShapes.codeOrMember(t, q, e) && !(word && t[q] >= 'a' && t[q] <= 'z')) {
            return -1;
        }
        int k = LineScan.skipIdent(t, q, e);
        while (k + 1 < e && (t[k] == ':' && t[k + 1] == ':' || t[k] == '-' && t[k + 1] == '>' || t[k] == '.' && k + 1 < e
                && LineScan.isIdentStart(t[k + 1]))) {
            k = LineScan.skipIdent(t, k + (t[k] == '.' ? 1 : 2), e);
        }
        if (sourceFile(t, q, k)) {
            return -1;   // `models.py`, `main.c`: a file, not a function
        }
        if (k < e && t[k] == '(') {
            int close = LineScan.closeParen(t, k, e);
            if (close < 0) {
                return -1;
            }
            k = close + 1;
        }
        if (tick) {
            if (k >= e || t[k] != '`') {
                return -1;
            }
            k++;
        } else if (bold) {
            if (k + 1 >= e || t[k] != '*' || t[k + 1] != '*') {
                return -1;
            }
            k += 2;
        }
        if (k == e) {
            return 0;
        }
        return location(t, k, e, word) ? 1 : -1;
    }

    /** Whether the name [p, e) ends as a source file's name does ({@link #SOURCE_ENDS}). */
    private static boolean sourceFile(int[] t, int p, int e) {
        for (String end : SOURCE_ENDS) {
            if (e - end.length() > p && LineScan.matchesLower(t, e - end.length(), e, end)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether [k, e), after an item's name, says where it is: {@code in path} ({@code path} maybe in a code span), a
     * colon and the path, or, when {@code words} (under a caption), a colon, a few words and the path last (after a
     * blank, or after a CJK full stop): with no caption, {@code fixed: patched in src/buf.c} is a changelog's item.
     */
    private static boolean location(int[] t, int k, int e, boolean words) {
        int p = LineScan.stripStart(t, k, e);
        if (p > k && LineScan.startsWith(t, p, e, "in ")) {
            return path(t, LineScan.stripStart(t, p + 3, e), e);
        }
        if (p < e && (t[p] == ':' || t[p] == '：')) {
            int s = e;
            while (s > p + 1 && (LineScan.isIdentPart(t[s - 1]) || t[s - 1] == '/' || t[s - 1] == '.' || t[s - 1] == '-' || t[s - 1] == '`')) {
                s--;
            }
            return s > p && (s == p + 1 || t[s - 1] == ' ' || t[s - 1] == '\t' || t[s - 1] > 0x7f) && path(t, s, e)
                    && (words || LineScan.stripStart(t, p + 1, e) == s);
        }
        return false;
    }

    /** Whether [p, e) is one path to a source file or a folder ({@code net/core/dev}), maybe in a code span. */
    private static boolean path(int[] t, int p, int e) {
        if (p < e && t[p] == '`') {
            if (e - p < 3 || t[e - 1] != '`') {
                return false;
            }
            p++;
            e--;
        }
        boolean slash = false;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (!(LineScan.isIdentPart(c) || c == '/' || c == '.' || c == '-')) {
                return false;
            }
            slash |= c == '/';
        }
        if (e - p < 3 || !LineScan.isIdentPart(t[p]) && t[p] != '.') {
            return false;
        }
        return slash || sourceFile(t, p, e);
    }

    /** Makes the block's quote marks, bullets and numbers margins, an empty quote line a remark, and marks it trace. */
    private static void markList(NoteLayout layout, int first, int last, int id) {
        CallItemLists.markTraceKeepingRoles(layout, first, last, id);
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int q = quoteEnd(layout, j);
            int name = item(layout, j, q);
            if (name >= 0) {
                layout.margins().setEnd(j, name - layout.start(j));
            } else if (LineScan.stripStart(t, q, layout.contentEnd(j)) == layout.contentEnd(j)) {
                layout.margins().setRemark(j);
            } else if (q > layout.start(j)) {
                layout.margins().setEnd(j, LineScan.stripStart(t, q, layout.contentEnd(j)) - layout.start(j));
            }
        }
    }
}
