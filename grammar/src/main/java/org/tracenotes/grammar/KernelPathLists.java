package org.tracenotes.grammar;

/**
 * A numbered list of kernel functions, each with the source file of the kernel tree it is in, under no caption and
 * with no call's parentheses: the functions a path goes through, in order, each called by the item above it.
 * <pre>
 *     1 widget_write:net/widget.c
 *     2 widget_sendmsg：把数据放进缓冲区 net/ipv4/widget.c
 *     3 widget_xmit:net/core/widget_out.c
 *     4 widget_queue:net/core/dev
 * </pre>
 * {@link CallPathLists} reads such a list under a caption, or when two items in three are calls ({@code f()}):
 * without either, a changelog's or a TODO's numbered items have the same shape ({@code 1. fixed: patched in
 * src/buf.c}). What tells a path through the kernel from them here is every item's shape: numbered from 1 up by
 * one (a bare number, {@code 1.} or {@code 1)}), at least {@link #MIN_ITEMS} items at one column, each one C
 * function's name (an {@code _} and lower-case letters, no member, no type's or unit's name:
 * {@link NameShapes#dataShaped}) right before a colon, then the file: a path of the kernel tree ({@link #TREE}:
 * {@code net/…}, {@code mm/…}, {@code fs/…}) to a C source or header, or to a folder; two items in three at least
 * name a {@code .c} or {@code .h} file. One item in three at most may say in a few words what the function does
 * between its colon and its file (a blank or a CJK character before the file). A changelog says what was done to a
 * file in words on each item ({@code rewritten in lib/net.c}), a list of crates or of scripts names files of
 * another tree ({@code src/}, {@code app/}), and a list of a module's functions names them without their files. A
 * list under a caption or heading naming patches, a series, commits or a changelog ({@code Patches in this series:})
 * is a list of changes, each named by a function-like title over the file it touches: left alone.
 *
 * <p>The numbers are margins; core's {@code CallPathDepths} makes item 1 the root and each next item one level
 * deeper ({@link BlockShape#CALL_PATH_LIST}). The list must start at its item 1 after a blank line or a line no
 * item, and end at a blank line or the note's end: a list that goes on in another shape is left alone.
 */
final class KernelPathLists {

    /** How many items the list holds, at least. */
    static final int MIN_ITEMS = 4;
    /** The top folders of the kernel's source tree. */
    private static final java.util.Set<String> TREE = java.util.Set.of("arch", "block", "crypto", "drivers", "fs", "include",
            "init", "io_uring", "ipc", "kernel", "mm", "net", "security", "sound", "virt");
    /** Words of a caption over a list of changes, not of a path (lower case). */
    private static final String[] CHANGE_WORDS = {"patch", "series", "commit", "changelog", "change log", "changes", "补丁"};

    private KernelPathLists() {
    }

    /** Marks every such list as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int id = blockId;
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            int last = list(layout, i);
            if (last < 0) {
                continue;
            }
            CallItemLists.markTraceKeepingRoles(layout, i, last, id);
            int[] t = layout.codePoints();
            for (int j = i; j <= last; j++) {
                layout.margins().setEnd(j, nameStart(t, layout.start(j), layout.contentEnd(j)) - layout.start(j));
            }
            layout.mark(BlockShape.CALL_PATH_LIST, id++);
            i = last;
        }
        return id;
    }

    /** The last item of the list whose item 1 is line {@code i}, or -1 when none starts there. */
    private static int list(NoteLayout layout, int i) {
        int n = layout.lineCount();
        int[] t = layout.codePoints();
        if (!text(layout, i) || number(t, layout.start(i), layout.contentEnd(i)) != 1
                || i > 0 && text(layout, i - 1) && nameStart(t, layout.start(i - 1), layout.contentEnd(i - 1)) >= 0) {
            return -1;
        }
        int column = layout.indentOf(i);
        int items = 0;
        int worded = 0;
        int sources = 0;
        int j = i;
        for (; j < n && text(layout, j); j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            if (layout.indentOf(j) != column || number(t, s, e) != items + 1) {
                return -1;   // another column, another number, a line that is no item: another list
            }
            int kind = item(t, nameStart(t, s, e), e);
            if (kind < 0) {
                return -1;
            }
            items++;
            worded += kind & 1;
            sources += kind >> 1;
        }
        return items >= MIN_ITEMS && worded * 3 <= items && sources * 3 >= items * 2 && !changes(layout, i) ? j - 1 : -1;
    }

    /**
     * Whether the nearest line above item 1 (a blank line between at most) is a caption or a heading naming
     * changes ({@link #CHANGE_WORDS}: {@code Patches in this series:}): a list of patches, each the file it touches.
     */
    private static boolean changes(NoteLayout layout, int i) {
        int k = i - 1;
        while (k >= 0 && k >= i - 2 && layout.blank(k)) {
            k--;
        }
        if (k < 0 || layout.blank(k) || layout.role(k) != NoteLayout.Role.TEXT && layout.role(k) != NoteLayout.Role.HEADING) {
            return false;
        }
        String above = layout.lineText(k).toLowerCase(java.util.Locale.ROOT);
        for (String w : CHANGE_WORDS) {
            if (above.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i} is a text line no rule took, not blank. */
    private static boolean text(NoteLayout layout, int i) {
        return layout.role(i) == NoteLayout.Role.TEXT && !layout.blank(i);
    }

    /** The number line [s, e) starts with as an item ({@code 1 }, {@code 1.}, {@code 1)}), or -1. */
    private static int number(int[] t, int s, int e) {
        int p = LineScan.stripStart(t, s, e);
        int v = 0;
        int d = p;
        while (d < e && d - p < 3 && LineScan.isDigit(t[d])) {
            v = v * 10 + t[d] - '0';
            d++;
        }
        return d > p && nameStart(t, s, e) > d ? v : -1;
    }

    /** Where the text of the numbered item on line [s, e) starts, past its number and the blanks after it; -1 for none. */
    private static int nameStart(int[] t, int s, int e) {
        int p = LineScan.stripStart(t, s, e);
        int d = p;
        while (d < e && d - p < 3 && LineScan.isDigit(t[d])) {
            d++;
        }
        if (d == p || d >= e) {
            return -1;
        }
        if ((t[d] == '.' || t[d] == ')') && d + 1 < e) {
            d++;
        }
        int q = LineScan.skipBlanks(t, d, e);
        return q > d && q < e ? q : -1;
    }

    /**
     * An item's text [p, e) as the class comment says: -1 when it is none; else bit 0 set when words stand between
     * its colon and its file, bit 1 when the file is a {@code .c} or {@code .h} file.
     */
    private static int item(int[] t, int p, int e) {
        if (p < 0 || !LineScan.isIdentStart(t[p])) {
            return -1;
        }
        int k = LineScan.skipIdent(t, p, e);
        if (!TitledNameRuns.name(t, p, k) || k >= e || t[k] != ':' && t[k] != '：') {
            return -1;
        }
        int f = e;
        while (f > k + 1 && (LineScan.isIdentPart(t[f - 1]) || t[f - 1] == '/' || t[f - 1] == '.' || t[f - 1] == '-')) {
            f--;
        }
        int source = file(t, f, e);
        if (source < 0) {
            return -1;
        }
        int after = LineScan.skipBlanks(t, k + 1, e);
        if (after == f) {
            return source << 1;
        }
        boolean apart = t[f - 1] == ' ' || t[f - 1] == '\t' || t[f - 1] > 0x7f;
        return apart && t[k] == '：' || apart && t[k] == ':' && after > k + 1 ? source << 1 | 1 : -1;
    }

    /** 1 when [p, e) is a path of the kernel tree to a C source or header, 0 to a folder, -1 when it is none. */
    private static int file(int[] t, int p, int e) {
        String path = new String(t, p, e - p);
        int slash = path.indexOf('/');
        if (slash <= 0 || !TREE.contains(path.substring(0, slash)) || path.endsWith("/") || path.contains("..")) {
            return -1;
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (last.endsWith(".c") || last.endsWith(".h")) {
            return 1;
        }
        return last.indexOf('.') < 0 ? 0 : -1;
    }
}
