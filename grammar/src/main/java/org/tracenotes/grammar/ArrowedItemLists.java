package org.tracenotes.grammar;

/**
 * A call path written as a numbered Markdown list whose items end in an arrow when the next item is inside
 * them: the arrow says "and this goes on into", an item without one is left by the next.
 * <pre>
 * 1. sys_read(fd, buf)
 * 2. do_read(f, buf);---&gt;
 * 3. check_pos(f);
 * 4. vfs_read(f, buf);---&gt;
 * 5. return f-&gt;ops-&gt;read(f, buf);
 * </pre>
 * Item 3 is in item 2's body, item 4 too (item 3 has no arrow), item 5 in item 4's. The trailing arrow may
 * be drawn as {@code ->}, {@code -->}, {@code --->}, {@code =>}, {@code ==>}, {@code →} or {@code ⇒}, with or
 * without a blank before it. The list is a trace when it has at least {@link #MIN_ITEMS} items numbered
 * from 1 up by one on consecutive lines at one column, every item a call up to the first that is none (its text, past the arrow, ends in
 * {@code )} or {@code ;} and a name stands before a {@code (}), and at least {@link #MIN_ARROWS} items end in
 * an arrow. A list resumed below a code block ({@code 6.} over a fence, then {@code 7. f();--->}) is read as a
 * list of its own, its numbers going on. A numbered list of sentences, or of calls with no arrow, is no such list,
 * nor is a checklist of calls that pass nothing with an arrow on every item but the last ({@link #noArguments}). The numbers are
 * margins; how deep each item is, core's {@code ArrowedItemDepths} decides.
 */
final class ArrowedItemLists {

    static final int MIN_ITEMS = 3;
    static final int MIN_ARROWS = 2;
    /** The longest arrow shaft read as a trailing arrow ({@code ---->}). */
    private static final int MAX_SHAFT = 4;
    /** How far below the list it resumes an item may stand (a code block between). */
    private static final int RESUME_LINES = 40;

    private ArrowedItemLists() {
    }

    /** Marks every such list among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int[] t = layout.codePoints();
        int i = 0;
        int lastEnd = -1;   // the last line of the list marked last, and the number its next item would have
        int next = -1;
        while (i < n) {
            int first = layout.role(i) != NoteLayout.Role.TEXT ? -1 : startsAtOne(layout, t, i) ? 1 : resumed(layout, t, i, lastEnd, next);
            if (first < 0) {
                i++;   // the cheap test: an item numbered 1, or the next number of the list above
                continue;
            }
            int indent = layout.indentOf(i);
            int last = i;
            int arrows = 0;
            int expected = first;
            for (int j = i; j < n && layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) == indent; j++) {
                int number = SentenceItemLists.numberEnd(layout, j);
                int s = layout.start(j);
                if (number < 0 || ListNumbers.value(t, s, s + number - 1) != expected) {
                    break;
                }
                int p = LineScan.stripStart(t, s + number, layout.contentEnd(j));
                int e = LineScan.stripEnd(t, p, layout.contentEnd(j));
                int arrow = arrowStart(t, p, e);
                if (!isCall(t, p, arrow >= 0 ? LineScan.stripEnd(t, p, arrow) : e)) {
                    break;   // an item in words, or an empty one: the list of calls ends above it
                }
                arrows += arrow >= 0 ? 1 : 0;
                last = j;
                expected++;
            }
            if (last - i + 1 >= MIN_ITEMS && arrows >= MIN_ARROWS && !(arrows == last - i && noArguments(layout, t, i, last))) {
                CallItemLists.markTraceKeepingRoles(layout, i, last, blockId);
                layout.mark(BlockShape.ARROWED_ITEMS, blockId++);
                for (int j = i; j <= last; j++) {
                    layout.margins().setEnd(j, SentenceItemLists.numberEnd(layout, j));
                }
                lastEnd = last;
                next = expected;
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * Whether no item of lines {@code first}..{@code last} passes an argument: every call's parentheses are
     * empty ({@code bump_version();}). With an arrow on every item but the last, such a list is a checklist of
     * things to run one after the other ({@code 1. build(); ->} / {@code 2. publish();}), its arrows "then":
     * no item is left by the next, so nothing shows they nest, and a path an author follows hands values on.
     */
    private static boolean noArguments(NoteLayout layout, int[] t, int first, int last) {
        for (int j = first; j <= last; j++) {
            int e = layout.contentEnd(j);
            for (int k = layout.start(j); k + 1 < e; k++) {
                if (t[k] == '(' && t[k + 1] != ')') {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The number of the item on {@code line} when it resumes the list marked last, after a code block or an
     * item in words between ({@code 7. f();--->} after items 1 to 5 and an empty {@code 6.}): its number is
     * that list's next or the one after, within {@link #RESUME_LINES} lines; -1 otherwise.
     */
    private static int resumed(NoteLayout layout, int[] t, int line, int lastEnd, int next) {
        if (lastEnd < 0 || line - lastEnd > RESUME_LINES || line == 0 || layout.role(line - 1) == NoteLayout.Role.TEXT
                && SentenceItemLists.numberEnd(layout, line - 1) < 0) {
            return -1;   // no list above, or too far, or a paragraph right above
        }
        int number = SentenceItemLists.numberEnd(layout, line);
        if (number < 0) {
            return -1;
        }
        int s = layout.start(line);
        int v = ListNumbers.value(t, s, s + number - 1);
        return v == next || v == next + 1 ? v : -1;
    }

    private static boolean startsAtOne(NoteLayout layout, int[] t, int line) {
        int s = layout.start(line);
        int p = s + LineScan.blanks(t, s, layout.contentEnd(line));
        return p < layout.contentEnd(line) && t[p] == '1' && SentenceItemLists.numberEnd(layout, line) == p - s + 2;
    }

    /**
     * Where an arrow that ends the text [p, e) starts ({@code f();--->}, {@code f() =>}, {@code f() →}), -1
     * when none does; the text before it must not be empty.
     */
    static int arrowStart(int[] t, int p, int e) {
        if (e - p < 2) {
            return -1;
        }
        int c = t[e - 1];
        if (c == '\u2192' || c == '\u21D2' || c == '\u27F6') {
            return e - 1;
        }
        if (c != '>') {
            return -1;
        }
        int shaft = t[e - 2];
        if (shaft != '-' && shaft != '=') {
            return -1;
        }
        int k = e - 2;
        while (k > p && t[k - 1] == shaft) {
            k--;
        }
        return e - 1 - k <= MAX_SHAFT && k > p ? k : -1;
    }

    /**
     * Whether [p, e) is a call: it ends in {@code )} or {@code ;}, a name stands right before a {@code (} in
     * it, and no English word leads it ({@code rename f() -->}, {@code Call f(); -->} are a checklist's
     * instructions): the call starts the item, or {@code return}, a result kept ({@code err = f(x);}) or
     * words in another script do.
     */
    static boolean isCall(int[] t, int p, int e) {
        if (e <= p || t[e - 1] != ')' && t[e - 1] != ';' && t[e - 1] != '\uFF1B') {
            return false;
        }
        for (int k = p + 1; k < e; k++) {
            if (t[k] == '(' && LineScan.isIdentPart(t[k - 1])) {
                return callLed(t, p, k);
            }
        }
        return false;
    }

    /** Whether what stands before the called name ending at {@code paren} is nothing, {@code return}, {@code x =} or non-Latin words. */
    private static boolean callLed(int[] t, int p, int paren) {
        int q = LineScan.skipIdent(t, p, paren);
        while (q < paren && (t[q] == '.' || t[q] == '-' && q + 1 < paren && t[q + 1] == '>' || t[q] == ':')) {
            q = LineScan.skipIdent(t, q + (t[q] == '-' || t[q] == ':' && q + 1 < paren && t[q + 1] == ':' ? 2 : 1), paren);
        }
        if (q == paren || t[p] > 0x7f) {
            return true;   // `f(`, `ops->read(`, or a lead in another script
        }
        int r = LineScan.skipBlanks(t, q, paren);
        if (LineScan.startsWith(t, p, q, "return") && q - p == 6 && r > q) {
            return true;
        }
        return r < paren && t[r] == '=' && r + 1 < paren && t[r + 1] != '=';   // `err = f(x);`
    }
}
