package org.tracenotes.grammar;

/**
 * A numbered list that a code block cut in two: the author numbers on below the fence, as if the code were
 * part of the item above it.
 * <pre>
 * 1. 调用 `dev_lookup` 找到设备
 * 2. 调用 `dev_setup`，它的参数如下：
 * ```c
 * struct dev_args { int flags; };
 * ```
 * 3. 调用 `dev_start`           the list goes on: item 3 of the list above the fence
 *     1. 调用 `slot_get`
 * </pre>
 * Markdown ends the list at a fence flush at the margin and starts a new one at {@code 3.}; the list readers
 * read that part as a list of its own, starting where the author's numbers go on. An item resumes a list when
 * its number is above 1, a fence closes right above it (blank lines between), and the nearest item above that
 * fence's opening, at the item's column, within {@link #REACH} lines of text, carries the number before its own.
 */
final class ResumedItemLists {

    /** How many lines of text above the fence the item before may stand (its wrapped lines between). */
    private static final int REACH = 8;

    private ResumedItemLists() {
    }

    /** Whether the numbered item on {@code line} resumes a list cut by a code block right above it. */
    static boolean resumesBelowFence(NoteLayout layout, int line) {
        int number = SentenceItemLists.numberEnd(layout, line);
        if (number < 0 || line == 0) {
            return false;
        }
        int[] t = layout.codePoints();
        int s = layout.start(line);
        int p = s + LineScan.blanks(t, s, layout.contentEnd(line));
        int value = ListNumbers.value(t, p, s + number - 1);
        if (value < 2) {
            return false;
        }
        int k = line - 1;
        while (k >= 0 && layout.role(k) == NoteLayout.Role.BLANK) {
            k--;
        }
        if (k < 0 || layout.role(k) != NoteLayout.Role.FENCE_CLOSE) {
            return false;   // the cheap test: a fence closes right above
        }
        while (k >= 0 && layout.role(k) != NoteLayout.Role.FENCE_OPEN) {
            k--;
        }
        int seen = 0;
        for (k--; k >= 0 && seen < REACH && layout.role(k) != NoteLayout.Role.HEADING; k--) {
            if (layout.role(k) != NoteLayout.Role.TEXT) {
                if (layout.role(k) == NoteLayout.Role.BLANK) {
                    continue;
                }
                return false;
            }
            seen++;
            int before = SentenceItemLists.numberEnd(layout, k);
            if (before >= 0 && layout.indentOf(k) == layout.indentOf(line)) {
                int b = layout.start(k);
                int q = b + LineScan.blanks(t, b, layout.contentEnd(k));
                return ListNumbers.value(t, q, b + before - 1) == value - 1;
            }
        }
        return false;
    }
}
