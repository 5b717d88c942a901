package org.tracenotes.grammar;

/**
 * A call outline written as a Markdown bullet list inside a Docusaurus/VuePress admonition (a {@code :::}
 * container) whose title names a flow: the items are the steps, most a call with a gloss after it, nested
 * by indentation, groups split by blank lines.
 * <pre>
 * :::note foo_loop 调用流程 static void foo_loop(void)
 *
 * - `foo_set_flag()`: 后续研究
 * - `foo_enter()`: 进入
 *
 * - 如果不需要停止（`while (!need_stop())`），执行后续的动作
 *   - foo_disable()，关闭中断
 *
 *   - **foo_idle_call()**，main function
 *     - foo_select，选择状态
 *     - …
 * :::
 * </pre>
 * The opener is {@code :::} and a word ({@code note}, {@code tip}, …) then a title that names a call flow
 * ({@link ChainCaptions#namesFlow}: 流程, 调用链, {@code call flow}, {@code call sequence}; a bare 调用 or
 * {@code call}, as in {@code :::tip 调用方式} over an API's reference, names none); the list runs from the first item after it to
 * the line before the closing {@code :::}, every line between an item at the first item's column or deeper
 * (blank lines allowed). An item names a call ({@link #callItem}) when its text, past a {@code `} or
 * {@code **}, is a name of code ({@code _} in it or a {@code (} after it; a member, {@code drv.init}, only with
 * its {@code (}: {@code `options.appId`} is a field), alone or followed by a gloss after {@code :}, {@code ，}
 * or {@code ,}. The list is an outline when at least {@value #MIN_CALLS} items, and more
 * than half of them, name calls, and an item stands over a deeper call item: a to-do list, a changelog or a
 * feature list in such a box names things in words, and a list of an API's functions with glosses is flat.
 * The title line is no step (the block's root is left implied); the bullets are margins the lexer skips,
 * and a line in the list that is no item is a remark.
 */
public final class AdmonitionCallLists {

    /** How many items name calls, at least. */
    private static final int MIN_CALLS = 3;

    private AdmonitionCallLists() {
    }

    /** Marks every such list among the note's lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int[] t = layout.codePoints();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !opener(t, layout.start(i), layout.contentEnd(i))) {
                continue;
            }
            int first = i + 1;
            while (first < n && layout.role(first) == NoteLayout.Role.BLANK) {
                first++;
            }
            if (first >= n || layout.role(first) != NoteLayout.Role.TEXT || ListItemMarkers.bulletEnd(layout, first) < 0) {
                continue;
            }
            int last = CallItemLists.listEnd(layout, first);
            int close = last + 1;
            while (close < n && layout.role(close) == NoteLayout.Role.BLANK) {
                close++;
            }
            if (close >= n || !closer(t, layout.start(close), layout.contentEnd(close))) {
                continue;
            }
            if (isOutline(layout, t, first, last)) {
                markList(layout, i, first, last, blockId++);
            }
            i = close;
        }
        return blockId;
    }

    /** Whether [p, e) opens an admonition titled with words that name a call flow: {@code :::note f 调用流程}. */
    static boolean opener(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        e = LineScan.stripEnd(t, p, e);
        if (e - p < 5 || t[p] != ':' || t[p + 1] != ':' || t[p + 2] != ':') {
            return false;
        }
        int q = LineScan.skipBlanks(t, p + 3, e);
        int w = q;
        while (w < e && (t[w] >= 'a' && t[w] <= 'z' || t[w] >= 'A' && t[w] <= 'Z')) {
            w++;
        }
        if (w == q || w < e && t[w] != ' ') {
            return false;   // `:::` and a word, the container's kind, then the title
        }
        int title = LineScan.skipBlanks(t, w, e);
        return title < e && ChainCaptions.namesFlow(t, title, e);
    }

    /** Whether [p, e) is a closing {@code :::} alone. */
    static boolean closer(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        e = LineScan.stripEnd(t, p, e);
        return e - p >= 3 && LineScan.allAre(t, p, e, ':');
    }

    /**
     * Whether the item text [p, e) names a call: past an opening {@code `} or {@code **}, a name of code
     * (maybe a receiver before it, then its arguments after it), its closing mark, then nothing, or a
     * gloss after {@code :}, {@code ：}, {@code ,} or {@code ，}.
     */
    static boolean callItem(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        e = LineScan.stripEnd(t, p, e);
        int q = p;
        int close = 0;   // the marks opened before the name
        if (q < e && t[q] == '`') {
            q++;
            close = 1;
        } else if (q + 1 < e && t[q] == '*' && t[q + 1] == '*') {
            q += 2;
            close = 2;
        }
        if (q >= e || !LineScan.isIdentStart(t[q]) || !NameShapes.codeOrMember(t, q, e)) {
            return false;
        }
        int k = NameShapes.memberEnd(t, q, e);
        if (!NameShapes.codeName(t, q, e) && (k >= e || t[k] != '(')) {
            return false;   // a member without its `(` (`options.appId`) names a field, no call
        }
        if (k < e && t[k] == '(') {
            k = LineScan.closeParen(t, k, e);
            if (k < 0) {
                return false;
            }
            k++;
        }
        for (int c = 0; c < close; c++) {
            if (k >= e || t[k] != (close == 1 ? '`' : '*')) {
                return false;
            }
            k++;
        }
        k = LineScan.skipBlanks(t, k, e);
        if (k == e) {
            return true;
        }
        int s = t[k];
        return (s == ':' || s == '\uFF1A' || s == ',' || s == '\uFF0C') && LineScan.skipBlanks(t, k + 1, e) < e;
    }

    /**
     * Whether the list on lines {@code first}..{@code last} is a call outline: {@value #MIN_CALLS} items
     * and more than half of them name calls, and a call item stands right under a shallower item.
     */
    private static boolean isOutline(NoteLayout layout, int[] t, int first, int last) {
        int items = 0;
        int calls = 0;
        boolean nested = false;
        int previousIndent = -1;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0 || ListItemMarkers.bulletArrowEnd(layout, j) >= 0) {
                return false;   // a paragraph in an item, or an arrow list: read otherwise
            }
            items++;
            boolean call = callItem(t, layout.start(j) + bullet, layout.contentEnd(j));
            calls += call ? 1 : 0;
            int indent = layout.indentOf(j);
            nested |= call && previousIndent >= 0 && indent > previousIndent;
            previousIndent = indent;
        }
        return nested && calls >= MIN_CALLS && calls * 2 > items;
    }

    /** Makes the list a trace block: bullets are margins, the flow a titled flow in words. */
    private static void markList(NoteLayout layout, int title, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, title, last, blockId);
        if (layout.indentOf(title) == layout.indentOf(first)) {
            layout.mark(BlockShape.DASH_LIST_TREE, blockId);
        }
        for (int j = first; j <= last; j++) {
            if (before[j - title] != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet >= 0) {
                layout.margins().setEnd(j, bullet);
            } else {
                layout.margins().setRemark(j);
            }
        }
        layout.mark(BlockShape.WORDED_FLOW, blockId);
    }
}
