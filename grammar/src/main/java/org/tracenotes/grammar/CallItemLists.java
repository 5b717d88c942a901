package org.tracenotes.grammar;

/**
 * A Markdown list whose items are calls, nested by indentation (blanks or tabs): a call tree written
 * as a list, an item's depth its call depth, with the callee's code in a fence inside the item and
 * remarks in words under it.
 * <pre>
 * - dev_open(dev)
 * 	- dev_check(dev)
 * 	- int err = dev_setup(dev, flags)
 * 		```c
 * 		{
 * 			slot = slot_alloc(dev);
 * 		}
 * 		```
 * 		It takes the slot the queue will use.
 * 		- slot_alloc(dev)
 * </pre>
 * The list starts at an item after a line that is not a paragraph's and runs over the items at its
 * column or deeper, the fences and paragraphs deeper than it and blank lines between. It is a call tree
 * when most of its items are code (a call, an assignment, a declaration: {@link CallTreeLine}), none
 * starts with an arrow (those lists are read by {@link ListItemMarkers}), and an item written as a call
 * has a call one level under it at least twice: a list of things (features, files, functions to read)
 * names them in words, or side by side, not one under the other. In such a list the bullets are
 * margins the lexer skips, a fence's code is read as the body of the item it stands in (its fence lines
 * are remarks; a fence in a language whose lines are no C, Python or YAML, is quoted, remarks too), and
 * a paragraph inside an item is a remark on that item, not a step.
 */
public final class CallItemLists {

    /** How many times an item written as a call has a call under it, at least. */
    private static final int MIN_DESCENTS = 2;

    private CallItemLists() {
    }

    /** The cheap test: a bullet list starts with an item after a blank line, a heading or a fence. */
    static boolean startsList(NoteLayout layout, int i) {
        return layout.role(i) == NoteLayout.Role.TEXT && (i == 0 || layout.role(i - 1) != NoteLayout.Role.TEXT)
                && ListItemMarkers.bulletEnd(layout, i) >= 0;
    }

    /** Marks every such list among the note's lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            boolean captioned = FlowTitledItems.captionedList(layout, i);   // `in Widget::open` over the list: its root
            if (!captioned && !startsList(layout, i)) {
                i++;
                continue;
            }
            int last = listEnd(layout, i);
            if (last > i && isCallTree(layout, i, last)) {
                markList(layout, i, last, blockId);
                FlowTitledItems.markCaption(layout, captioned, i, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /** Marks lines {@code first}..{@code last} a trace block and returns the roles they had before. */
    static NoteLayout.Role[] markTraceKeepingRoles(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = new NoteLayout.Role[last - first + 1];
        for (int j = first; j <= last; j++) {
            before[j - first] = layout.role(j);
        }
        layout.markTrace(first, last, blockId);
        return before;
    }

    /** Where a line's item marker ends (its text starts), or -1 when the line is no item. */
    interface ItemMarker {
        int end(NoteLayout layout, int line);
    }

    /** The last non-blank line of the bullet list whose first item is on {@code first}. */
    static int listEnd(NoteLayout layout, int first) {
        return listEnd(layout, first, ListItemMarkers::bulletEnd);
    }

    /** The last non-blank line of the list (items marked as {@code marker} finds them) whose first item is on {@code first}. */
    static int listEnd(NoteLayout layout, int first, ItemMarker marker) {
        int n = layout.lineCount();
        int top = layout.indentOf(first);
        int last = first;
        int j = first + 1;
        while (j < n) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                j++;
                continue;
            }
            if (r == NoteLayout.Role.FENCE_OPEN && layout.indentOf(j) > top) {
                int close = j + 1;
                while (close < n && layout.role(close) != NoteLayout.Role.FENCE_CLOSE
                        && (layout.role(close) == NoteLayout.Role.CODE || layout.role(close) == NoteLayout.Role.TRACE)) {
                    close++;
                }
                if (close >= n || layout.role(close) != NoteLayout.Role.FENCE_CLOSE) {
                    return last;   // a fence never closed: the list ends before it
                }
                last = close;
                j = close + 1;
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                return last;
            }
            int indent = layout.indentOf(j);
            boolean item = marker.end(layout, j) >= 0;
            if (item ? indent < top : indent <= top) {
                return last;
            }
            last = j;
            j++;
        }
        return last;
    }

    /**
     * Whether the list on lines {@code first}..{@code last} is a call tree: most items are code, none leads
     * with an arrow, and an item written as a call has a call item right under it (deeper) at least
     * {@link #MIN_DESCENTS} times.
     */
    private static boolean isCallTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        if (!mayDescend(layout, t, first, last)) {
            return false;   // the cheap reject: most lists have no item with parentheses under another
        }
        int items = 0;
        int code = 0;
        int descents = 0;
        int previousIndent = -1;
        int previousName = -1;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;   // fences, blank lines
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;   // a paragraph inside an item
            }
            if (ListItemMarkers.bulletArrowEnd(layout, j) >= 0) {
                return false;   // an arrow list, read as such
            }
            items++;
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + bullet, e);
            int q = LineScan.stripEnd(t, p, e);
            boolean isCode = p < q && LineScan.isIdentStart(t[p]) && (CallTreeLine.classify(t, p, q).complete()
                    || openParentheses(t, p, q, 0) > 0 && calleeName(t, p, q) >= 0);   // a call wrapped over lines
            int name = isCode ? calleeName(t, p, q) : -1;
            code += isCode ? 1 : 0;
            int indent = layout.indentOf(j);
            if (previousName >= 0 && name >= 0 && indent > previousIndent && !extendsName(t, name, previousName)) {
                descents++;
            }
            previousIndent = indent;
            previousName = name;
        }
        return descents >= MIN_DESCENTS && code * 2 > items;
    }

    /**
     * Whether an item whose text starts with a name and holds a {@code (} has such an item right under it
     * (deeper) {@link #MIN_DESCENTS} times, read without classifying any line: what {@link #isCallTree}
     * needs first.
     */
    private static boolean mayDescend(NoteLayout layout, int[] t, int first, int last) {
        int descents = 0;
        int previousIndent = -1;
        int previousName = -1;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = ListItemMarkers.bulletEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + bullet, e);
            int name = p < e && LineScan.isIdentStart(t[p]) ? calleeName(t, p, e) : -1;
            int indent = layout.indentOf(j);
            if (previousName >= 0 && name >= 0 && indent > previousIndent && !extendsName(t, name, previousName)
                    && ++descents >= MIN_DESCENTS) {
                return true;
            }
            previousIndent = indent;
            previousName = name;
        }
        return false;
    }

    /**
     * Where the name of the function an item calls starts, or -1 when the item is no call step: the name
     * right before the item's first {@code (}, with nothing before it but a receiver ({@code dev->ops->open(})
     * or an assignment ({@code err = f(}, {@code int err = f(}). An item that starts with words or a type
     * before the name ({@code rework dev_probe()}, {@code int register_dev(struct dev *d)}) is a change or
     * a signature, not a step of a trace.
     */
    static int calleeName(int[] t, int p, int q) {
        int open = -1;
        boolean assigned = false;
        for (int k = p; k < q; k++) {
            if (t[k] == '(') {
                open = k;
                break;
            }
            assigned |= t[k] == '=';
        }
        if (open < 0) {
            return -1;
        }
        int end = open;
        while (end > p && t[end - 1] == ' ') {
            end--;
        }
        int start = end;
        while (start > p && LineScan.isIdentPart(t[start - 1])) {
            start--;
        }
        if (start == end || !LineScan.isIdentStart(t[start])) {
            return -1;
        }
        if (assigned) {
            return start;
        }
        for (int k = p; k < start; k++) {   // before the name: only a receiver, no blank (no word, no type)
            int c = t[k];
            if (c == ' ' || c == '\t') {
                return -1;
            }
        }
        return start;
    }

    /** Whether the name at {@code child} extends the name at {@code parent} ({@code spin_lock_irq}, {@code spin_lock}): a variant, not a callee. */
    private static boolean extendsName(int[] t, int child, int parent) {
        int k = 0;
        while (LineScan.isIdentPart(t[parent + k])) {
            if (t[child + k] != t[parent + k]) {
                return false;
            }
            k++;
        }
        return LineScan.isIdentPart(t[child + k]);
    }

    /**
     * Makes the list a trace block: bullets are margins, fence lines and paragraphs inside items are
     * remarks, a fence's code is read as trace lines.
     */
    private static void markList(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        int[] t = layout.codePoints();
        int open = 0;   // parentheses the last item left open: its next lines continue its call
        boolean quoted = false;   // inside a fence in a language whose lines are no C (Python, YAML, a diff)
        for (int j = first; j <= last; j++) {
            NoteLayout.Role r = before[j - first];
            if (r == NoteLayout.Role.FENCE_OPEN) {
                int info = FenceLines.infoStart(t, layout.start(j), layout.contentEnd(j));   // none for a <pre>
                quoted = !FenceLanguages.infoAllows(t, info, layout.contentEnd(j))
                        || FenceLanguages.looseInfo(t, info, layout.contentEnd(j)) && !holdsCode(layout, t, j + 1, last, before, first);
                layout.margins().setRemark(j);
            } else if (r == NoteLayout.Role.FENCE_CLOSE) {
                quoted = false;
                layout.margins().setRemark(j);
            } else if (quoted) {
                layout.margins().setRemark(j);
            } else if (r == NoteLayout.Role.TEXT) {
                int bullet = ListItemMarkers.bulletEnd(layout, j);
                if (bullet >= 0) {
                    layout.margins().setEnd(j, bullet);
                    open = openParentheses(t, layout.start(j) + bullet, layout.contentEnd(j), 0);
                } else if (open > 0) {
                    layout.margins().setWrapped(j);   // the rest of a call wrapped over lines
                    open = openParentheses(t, layout.start(j), layout.contentEnd(j), open);
                } else {
                    layout.margins().setRemark(j);
                }
            } else {
                open = 0;
            }
        }
    }

    /**
     * Whether every line of the fence whose content starts on {@code from} is C-shaped: a name, a brace or
     * a comment first, and a {@code ;}, a brace, a {@code )} or a {@code ,} last, or a line {@link CallTreeLine}
     * reads as a complete call or assignment. A shell command ({@code echo 1 > /sys/...}) or a log's output
     * is quoted, not read as the call's body.
     */
    private static boolean holdsCode(NoteLayout layout, int[] t, int from, int last, NoteLayout.Role[] before, int first) {
        boolean any = false;
        for (int j = from; j <= last && before[j - first] != NoteLayout.Role.FENCE_CLOSE; j++) {
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j), e);
            int q = LineScan.stripEnd(t, p, e);
            if (p >= q) {
                continue;
            }
            int c = t[p];
            boolean lead = LineScan.isIdentStart(c) || c == '{' || c == '}' || c == '/' && q - p > 1 && (t[p + 1] == '/' || t[p + 1] == '*')
                    || c == '*';
            int z = t[q - 1];
            boolean shaped = lead && (z == ';' || z == '{' || z == '}' || z == ')' || z == ',' || c == '/' || c == '*'
                    || LineScan.isIdentStart(c) && CallTreeLine.classify(t, p, q).complete());
            if (!shaped) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /** The parentheses still open after [p, e), {@code open} of them open before it. */
    private static int openParentheses(int[] t, int p, int e, int open) {
        for (int k = p; k < e; k++) {
            if (t[k] == '(') {
                open++;
            } else if (t[k] == ')' && open > 0) {
                open--;
            }
        }
        return open;
    }
}
