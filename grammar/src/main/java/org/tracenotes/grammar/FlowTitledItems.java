package org.tracenotes.grammar;

/**
 * Bullet call trees written as a flow in words: what {@link BulletedTrees} (in a fence) and
 * {@link CallItemLists} (outside one) need besides their own tests to read them.
 *
 * <p>In a fence, a {@code #} title in words over the flow, its steps {@code - } items, most in prose with
 * calls inside them, some a call with a gloss after a comma:
 * <pre>
 * # open widget 流程
 * - rpc_open_widget(), 参数中带有 widget 的名字
 *     - widget_open()
 *       - 分配并初始化 struct widget *w
 *       - 调用 g_ops.attach(), 也就是 Board::Attach()
 * - widget_open_done()
 *   - widget_register()
 * </pre>
 * The title ({@link #flowTitle}) is a comment; a call with a gloss ({@link #glossedCall}) counts as a call
 * item, and may be the root written without a bullet. Only under such a title: a glossed call in any other
 * fence is as likely a list of an API's functions with their descriptions.
 *
 * <p>Outside a fence, a caption in words naming the function ({@code in Widget::open}, {@link #inCaption})
 * over a bullet call stack: the caption is the stack's root.
 * <pre>
 * in Widget::open
 * - board->attach(..
 * - pins.do_all()
 * 	- Board::iterate(..
 * </pre>
 */
final class FlowTitledItems {

    private FlowTitledItems() {
    }

    /**
     * Whether the stripped line [p, e) is a flow's title: {@code #}, a blank, then words (letters, digits,
     * blanks, CJK text, maybe a colon last) that name a flow or calls as a chain's caption does
     * ({@link ChainCaptions#namesPath}: 流程, 调用, {@code call}, {@code code flow}); no {@code #include}, no
     * code ({@code (}, {@code =}, {@code ;}). {@code # widget API reference} or {@code # 待办事项} over a nested
     * list of glossed calls titles a reference or a to-do list, no flow.
     */
    static boolean flowTitle(int[] t, int p, int e) {
        if (e - p < 4 || t[p] != '#' || t[p + 1] != ' ') {
            return false;
        }
        int q = LineScan.skipBlanks(t, p + 1, e);
        int z = e;
        if (z > q && (t[z - 1] == ':' || t[z - 1] == '\uFF1A')) {
            z--;
        }
        if (z - q < 2 || z - q > 60) {
            return false;
        }
        for (int k = q; k < z; k++) {
            int c = t[k];
            if (!(LineScan.isCjk(c) || c == ' ' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
                return false;
            }
        }
        return ChainCaptions.namesPath(t, q, z);
    }

    /**
     * Whether the stripped text [p, e) is a call of code with a gloss: a name of code ({@code _} in it or a
     * {@code (} after it, maybe a receiver before it) written as a complete call, then a comma ({@code ,},
     * {@code ，}) and words: {@code rpc_open_widget(), 参数中带有…}.
     */
    static boolean glossedCall(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        int open = LineScan.indexOf(t, p, e, "(");
        if (open < 0 || CallItemLists.calleeName(t, p, open + 1) < 0 || !NameShapes.codeName(t, CallItemLists.calleeName(t, p, open + 1), e)) {
            return false;
        }
        int depth = 0;
        for (int k = open; k < e; k++) {
            if (t[k] == '(') {
                depth++;
            } else if (t[k] == ')' && --depth == 0) {
                int r = LineScan.skipBlanks(t, k + 1, e);
                return r < e && (t[r] == ',' || t[r] == '\uFF0C') && LineScan.skipBlanks(t, r + 1, e) < e;
            }
        }
        return false;
    }

    /**
     * Whether line {@code line} is a caption naming a function in words: {@code in} and one name of code
     * joined by {@code ::}, {@code ->} or {@code .} or with an {@code _} ({@code in Widget::open},
     * {@code in widget_open()}, {@link NameShapes#memberEnd}), nothing after it but a colon. A file's name
     * ({@code in setup.py:}, {@code in Python.h:}) names where the calls are, no function.
     */
    static boolean inCaption(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(line), layout.contentEnd(line));
        int p = LineScan.stripStart(t, layout.start(line), e);
        if (e - p < 5 || t[p] != 'i' && t[p] != 'I' || t[p + 1] != 'n' || t[p + 2] != ' ') {
            return false;
        }
        int q = LineScan.skipBlanks(t, p + 3, e);
        if (q >= e || !LineScan.isIdentStart(t[q]) || !NameShapes.codeOrMember(t, q, e)) {
            return false;
        }
        int k = NameShapes.memberEnd(t, q, e);
        if (k + 1 < e && t[k] == '(' && t[k + 1] == ')') {
            k += 2;
        } else if (CallTreeLine.fileName(t, q, k)) {
            return false;   // `in setup.py:`: a file
        }
        return k == e || k + 1 == e && (t[k] == ':' || t[k] == '\uFF1A');
    }

    /**
     * Whether a bullet list starts on line {@code i} right under an {@link #inCaption} line that opens its
     * paragraph (after a blank line, a heading or a fence, or first in the note).
     */
    static boolean captionedList(NoteLayout layout, int i) {
        return i > 0 && layout.role(i) == NoteLayout.Role.TEXT && layout.role(i - 1) == NoteLayout.Role.TEXT
                && (i == 1 || layout.role(i - 2) != NoteLayout.Role.TEXT) && ListItemMarkers.bulletEnd(layout, i) >= 0
                && ListItemMarkers.bulletEnd(layout, i - 1) < 0 && layout.indentOf(i - 1) <= layout.indentOf(i) && inCaption(layout, i - 1);
    }

    /**
     * Joins the caption over the list starting on line {@code i}, when {@code captioned}, to the list's trace
     * block {@code blockId} as its root, a flow in words ({@link BlockShape#WORDED_FLOW}); at its items'
     * column, the items one level under it ({@link BlockShape#DASH_LIST_TREE}), as a bare name's over its list.
     */
    static void markCaption(NoteLayout layout, boolean captioned, int i, int blockId) {
        if (captioned) {
            layout.markTrace(i - 1, i - 1, blockId);
            layout.mark(BlockShape.WORDED_FLOW, blockId);
            if (layout.indentOf(i - 1) == layout.indentOf(i)) {
                layout.mark(BlockShape.DASH_LIST_TREE, blockId);
            }
        }
    }
}
