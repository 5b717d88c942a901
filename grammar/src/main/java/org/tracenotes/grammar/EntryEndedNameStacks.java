package org.tracenotes.grammar;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A Markdown list of function names copied from a kernel stack log, innermost first, outside fences: one name an
 * item, the last item the entry the stack started from (a system call's, an exception's or its return path's),
 * under a heading or an item that titles it:
 * <pre>
 * ### widget close, from the log            - 로그
 * - widget_release                          	- widget_free
 * - widget_put                              	- widget_put+0x1c/0x40 // 참조 해제
 * - filp_close                              	- sys_close
 * - ret_fast_syscall                        	- ret_fast_syscall
 * </pre>
 * Each name is called by the name below it and the bottom one, the outermost frame, is the root (a
 * {@link BlockShape#COPIED_CALL_STACK}, read bottom up by core's {@code CopiedStackChains}); the heading or the
 * title stays the note's text, the bullets are margins.
 *
 * <p>The items are at least {@link #MIN_NAMES}, at one column, bulleted ({@code -}, {@code *}, {@code +}), each one
 * function's name alone ({@link TitledNameRuns#name}: an {@code _} and a lower-case letter, or a call's
 * parentheses) or as a log prints a frame ({@code name+0x1c/0x40}, maybe a {@code //} remark after it), no two
 * alike and not all variants of one function ({@link TitledNameRuns#variants}). What tells the stack from a list
 * of things is its ends: the last name is where a call from user space or an interrupt enters the kernel or
 * leaves it ({@link #entry}: {@code ret_fast_syscall}, {@code sys_close}, {@code entry_SYSCALL_64},
 * {@code el0_svc}, {@code slow_work_pending} …) and the first is none; a list whose first name is the entry is
 * typed caller first (the titled runs {@link TitledNameRuns} reads), and a list of system calls names an entry at
 * each end. The list opens after a blank line, a heading or a shallower line, and ends at a blank line, a line
 * at another column or a line no rule took; a line right after it deeper than its items (a remark under the last
 * item) is left outside the stack.
 */
final class EntryEndedNameStacks {

    /** How many names the stack holds, at least. */
    static final int MIN_NAMES = 3;
    /** How the name of an entry into the kernel or of its return path starts. */
    private static final String[] ENTRY_STARTS = {"ret_", "sys_", "__sys_", "entry_", "el0_", "el1_", "__irq_", "vector_",
        "do_syscall_", "system_call"};
    /** How an entry's return path label ends (ARM's {@code slow_work_pending}). */
    private static final String ENTRY_END = "_work_pending";

    private EntryEndedNameStacks() {
    }

    /** Marks every such stack as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int id = blockId;
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            int last = stack(layout, i);
            if (last < 0) {
                continue;
            }
            CallItemLists.markTraceKeepingRoles(layout, i, last, id);
            int[] t = layout.codePoints();
            for (int j = i; j <= last; j++) {
                layout.margins().setEnd(j, TitledNameRuns.item(t, layout.start(j), layout.contentEnd(j)) - layout.start(j));
            }
            layout.mark(BlockShape.COPIED_CALL_STACK, id++);
            i = last;
        }
        return id;
    }

    /** The last item of the stack whose first item is line {@code i}, or -1 when none starts there. */
    private static int stack(NoteLayout layout, int i) {
        int n = layout.lineCount();
        if (!text(layout, i) || bullet(layout, i) < 0) {
            return -1;
        }
        int column = layout.indentOf(i);
        if (i > 0 && text(layout, i - 1) && !heading(layout, i - 1) && layout.indentOf(i - 1) >= column) {
            return -1;   // inside a list or a paragraph, not at its start
        }
        Set<String> names = new LinkedHashSet<>();
        int j = i;
        for (; j < n && text(layout, j) && layout.indentOf(j) == column; j++) {
            String name = frameName(layout, j);
            if (name == null || !names.add(name)) {
                return -1;
            }
        }
        if (j < n && text(layout, j) && layout.indentOf(j) < column && bullet(layout, j) < 0) {
            return -1;   // the lazy rest of a paragraph
        }
        if (names.size() < MIN_NAMES || TitledNameRuns.variants(names)) {
            return -1;
        }
        String first = names.iterator().next();
        String last = null;
        for (String s : names) {
            last = s;
        }
        return entry(last) && !entry(first) ? j - 1 : -1;
    }

    /** Whether line {@code i} is a text line no rule took, not blank. */
    private static boolean text(NoteLayout layout, int i) {
        return layout.role(i) == NoteLayout.Role.TEXT && !layout.blank(i);
    }

    /** Whether line {@code i} is a Markdown heading ({@code #} marks and a blank). */
    private static boolean heading(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i), e);
        int q = p;
        while (q < e && t[q] == '#') {
            q++;
        }
        return q > p && q < e && (t[q] == ' ' || t[q] == '\t');
    }

    /** Where line {@code i}'s bulleted item's text starts, or -1 when it is no bulleted item. */
    private static int bullet(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i), e);
        return p + 1 < e && (t[p] == '-' || t[p] == '*' || t[p] == '+') ? TitledNameRuns.item(t, layout.start(i), e) : -1;
    }

    /**
     * The function line {@code j}'s item names (without parentheses or backquotes): the name alone, or as a log
     * prints a frame ({@code name+0x1c/0x40}, maybe a {@code //} remark after it); null for any other line.
     */
    private static String frameName(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int p = bullet(layout, j);
        if (p < 0) {
            return null;
        }
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int k = LineScan.skipIdent(t, p, e);
        if (k < e && t[k] == '+' && k + 3 < e && t[k + 1] == '0' && t[k + 2] == 'x') {
            int r = k + 3;
            while (r < e && (LineScan.isIdentPart(t[r]) || t[r] == '/')) {
                r++;
            }
            int s = LineScan.skipBlanks(t, r, e);
            if (s < e && !(s + 1 < e && t[s] == '/' && t[s + 1] == '/' && s > r)) {
                return null;
            }
            e = k;
        }
        return p < e && TitledNameRuns.name(t, p, e) ? new String(t, p, e - p).replace("`", "").replace("()", "") : null;
    }

    /** Whether {@code name} is an entry into the kernel or its return path, as the class comment says. */
    static boolean entry(String name) {
        for (String s : ENTRY_STARTS) {
            if (name.startsWith(s)) {
                return true;
            }
        }
        return name.endsWith(ENTRY_END);
    }
}
