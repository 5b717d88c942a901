package org.tracenotes.grammar;

/**
 * The items in words of a call outline written as a Markdown list, read as steps when the author tells steps in
 * words: a list where an item in words stands over calls ({@code - 建立监听端口} over {@code - ngx_listen_open},
 * a stage of the flow told in words) uses its items in words as steps, so its other items in words are steps too
 * ({@code - 创建请求} beside the calls, {@code - create & bind socket} under one), not remarks.
 * <pre>
 * - 读取配置                      a step in words
 * - 建立监听端口                  a stage: calls under it
 *   - dev_listen_add
 *     - 设置回调 dev_accept       a step in words under a call
 *   - dev_open_sockets
 *       - 到这里请求已解析完        deeper than the call beside it: a remark on dev_open_sockets
 *     - dev_poll
 * </pre>
 * An item in words written deeper than a later item under the same parent (an indented aside above the next
 * call) stays a remark, as do an item in words over items in words (a note and its details) and the items under
 * a remark, and so does every item in words of a list none of whose items in words stands over a
 * call: there the words say things about the names (what a function does, when it fails), which is how a
 * list of names annotated in words reads.
 */
final class OutlineProseItems {

    /** How far ahead an item looks for a shallower item under its parent. */
    private static final int LOOK_AHEAD = 200;

    private OutlineProseItems() {
    }

    /**
     * Marks as steps, in {@code step} (indexed from {@code first}), the items in words of the list on
     * {@code first}..{@code last} that are steps told in words, when one item in words of the list is a step
     * already (it stands over a call).
     */
    static void markSteps(NoteLayout layout, int first, int last, boolean[] step) {
        int[] t = layout.codePoints();
        if (!hasStage(layout, first, last, step)) {
            return;
        }
        int[] openIndents = new int[16];
        boolean[] openRemarks = new boolean[16];   // the open item is a remark: the items under it are its words too
        int open = 0;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int marker = ListItemMarkers.bulletEnd(layout, j);
            if (marker < 0) {
                continue;
            }
            int indent = NameItemLists.itemIndent(layout, j);
            while (open > 0 && openIndents[open - 1] >= indent) {
                open--;
            }
            int parentIndent = open > 0 ? openIndents[open - 1] : -1;
            boolean underRemark = open > 0 && openRemarks[open - 1];
            if (open == openIndents.length) {
                System.arraycopy(openIndents, 1, openIndents, 0, open - 1);
                System.arraycopy(openRemarks, 1, openRemarks, 0, open - 1);
                open--;
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + marker, e);
            boolean words = !step[j - first] && p < e && NameItemLists.isWords(t, p, e);
            if (words && !underRemark && !asideAbove(layout, j, last, indent, parentIndent) && !overItems(layout, j, last, indent)) {
                step[j - first] = true;
            }
            openIndents[open] = indent;
            openRemarks[open++] = underRemark || words && !step[j - first];
        }
    }

    /** Whether items stand under the item on {@code line} (the next item is deeper): words over words, a remark. */
    private static boolean overItems(NoteLayout layout, int line, int last, int indent) {
        for (int k = line + 1; k <= last; k++) {
            if (layout.role(k) == NoteLayout.Role.TEXT && ListItemMarkers.bulletEnd(layout, k) >= 0) {
                return NameItemLists.itemIndent(layout, k) > indent;
            }
        }
        return false;
    }

    /** Whether a bulleted item in words of the list is a step already: a stage with calls under it. */
    private static boolean hasStage(NoteLayout layout, int first, int last, boolean[] step) {
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            int marker = step[j - first] && layout.role(j) == NoteLayout.Role.TEXT ? ListItemMarkers.bulletEnd(layout, j) : -1;
            if (marker < 0) {
                continue;
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + marker, e);
            if (ItemNames.nameStart(t, p, e) < 0 && NameItemLists.isWords(t, p, e)
                    && !NameItemLists.isCode(t, p, LineScan.stripEnd(t, p, e))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the item on {@code line} at {@code indent} stands deeper than a later item under the same parent
     * (deeper than {@code parentIndent}), before any item at the parent's depth or shallower.
     */
    private static boolean asideAbove(NoteLayout layout, int line, int last, int indent, int parentIndent) {
        int end = Math.min(last, line + LOOK_AHEAD);
        for (int k = line + 1; k <= end; k++) {
            if (layout.role(k) != NoteLayout.Role.TEXT || ListItemMarkers.bulletEnd(layout, k) < 0) {
                continue;
            }
            int other = NameItemLists.itemIndent(layout, k);
            if (other < indent) {
                return other > parentIndent;
            }
        }
        return false;
    }
}
