package org.tracenotes.grammar;

/**
 * A Markdown list item in words over a flat run of sub-items that are each one function's name, outside fences:
 * the item titles a path (a stage, a scenario), the names are the path's calls, caller first, each called by the
 * name above it.
 * <pre>
 * 3. 위젯 드라이버                          - 사용자가 위젯을 닫는 두 경로
 * 	- widget_irq_entry                      	- close() 시스템 콜
 * 	- widget_dispatch                       		- sys_widget_close
 * 	- widget_handle_one                     		- widget_release
 * 	- widget_ack_irq                        		- widget_free_slots
 * </pre>
 * The title is an item ({@code -}, {@code *}, {@code +}, {@code 1.}, {@code 1)}) whose text is not one name
 * alone (words, maybe a call among them: {@code close() system call}, {@code Stage 2 driver}), and does not
 * introduce a list of things: no colon at its end unless it names a call path ({@link CallPathLists#caption}),
 * no plural word for functions ({@link #THINGS}: {@code Helpers}, {@code exported symbols}). Right under it (no
 * blank line between) stand at least {@link #MIN_NAMES} items at one column deeper than the title, each one
 * function's name and nothing else: a word with an {@code _} and a lower-case letter
 * ({@code widget_dispatch}) or with a call's parentheses ({@code widget()}), maybe in a code span, no member
 * ({@code ops->x}), no type's or unit's name ({@link NameShapes#dataShaped}: {@code widget_t}, {@code buf_size}),
 * no two alike. The run ends at a blank line, at a line at the title's column or shallower (the next title, the
 * next paragraph), or at a line no rule took (a fence); any other line (an item in words or with a remark, a
 * deeper item, a {@code +0x10/0x40} offset of a copied stack, the wrapped rest of an item) means another list:
 * left alone. So does a title over another title ({@code - two paths} over {@code - close()} over names): only the
 * innermost title, the one right over the names, starts a run.
 * Something must say the names are a path ({@link #path}): the title names a path, a flow or a call, or the names
 * build on each other or hold a sure entry ({@link StackEntryPoints#isStrongEntry}); a tutorial's step
 * ({@code 1. Install the package} over {@code download_package}, {@code verify_checksum}) has none. A run of more
 * than {@link FlatChainRuns#MAX_LINKS} names is a listing, left alone.
 *
 * <p>What tells it from a list of things under a title (a module's functions, its options): the title is an item
 * of the same list, not a heading or a caption, and each name stands alone on its item; a list of the functions to
 * read or of the symbols a module exports is seldom a sub-list of a numbered or bulleted item in words. The
 * direction is the author's top-down order; a stack copied innermost first from a log carries its offsets, or
 * stands under a heading, not under an item. The items' bullets and numbers are margins; core's
 * {@code CallPathDepths} makes the title the root and each name one level under the one above
 * ({@link BlockShape#CALL_PATH_LIST}).
 */
final class TitledNameRuns {

    /** How many names a run holds, at least. */
    static final int MIN_NAMES = 3;
    /** Words of a title over a list of a module's functions, not a path: {@code Helpers}, {@code exported APIs}. */
    private static final String[] THINGS = {"functions", "helpers", "apis", "interfaces", "exports", "symbols", "接口", "函数列表"};
    /** Words of a title naming a path (lower case): {@code close path}, {@code 호출 흐름}, {@code 调用流程}. */
    private static final String[] PATH_WORDS = {"path", "flow", "call", "chain", "trace", "syscall", "경로", "흐름", "호출", "콜", "路径",
        "流程", "调用"};

    private TitledNameRuns() {
    }

    /** Marks every titled run of names as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int id = blockId;
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            int last = run(layout, i);
            if (last < 0) {
                i++;
                continue;
            }
            markRun(layout, i, last, id);
            layout.mark(BlockShape.CALL_PATH_LIST, id++);
            i = last + 1;
        }
        return id;
    }

    /** The last name of the run titled by line {@code i}, or -1 when line {@code i} titles none. */
    private static int run(NoteLayout layout, int i) {
        int n = layout.lineCount();
        if (layout.role(i) != NoteLayout.Role.TEXT || layout.blank(i) || i + 1 >= n) {
            return -1;
        }
        int[] t = layout.codePoints();
        int p = item(t, layout.start(i), layout.contentEnd(i));
        int e = LineScan.stripEnd(t, layout.start(i), layout.contentEnd(i));
        if (p < 0 || p >= e || name(t, p, e)) {
            return -1;   // no item, an item that is a name itself
        }
        int column = layout.indentOf(i);
        int inner = -1;
        int names = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        int j = i + 1;
        for (; j < n; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT || layout.blank(j)) {
                break;
            }
            int col = layout.indentOf(j);
            if (col <= column) {
                break;
            }
            if (inner >= 0 && col != inner) {
                return -1;   // a deeper item, or items at two columns: another list
            }
            inner = col;
            int q = item(t, layout.start(j), layout.contentEnd(j));
            int qe = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            if (q < 0 || q >= qe || !name(t, q, qe) || !seen.add(new String(t, q, qe - q).replace("`", "").replace("()", ""))) {
                return -1;   // an item in words, a remark, a name twice: a list of things
            }
            names++;
        }
        return names >= MIN_NAMES && names <= FlatChainRuns.MAX_LINKS && !variants(seen) && !things(t, p, e)
                && path(t, p, e, seen) ? j - 1 : -1;   // the title's words last: they cost a string
    }

    /**
     * Whether something says the names are a path, not a tutorial's or an API's list ({@code 1. Install the package}
     * over {@code download_package}, {@code verify_checksum}): the title names a path, a flow or a call
     * ({@link #PATH_WORDS}), or the names build on each other ({@link FlatChainRuns#layered}) or hold a sure entry
     * ({@link StackEntryPoints#isStrongEntry}).
     */
    private static boolean path(int[] t, int p, int e, java.util.Set<String> names) {
        for (String name : names) {
            if (StackEntryPoints.isStrongEntry(name)) {
                return true;
            }
        }
        if (FlatChainRuns.layered(names.toArray(new String[0]))) {
            return true;
        }
        String title = new String(t, p, e - p).toLowerCase(java.util.Locale.ROOT);
        for (String w : PATH_WORDS) {
            if (title.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every name holds one stem of two parts or more ({@code widget_open}: {@code widget_open_fast},
     * {@code __widget_open}, {@code widget_open_locked}): variants of one function side by side, not a path.
     */
    static boolean variants(java.util.Set<String> names) {
        String first = names.iterator().next();
        String[] parts = first.split("_");
        for (int k = 0; k + 1 < parts.length; k++) {
            if (parts[k].isEmpty() || parts[k + 1].isEmpty()) {
                continue;
            }
            String stem = parts[k] + "_" + parts[k + 1];
            if (names.stream().allMatch(s -> s.contains(stem))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the title [p, e) introduces a list of things: it ends in a colon without naming a call path
     * ({@link CallPathLists#caption}: {@code Useful helpers:}), or names functions in the plural ({@link #THINGS}).
     */
    private static boolean things(int[] t, int p, int e) {
        if ((t[e - 1] == ':' || t[e - 1] == '：') && !CallPathLists.caption(t, p, e)) {
            return true;
        }
        String title = new String(t, p, e - p).toLowerCase(java.util.Locale.ROOT);
        for (String w : THINGS) {
            if (title.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Where an item's text starts on the line [s, e), past its bullet or number and the blanks after it; -1 for no item. */
    static int item(int[] t, int s, int e) {
        int p = LineScan.stripStart(t, s, e);
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
        if (d == p || d + 1 >= e || t[d] != '.' && t[d] != ')' || t[d + 1] != ' ' && t[d + 1] != '\t') {
            return -1;
        }
        return LineScan.stripStart(t, d + 1, e);
    }

    /** Whether [p, e) is one function's name alone, as the class comment says. */
    static boolean name(int[] t, int p, int e) {
        if (e - p >= 2 && t[p] == '`' && t[e - 1] == '`') {
            p++;
            e--;
        }
        if (e > p + 2 && t[e - 2] == '(' && t[e - 1] == ')') {
            e -= 2;
            int k = LineScan.skipIdent(t, p, e);
            return k == e && k > p && LineScan.isIdentStart(t[p]) && lower(t, p, e) && !NameShapes.dataShaped(t, p, e);
        }
        int k = LineScan.skipIdent(t, p, e);
        if (k != e || k == p || !LineScan.isIdentStart(t[p]) || !lower(t, p, e)) {
            return false;
        }
        boolean underscore = false;
        for (int c = p; c < e; c++) {
            underscore |= t[c] == '_';
        }
        return underscore && !NameShapes.dataShaped(t, p, e);
    }

    /** Whether [p, e) holds a lower-case ASCII letter (no {@code CONFIG_WIDGET} setting). */
    private static boolean lower(int[] t, int p, int e) {
        for (int c = p; c < e; c++) {
            if (t[c] >= 'a' && t[c] <= 'z') {
                return true;
            }
        }
        return false;
    }

    /** Marks the run a trace block; its bullets and numbers are margins. */
    private static void markRun(NoteLayout layout, int first, int last, int id) {
        CallItemLists.markTraceKeepingRoles(layout, first, last, id);
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            int q = item(t, layout.start(j), layout.contentEnd(j));
            if (q >= 0) {
                layout.margins().setEnd(j, q - layout.start(j));
            }
        }
    }
}
