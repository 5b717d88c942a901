package org.tracenotes.grammar;

/**
 * A numbered list that walks through a function in sentences, nested by indentation (blanks or tabs):
 * each item a step, the items under an item the body of the call it names.
 * <pre>
 * 1. 调用 `dev_lookup` 找到设备：
 * 	1. 当 `dev->busy` 时返回 `-EBUSY`。
 * 	2. 调用 `slot_get` 取得槽位。
 * 		- `struct slot` 定义如下：
 * 		```c
 * 		struct slot { int id; };
 * 		```
 * 2. 返回 `0`。
 * </pre>
 * The list starts at an item numbered 1 (after a blank line, a heading, a fence, or a paragraph it
 * interrupts, as Markdown lets a list starting at 1 do), or goes on below a code block that cut it
 * ({@link ResumedItemLists}) and runs over the numbered items at its column or
 * deeper, the lines, bullets and fences deeper than it and blank lines between. It is a trace when an
 * item that calls (a call word, {@code 调用}, {@code call}, and a code span after it) has items under it at
 * least {@link #MIN_BODIES} times and at least {@link #MIN_CALLS} items call: a list of steps to do
 * (install, configure, run) names no calls one inside another. Its numbers are margins; a bullet item
 * inside it (a note on the step above), the lines of a fence inside it (quoted code) and the rest of a
 * wrapped item are remarks.
 */
final class SentenceItemLists {

    /** How many items that call have items under them, at least. */
    private static final int MIN_BODIES = 2;
    /** How many items call, at least. */
    private static final int MIN_CALLS = 3;
    /** The English call words, longest first, as code points (read once, not per item). */
    private static final int[][] ENGLISH_CALL_WORDS = {
            "calling".codePoints().toArray(), "called".codePoints().toArray(),
            "calls".codePoints().toArray(), "call".codePoints().toArray()};

    private SentenceItemLists() {
    }

    /** Marks every such list among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || !startsAtOne(layout, i) && !ResumedItemLists.resumesBelowFence(layout, i)
                    || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT && numberEnd(layout, i - 1) >= 0) {
                i++;   // the cheap test: a list starts with an item numbered 1, or goes on below a code block
                continue;
            }
            int last = CallItemLists.listEnd(layout, i, SentenceItemLists::numberEnd);
            if (last > i && isTrace(layout, i, last)) {
                markList(layout, i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * Where the number of a numbered item on {@code line} ends, past its {@code .} or {@code )}, in code
     * points from the line's start; -1 for any other line.
     */
    static int numberEnd(NoteLayout layout, int line) {
        return ListNumbers.plainEnd(layout, line, ListNumbers.Separators.MARKDOWN);
    }

    private static boolean startsAtOne(NoteLayout layout, int line) {
        int end = numberEnd(layout, line);
        if (end < 0) {
            return false;
        }
        int[] t = layout.codePoints();
        int p = layout.start(line) + LineScan.blanks(t, layout.start(line), layout.contentEnd(line));
        return t[p] == '1' && p + 1 - layout.start(line) == end - 1;
    }

    /** Whether the list on {@code first}..{@code last} walks through calls: see the class comment. */
    private static boolean isTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int calls = 0;
        int bodies = 0;
        int callIndent = -1;   // the indent of the last item that calls, while the items after it are deeper
        boolean counted = false;
        for (int j = first; j <= last; j++) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                continue;
            }
            int number = numberEnd(layout, j);
            if (number < 0) {
                continue;
            }
            int indent = layout.indentOf(j);
            if (callIndent >= 0 && indent > callIndent) {
                if (!counted) {
                    bodies++;
                    counted = true;
                }
            }
            if (calls(t, layout.start(j) + number, layout.contentEnd(j))) {
                calls++;
                callIndent = indent;
                counted = false;
            } else if (callIndent >= 0 && indent <= callIndent) {
                callIndent = -1;
            }
        }
        return calls >= MIN_CALLS && bodies >= MIN_BODIES;
    }

    /**
     * Whether an item's text [p, e) says it calls: {@code 调用} with a code span after it (not {@code 被调用},
     * called by, nor {@code 不调用}, does not call, nor {@code 调用者}, the caller), or the English word
     * {@code call} (a whole word, also {@code calls}, {@code called}) right before a code span.
     */
    static boolean calls(int[] t, int p, int e) {
        int lastTick = -1;
        for (int k = e - 1; k >= p && lastTick < 0; k--) {
            lastTick = t[k] == '`' ? k : -1;
        }
        if (lastTick < 0) {
            return false;   // the cheap test: no code span, no call named
        }
        for (int k = p; k + 1 < lastTick; k++) {
            if (t[k] == '\u8C03' && t[k + 1] == '\u7528'   // 调用
                    && (k == p || t[k - 1] != '\u88AB' && t[k - 1] != '\u4E0D')   // not 被调用, 不调用
                    && (k + 2 >= e || t[k + 2] != '\u8005')) {   // not 调用者
                return true;
            }
            if ((t[k] | 0x20) == 'c' && callWordBeforeCode(t, k, lastTick)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the English call word at {@code k} is a whole word with a code span right after it. */
    private static boolean callWordBeforeCode(int[] t, int k, int lastTick) {
        if (k > 0 && Character.isLetterOrDigit(t[k - 1]) || k > 0 && t[k - 1] == '_') {
            return false;   // inside a word: locally, syscall, sys_call
        }
        for (int[] w : ENGLISH_CALL_WORDS) {
            int end = k + w.length;
            if (end > lastTick || !startsWithIgnoringCase(t, k, w)) {
                continue;
            }
            if (Character.isLetterOrDigit(t[end]) || t[end] == '_') {
                continue;   // callback, recall's
            }
            int q = end;
            while (q < lastTick && t[q] == ' ') {
                q++;
            }
            if (q > end && t[q] == '`') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithIgnoringCase(int[] t, int k, int[] w) {
        for (int m = 0; m < w.length; m++) {
            if (Character.toLowerCase(t[k + m]) != w[m]) {
                return false;
            }
        }
        return true;
    }

    /** Makes the list a trace block: numbers are margins, bullets, fences and wrapped lines are remarks. */
    private static void markList(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        for (int j = first; j <= last; j++) {
            NoteLayout.Role r = before[j - first];
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            int number = r == NoteLayout.Role.TEXT ? numberEnd(layout, j) : -1;
            if (number >= 0) {
                layout.margins().setEnd(j, number);
            } else {
                layout.margins().setRemark(j);
            }
        }
    }
}
