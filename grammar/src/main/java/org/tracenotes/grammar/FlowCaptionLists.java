package org.tracenotes.grammar;

/**
 * A numbered Markdown list under a caption that says a flow follows, its items the steps of a function:
 * <pre>
 * - **调用流程**
 *
 * 0. [dev.c/dev_open()](./dev.c)
 * 1. 检查 `flags`
 * 2. 调用 `dev_setup()`
 * 	- `dev_setup()` 内部调用 `slot_alloc()`
 * 		- `slot_zero()`
 * 3. 返回 `0`
 * </pre>
 * The caption is the line right above the list (blank lines between): short, a label (bold, or ending
 * with a colon), holding a flow word ({@code 流程}, {@code 调用}; in English the word {@code flow} or a
 * {@code call chain}, on word boundaries). The list
 * starts at an item numbered 0 or 1 and runs over the numbered items at its column or deeper, the lines
 * and bullets deeper than it and blank lines between. It is a trace when at least {@link #MIN_CODE}
 * of its items (numbered or bulleted), and a quarter of them, name code in a code span or a link: a call
 * ({@code f()}, {@code ops->f(x)}) or an assignment ({@link CodeAssignments}: no setting such as
 * {@code CONFIG_X = y}). A list of instructions or of references under a
 * caption in words names no calls, or names one in passing. Its numbers and bullets are margins, the
 * bullets its steps' bodies by their indentation; its other lines (the wrapped rest of an item, a fence)
 * are remarks. An item numbered 0 that names the function is the list's root (core's
 * {@code NumberedSteps}).
 */
final class FlowCaptionLists {

    /** How many items name code, at least. */
    private static final int MIN_CODE = 3;
    /** A caption longer than this (code points, markup included) is a sentence, no caption. */
    private static final int MAX_CAPTION = 40;
    /** The words that say a flow of calls follows, in Chinese (no word boundaries there). */
    private static final String[] FLOW_WORDS_CJK = {"流程", "调用"};

    private FlowCaptionLists() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !startsAtZeroOrOne(layout, i)) {
                i++;   // the cheap test: the first non-blank character is a 0 or a 1
                continue;
            }
            int caption = i - 1;
            while (caption >= 0 && layout.role(caption) == NoteLayout.Role.BLANK) {
                caption--;
            }
            if (caption < 0 || caption == i - 1 || !isCaption(layout, caption)) {
                i++;
                continue;
            }
            int last = CallItemLists.listEnd(layout, i, SentenceItemLists::numberEnd);
            if (last > i && namesCode(layout, i, last)) {
                markList(layout, i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    private static boolean startsAtZeroOrOne(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int p = layout.start(line) + LineScan.blanks(t, layout.start(line), layout.contentEnd(line));
        if (p >= layout.contentEnd(line) || t[p] != '0' && t[p] != '1') {
            return false;
        }
        return SentenceItemLists.numberEnd(layout, line) == p + 2 - layout.start(line);
    }

    /**
     * Whether line {@code line} is a flow caption: a text line of {@link #MAX_CAPTION} code points at most,
     * bold or ending with a colon, that holds a flow word.
     */
    static boolean isCaption(NoteLayout layout, int line) {
        if (layout.role(line) != NoteLayout.Role.TEXT) {
            return false;
        }
        int[] t = layout.codePoints();
        int p = LineScan.stripStart(t, layout.start(line), layout.contentEnd(line));
        int q = LineScan.stripEnd(t, p, layout.contentEnd(line));
        if (q - p > MAX_CAPTION || q <= p) {
            return false;
        }
        if ((t[p] == '-' || t[p] == '*' || t[p] == '+') && p + 1 < q && t[p + 1] == ' ') {
            p = LineScan.stripStart(t, p + 1, q);   // a caption written as a list item
        }
        boolean bold = q - p > 4 && t[p] == '*' && t[p + 1] == '*' && t[q - 1] == '*' && t[q - 2] == '*';
        int end = bold ? q - 2 : q;
        boolean colon = end > p && (t[end - 1] == ':' || t[end - 1] == '\uFF1A');
        if (!bold && !colon) {
            return false;
        }
        for (String w : FLOW_WORDS_CJK) {
            if (LineScan.containsLower(t, p, end, w)) {
                return true;
            }
        }
        return namesFlow(t, p, end);
    }

    /**
     * Whether [p, q) names a flow or a chain in English, word for word: the word {@code flow} or
     * {@code flows}, or {@code call} / {@code calls} right before {@code chain(s)} or {@code flow(s)}.
     * A word that only holds these letters ({@code Overflow}, {@code locally}, {@code Syscall}) names none,
     * nor does {@code call} alone.
     */
    static boolean namesFlow(int[] t, int p, int q) {
        String previous = null;
        int k = p;
        while (k < q) {
            if (!isLetter(t[k])) {
                k++;
                continue;
            }
            int s = k;
            while (k < q && isLetter(t[k])) {
                k++;
            }
            String word = lower(t, s, k);
            boolean flow = word.equals("flow") || word.equals("flows");
            boolean chain = word.equals("chain") || word.equals("chains");
            if (flow || chain && previous != null && (previous.equals("call") || previous.equals("calls"))) {
                return true;
            }
            previous = word;
        }
        return false;
    }

    private static boolean isLetter(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9';
    }

    private static String lower(int[] t, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            b.append((char) (t[k] | 0x20));
        }
        return b.toString();
    }

    /** Whether enough items of the list name code in a code span or a link: see the class comment. */
    private static boolean namesCode(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int items = 0;
        int code = 0;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int marker = SentenceItemLists.numberEnd(layout, j);
            if (marker < 0) {
                marker = ListItemMarkers.bulletEnd(layout, j);
            }
            if (marker < 0) {
                continue;
            }
            items++;
            if (spanNamesCode(t, layout.start(j) + marker, layout.contentEnd(j))) {
                code++;
            }
        }
        return code >= MIN_CODE && code * 4 >= items;
    }

    /**
     * Whether a code span or a link's text in [p, e) is code: a name right before a {@code (}, or an
     * assignment ({@code a = b}, {@code a->b = c}).
     */
    static boolean spanNamesCode(int[] t, int p, int e) {
        int open = -1;
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (open < 0) {
                if (c == '`' || c == '[') {
                    open = k;
                }
                continue;
            }
            if (c == '`' && t[open] == '`' || c == ']' && t[open] == '[') {
                if (isCode(t, open + 1, k)) {
                    return true;
                }
                open = -1;
            }
        }
        return false;
    }

    private static boolean isCode(int[] t, int p, int q) {
        for (int k = p + 1; k < q; k++) {
            if (t[k] == '(' && LineScan.isIdentPart(t[k - 1])) {
                return true;
            }
        }
        return CodeAssignments.isAssignment(t, p, q);
    }

    /** Makes the list a trace block: numbers and bullets are margins, other lines remarks. */
    private static void markList(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        for (int j = first; j <= last; j++) {
            NoteLayout.Role r = before[j - first];
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            int marker = r == NoteLayout.Role.TEXT ? SentenceItemLists.numberEnd(layout, j) : -1;
            if (marker < 0 && r == NoteLayout.Role.TEXT) {
                marker = ListItemMarkers.bulletEnd(layout, j);
            }
            if (marker >= 0) {
                layout.margins().setEnd(j, marker);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }
}
