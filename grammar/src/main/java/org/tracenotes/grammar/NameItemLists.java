package org.tracenotes.grammar;

/**
 * A Markdown list of function names nested by indentation: a call tree written with the callees' names
 * alone, or with their names as links, and remarks in words as items among them.
 * <pre>
 *  * dev_open
 *    * dev_lookup, dev_find
 *      * **slot_find** looks the slot up
 *      * the slot may be busy here       (a remark: words)
 *        * slot_lock
 * - [ring_start()](#ring_start)
 * 	- [ring_fill()](#ring_fill)
 * </pre>
 * An item names a call when its text (past {@code **} or a link's {@code [}) is a function's name: a
 * word with a lower-case letter and an {@code _} ({@code dev_open}) or with parentheses after it
 * ({@code open()}), followed by nothing, by more such names after commas, or by words that name no
 * other function (a sentence that names two functions is about them, a remark; so is an item that
 * starts with a flag in capitals). The list is a call tree when a named call has a named call right
 * under it (deeper) at least {@link #MIN_DESCENTS} times, once two levels deep, and most of its items
 * name calls: a list of things names them side by side, not one under another under another. Its
 * bullets are margins, its items in words and its paragraphs are remarks (comments of the call above);
 * and something in it or right above it says the names are calls: an item written as a call ({@code
 * open()}, not a link to an anchor of the note: a table of contents), a remark speaking of a call
 * ({@code call}, {@code 调用}, {@code 呼ぶ}) or a line above it that does ({@code Call graph}), any item in
 * words among the names (a note on what one does: a walk through code), or names nested four deep (not
 * as links to anchors) - a nested list of struct fields or of settings is names under names too, and
 * none of them calls;
 * there an item of one lower-case word ({@code main}) names a call too.
 * The lists {@link CallItemLists} reads (calls written with their arguments) are read before.
 *
 * <p>An ordered list is read the same way ({@code 1.}, {@code 1)}, {@code ①}, dotted {@code 1.2.1}
 * numbers: {@link ListNumbers}), a dotted number nesting its item as deep as its parts count even at the
 * margin; its names may stand in code spans. In a numbered list, names shaped like functions' and none
 * like data's ({@link NameShapes}: {@code do_open}, {@code vfs_read}) say calls too: steps in order are
 * numbered, a structure's fields seldom are.
 */
final class NameItemLists {

    /** How many times a named call has a named call under it, at least. */
    private static final int MIN_DESCENTS = 2;

    private NameItemLists() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (!CallItemLists.startsList(layout, i) && !startsNumberedList(layout, i)) {
                i++;
                continue;
            }
            int last = CallItemLists.listEnd(layout, i, NameItemLists::itemEnd);
            if (last > i && isNameTree(layout, i, last)) {
                markList(layout, i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * Where the marker of an item of a bullet list ends on {@code line}: its bullet, or the number of a
     * numbered item standing among the bullets ({@code 1.}, {@code 2.} under a bullet: steps of the same
     * tree, counted by the author); -1 for any other line.
     */
    static int itemEnd(NoteLayout layout, int line) {
        int bullet = ListItemMarkers.bulletEnd(layout, line);
        return bullet >= 0 ? bullet : ListNumbers.end(layout, line);
    }

    /** The cheap test of an ordered list: an item numbered ({@link ListNumbers}) after a blank line, a heading or a fence. */
    private static boolean startsNumberedList(NoteLayout layout, int i) {
        return layout.role(i) == NoteLayout.Role.TEXT && (i == 0 || layout.role(i - 1) != NoteLayout.Role.TEXT)
                && ListNumbers.end(layout, i) >= 0;
    }

    /**
     * How deep an item stands: its indentation, and, for an item with a dotted number ({@code 1.2.1}), as
     * many levels more as its number has parts: an outline numbered flush at the margin nests by its numbers.
     */
    static int itemIndent(NoteLayout layout, int line) {
        int indent = layout.indentOf(line);
        return ListItemMarkers.bulletEnd(layout, line) >= 0 ? indent : indent + 4 * (ListNumbers.depth(layout, line) - 1);
    }

    /**
     * Which items of the list on {@code first}..{@code last} are steps: an item that names a call, and an
     * item of code ({@link #isCode}), an item in words or a caption word with such a step under it (deeper,
     * before the next item at its depth or shallower): a step told in words ({@code - 创建新的挂载点} over
     * {@code - do_new_mount}), or the layer a path goes through ({@code 1. Socket} over its calls), whose
     * body is the calls under it. An item in words with only words under it is a remark in a bulleted list,
     * a step in a numbered one (its number counts it among the steps). Indexed from {@code first}.
     */
    private static boolean[] steps(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        boolean[] step = new boolean[last - first + 1];
        int[] indents = new int[last - first + 1];
        boolean[] under = new boolean[last - first + 1];   // an item's subtree holds a step
        int top = 0;
        for (int j = last; j >= first; j--) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int marker = itemEnd(layout, j);
            if (marker < 0) {
                continue;
            }
            int indent = itemIndent(layout, j);
            boolean below = false;
            while (top > 0 && indents[top - 1] > indent) {
                below |= under[--top];
            }
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + marker, e);
            int end = LineScan.stripEnd(t, p, e);
            step[j - first] = ItemNames.nameStart(t, p, e) >= 0 || isCode(t, p, end)
                    || (below || ListItemMarkers.bulletEnd(layout, j) < 0) && isWords(t, p, e)
                    || below && CallTreeLine.classify(t, p, end) == CallTreeLine.Kind.COMPLETE;
            indents[top] = indent;
            under[top++] = step[j - first] || below;
        }
        return step;
    }

    /**
     * Whether an item [p, e) is a statement of code rather than a name: a call with its arguments
     * ({@code dev->ops->open(dev, f);}), an assignment ({@code open = dev_open}: where a pointer lands) or a
     * {@code return}. Among the names of a call tree such an item is a step as they are.
     */
    static boolean isCode(int[] t, int p, int e) {
        if (LineScan.startsWith(t, p, e, "return") && p + 6 < e && (t[p + 6] == ' ' || t[p + 6] == '(' || t[p + 6] == '\t')) {
            return true;
        }
        CallTreeLine.Kind kind = CallTreeLine.classify(t, p, e);
        if (kind != CallTreeLine.Kind.COMPLETE && kind != CallTreeLine.Kind.COMPLETE_SEMI) {
            return false;
        }
        for (int k = p; k < e; k++) {
            if (t[k] == '(' || t[k] == '=' || t[k] == '>' && k > p && t[k - 1] == '-') {
                return true;
            }
        }
        return false;
    }

    /** Whether lines {@code first}..{@code last}, a list, are a call tree written with names. */
    private static boolean isNameTree(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        boolean[] step = null;   // read only for a list whose names descend
        int items = 0;
        int named = 0;
        int wordSteps = 0;
        int descents = 0;
        boolean deep = false;
        int[] chainIndent = new int[4];   // the indents of the named items in the current chain, innermost last
        int chain = 0;
        boolean calls = introducesCalls(layout, first);
        boolean fourDeep = false;
        boolean anchors = false;
        int functions = 0;   // named items shaped like a function's name, or like data's (NameShapes)
        int data = 0;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int bullet = itemEnd(layout, j);
            if (bullet < 0) {
                continue;
            }
            if (ListItemMarkers.bulletArrowEnd(layout, j) >= 0) {
                return false;   // an arrow list, read as such
            }
            items++;
            int e = layout.contentEnd(j);
            int p = LineScan.stripStart(t, layout.start(j) + bullet, e);
            int indent = itemIndent(layout, j);
            while (chain > 0 && chainIndent[chain - 1] >= indent) {
                chain--;
            }
            boolean code = ItemNames.nameStart(t, p, e) < 0 && isCode(t, p, LineScan.stripEnd(t, p, e));
            if (ItemNames.nameStart(t, p, e) < 0 && !code) {
                boolean words = isWords(t, p, e);
                calls |= words;   // a note in words on what a name does: a walk through code
                if (words) {
                    step = step == null ? steps(layout, first, last) : step;
                    wordSteps += step[j - first] ? 1 : 0;
                }
                continue;   // words: a remark on the name above, or a step told in words
            }
            calls |= writtenAsCall(t, p, e);
            anchors |= linksAnAnchor(t, p, e);
            named++;
            int name = code ? p : ItemNames.nameStart(t, p, e);
            int nameEnd = name;
            while (nameEnd < e && t[nameEnd] < 0x80 && LineScan.isIdentPart(t[nameEnd])) {
                nameEnd++;
            }
            functions += NameShapes.functionShaped(t, name, nameEnd) ? 1 : 0;
            data += NameShapes.dataShaped(t, name, nameEnd) ? 1 : 0;
            if (chain > 0) {
                descents++;
                deep |= chain >= 2;
                fourDeep |= chain >= 3;
            }
            if (chain == chainIndent.length) {
                System.arraycopy(chainIndent, 1, chainIndent, 0, chain - 1);
                chain--;
            }
            chainIndent[chain++] = indent;
        }
        boolean numbered = ListItemMarkers.bulletEnd(layout, first) < 0;
        return descents >= MIN_DESCENTS && deep && (named + wordSteps) * 2 > items
                && (calls || fourDeep && !anchors || numbered && data == 0 && functions * 2 >= named);
    }

    /**
     * Whether the nearest line above the list (a heading, a line in words) speaks of calls: {@code call}
     * at a word's start (call graph, call chain, calls), {@code 调用} or {@code 呼} (呼ぶ, 呼び出し).
     */
    private static boolean introducesCalls(NoteLayout layout, int first) {
        int[] t = layout.codePoints();
        for (int i = first - 1; i >= 0; i--) {
            if (layout.role(i) == NoteLayout.Role.BLANK) {
                continue;
            }
            return saysCall(t, layout.start(i), layout.contentEnd(i));
        }
        return false;
    }

    /** Whether an item [p, e) that names no call is words: a blank between words, or a letter beyond ASCII. */
    static boolean isWords(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            if (t[k] >= 0x80 && Character.isLetter(t[k]) || t[k] == ' ' && k + 1 < e && t[k + 1] != ' ') {
                return true;
            }
        }
        return false;
    }

    /** Whether a named item [p, e) is a link to an anchor of the note, {@code [open()](#open)}. */
    private static boolean linksAnAnchor(int[] t, int p, int e) {
        if (t[p] != '[') {
            return false;
        }
        int k = p;
        while (k < e && t[k] != ']') {
            k++;
        }
        return k + 2 < e && t[k + 1] == '(' && t[k + 2] == '#';
    }

    /**
     * Whether words [p, e) speak of a call (see {@link #introducesCalls}): {@code call} at a word's start,
     * {@code 调用}, {@code 呼} (呼ぶ, 呼び出し); not the words for those who call or are called
     * ({@code callers}, {@code callbacks}, {@code callees}, {@code 呼び出し元}, {@code …から呼ばれる}), which
     * name siblings: a list of callers is no path. The one test of it ({@link ElidedPaths} too).
     */
    static boolean saysCall(int[] t, int p, int e) {
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == '\u547C' && !callersInJapanese(t, p, k, e) || c == '\u8C03' && k + 1 < e && t[k + 1] == '\u7528') {
                return true;
            }
            if ((c | 0x20) == 'c' && k + 4 <= e && (t[k + 1] | 0x20) == 'a' && (t[k + 2] | 0x20) == 'l'
                    && (t[k + 3] | 0x20) == 'l' && (k == p || !Character.isLetterOrDigit(t[k - 1]) && t[k - 1] != '_')
                    && !callersInEnglish(t, k + 4, e)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word after {@code call} going on at {@code q} names callers, callbacks or callees ({@code er}, {@code back}, {@code ee}). */
    private static boolean callersInEnglish(int[] t, int q, int e) {
        return LineScan.startsWith(t, q, e, "er") || LineScan.startsWith(t, q, e, "back") || LineScan.startsWith(t, q, e, "ee")
                || LineScan.startsWith(t, q, e, "ER") || LineScan.startsWith(t, q, e, "BACK") || LineScan.startsWith(t, q, e, "EE");
    }

    /** Whether the 呼 at {@code k} is in 呼び出し元 (the caller) or after から (called from). */
    private static boolean callersInJapanese(int[] t, int p, int k, int e) {
        return LineScan.startsWith(t, k + 1, e, "\u3073\u51FA\u3057\u5143")
                || k - 2 >= p && t[k - 2] == '\u304B' && t[k - 1] == '\u3089';
    }

    /**
     * Whether a named item [p, e) is written as a call, with parentheses after its name: {@code open()},
     * {@code [open()](x.md)}, but not a link to an anchor {@code [open()](#open)} (a table of contents
     * links the note's sections, which say nothing of who calls whom).
     */
    private static boolean writtenAsCall(int[] t, int p, int e) {
        int k = p;
        while (k < e && (t[k] == '[' || t[k] == '*' || t[k] < 0x80 && LineScan.isIdentPart(t[k]))) {
            k++;
        }
        if (k >= e || t[k] != '(') {
            return false;
        }
        if (t[p] != '[') {
            return true;
        }
        return !linksAnAnchor(t, p, e);
    }

    /** Whether [p, q) is one word in lower-case letters and digits ({@code main}, {@code `return`}): in a list of names, a name too. */
    private static boolean isWord(int[] t, int p, int q) {
        if (q - p > 2 && t[p] == '`' && t[q - 1] == '`') {
            p++;   // `return`: a word in a code span
            q--;
        }
        if (p >= q || !(t[p] >= 'a' && t[p] <= 'z')) {
            return false;
        }
        for (int k = p; k < q; k++) {
            if (!(t[k] >= 'a' && t[k] <= 'z' || t[k] >= '0' && t[k] <= '9' || t[k] == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Makes the list a trace block: bullets (and a name's {@code **} or {@code [}) are margins, words are remarks. */
    private static void markList(NoteLayout layout, int first, int last, int blockId) {
        boolean[] step = steps(layout, first, last);
        OutlineProseItems.markSteps(layout, first, last, step);   // items in words of a list that tells steps in words
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        int[] t = layout.codePoints();
        for (int j = first; j <= last; j++) {
            NoteLayout.Role r = before[j - first];
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            int bullet = r == NoteLayout.Role.TEXT ? itemEnd(layout, j) : -1;
            int e = layout.contentEnd(j);
            int p = bullet < 0 ? e : LineScan.stripStart(t, layout.start(j) + bullet, e);
            if (bullet < 0 || !step[j - first] && !isWord(t, p, LineScan.stripEnd(t, p, e))) {
                layout.margins().setRemark(j);
            } else {
                layout.margins().setEnd(j, bullet);
            }
        }
    }
}
