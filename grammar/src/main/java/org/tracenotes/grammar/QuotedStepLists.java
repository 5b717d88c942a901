package org.tracenotes.grammar;

/**
 * A flat Markdown list of functions, each followed by its steps written as items that open with a quote mark:
 * the {@code >} says "inside the function above", as a nested item would.
 * <pre>
 * - dev_start(): 启动设备，永不返回
 * - &gt; 获取当前设备
 * - &gt; 若设备已绑定，则调用 dev_bind
 * - &gt; 调用 dev_run
 * - dev_stop：停止设备
 * - func dev_run(d *dev) ：
 * - &gt; 加锁
 * - &gt; dev_poll 轮询
 * </pre>
 * The list runs as {@link CallItemLists#listEnd} finds it. A plain item that heads steps names a function: its
 * text opens with the function's name ({@code func} may stand before it), a lower-case letter in it, and a
 * parenthesis or a colon ({@code :}, {@code ：}) after it. A name and a colon alone is a function's only when it is
 * written as code (an {@code _} in it, {@code func} before it) or when a quoted item under it holds code (a name
 * with an {@code _}, a name right before a {@code (}): a lower-case word and a colon is as often a term or a key
 * ({@code - latency: time to the first byte}, {@code - name: the host}), and a glossary may quote remarks under its
 * terms, while Go's runtime names ({@code - handoffp: ...}) are words too but have code quoted under them.
 * The list is such a list when at least
 * {@link #MIN_HEADS} heads have quoted items right under them and at least {@link #MIN_STEPS} items are quoted:
 * an ordinary list quotes nothing, or quotes under words. Every plain item is a root (a function, its steps
 * or none), the quoted items its steps: their bullet and quote mark are margins, so they stand deeper than the
 * item above; a line of the list that is no item is a remark.
 */
final class QuotedStepLists {

    /** How many items that name a function have quoted steps under them, at least. */
    private static final int MIN_HEADS = 2;
    /** How many quoted steps the list holds, at least. */
    private static final int MIN_STEPS = 4;

    /** What a plain item names: nothing that heads steps, a function, or a name and a colon (a function or a term). */
    private static final int NO_HEAD = 0;
    private static final int FUNCTION = 1;
    private static final int NAME_AND_COLON = 2;

    private QuotedStepLists() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (!CallItemLists.startsList(layout, i)) {
                i++;
                continue;
            }
            int last = CallItemLists.listEnd(layout, i);
            if (last > i && isStepList(layout, i, last)) {
                markList(layout, i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /** Where the quoted text of an item on {@code line} starts, in code points from the line's start; -1 for other lines. */
    private static int quotedTextStart(NoteLayout layout, int line) {
        int bullet = ListItemMarkers.bulletEnd(layout, line);
        if (bullet < 0) {
            return -1;
        }
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int e = layout.contentEnd(line);
        int p = LineScan.skipBlanks(t, s + bullet, e);
        if (!QuotedItems.opensWithQuote(t, p, e)) {
            return -1;
        }
        int q = LineScan.skipBlanks(t, p + 1, e);
        return q < e ? q - s : -1;
    }

    /** Whether the list on {@code first}..{@code last} is one of functions with quoted steps. */
    private static boolean isStepList(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int heads = 0;
        int steps = 0;
        int head = NO_HEAD;   // what the last plain item names
        boolean counted = false;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            int e = layout.contentEnd(j);
            int quoted = quotedTextStart(layout, j);
            if (quoted >= 0) {
                steps++;
                if (!counted && (head == FUNCTION || head == NAME_AND_COLON && holdsCode(t, layout.start(j) + quoted, e))) {
                    heads++;
                    counted = true;
                }
                continue;
            }
            head = headKind(t, LineScan.skipBlanks(t, layout.start(j) + bullet, e), e);
            counted = false;
        }
        return heads >= MIN_HEADS && steps >= MIN_STEPS;
    }

    /**
     * What an item's text [p, e) names: {@link #FUNCTION} when it opens with a function's name, {@code func} before
     * it maybe, then a parenthesis, or a colon after a name with an {@code _} or after {@code func};
     * {@link #NAME_AND_COLON} when a lower-case name without either stands before the colon; else {@link #NO_HEAD}.
     */
    static int headKind(int[] t, int p, int e) {
        boolean func = LineScan.startsWith(t, p, e, "func ");
        if (func) {
            p = LineScan.skipBlanks(t, p + 5, e);
        }
        if (p >= e || !(t[p] >= 'a' && t[p] <= 'z' || t[p] == '_')) {
            return NO_HEAD;
        }
        int q = p;
        boolean lower = false;
        boolean underscore = false;
        while (q < e && t[q] < 0x80 && LineScan.isIdentPart(t[q])) {
            lower |= t[q] >= 'a' && t[q] <= 'z';
            underscore |= t[q] == '_';
            q++;
        }
        q = LineScan.skipBlanks(t, q, e);
        if (!lower || q == e) {
            return NO_HEAD;
        }
        if (t[q] == '(') {
            return FUNCTION;
        }
        if (t[q] != ':' && t[q] != '\uFF1A') {
            return NO_HEAD;
        }
        return underscore || func ? FUNCTION : NAME_AND_COLON;
    }

    /**
     * Whether [p, e) holds a word of code: a run of ASCII name characters with a letter that has an {@code _} and
     * does not end in one ({@code gosched_m}, {@code _Grunnable}; not {@code _stressed_}, Markdown's emphasis),
     * or that stands right before a {@code (} ({@code new(m)}).
     */
    static boolean holdsCode(int[] t, int p, int e) {
        int k = p;
        while (k < e) {
            if (t[k] >= 0x80 || !LineScan.isIdentPart(t[k])) {
                k++;
                continue;
            }
            int s = k;
            boolean letter = false;
            boolean underscore = false;
            while (k < e && t[k] < 0x80 && LineScan.isIdentPart(t[k])) {
                letter |= LineScan.isIdentStart(t[k]) && t[k] != '_';
                underscore |= t[k] == '_';
                k++;
            }
            if (letter && (underscore && t[k - 1] != '_' || k < e && t[k] == '(' && k - s > 1)) {
                return true;
            }
        }
        return false;
    }

    /** Makes the list a trace block: bullets, and a quoted step's quote mark, are margins; lines that are no item, remarks. */
    private static void markList(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        layout.mark(BlockShape.QUOTED_STEPS, blockId);   // core stands a quoted step at its quote mark
        for (int j = first; j <= last; j++) {
            NoteLayout.Role r = before[j - first];
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            int bullet = r == NoteLayout.Role.TEXT ? ListItemMarkers.bulletEnd(layout, j) : -1;
            int quoted = bullet < 0 ? -1 : quotedTextStart(layout, j);
            if (bullet < 0) {
                layout.margins().setRemark(j);
            } else {
                layout.margins().setEnd(j, quoted >= 0 ? quoted : bullet);
            }
        }
    }
}
