package org.tracenotes.grammar;

/**
 * A call stack pasted or copied into a note innermost frame first, one bare frame a line, the frames
 * trimmed of everything but the function (and maybe its offset): each line is called by the line below
 * it, the bottom line is the outermost frame, the root. Three dresses:
 * <pre>
 * scsi_end_requeue+0x116/0x1e0       =&gt; __ext9_write_page        -000|__schedule()
 * scsi_io_completion+0x5c/0x620      =&gt; write_cache_pagex         -001|schedule(timeout = 100)
 * blk_done_softirq+0x8e/0xc0         =&gt; do_writepagex             -002:do_wait()
 * __do_softirq+0xd9/0x2c4            =&gt; ksys_sync                 -003:sys_wait4()
 * </pre>
 * (a kernel's frames with their offsets, an ftrace stack, numbered frames as a debugger's frame window prints them:
 * a number counted from 0, {@code :} or, behind a minus, {@code |}, the function maybe with its arguments), or a
 * Markdown list of the frames' names ({@code - do_exitx} over {@code - do_group_exitx} … {@code - ret_from_fork}; a
 * name maybe in code quotes, as a call {@code f()} or with its offset {@code f+0x1c}), in a fence of their own or
 * as a run of a note's text lines at one indentation. A frame may carry a module ({@code [ext9]}) and, but in
 * the ftrace dress, an author's {@code // remark}. The block is a {@link BlockShape#COPIED_CALL_STACK}, read bottom up by core's
 * {@code CopiedStackChains}; a frame's number and an item's bullet are margins.
 *
 * <p>The direction is taken from the text, never guessed; a run is a stack only with one of these:
 * {@code +0x1c/0x40} offsets on every frame (only a stack dump prints them); an entry point at the bottom
 * ({@link StackEntryPoints}: {@code ksys_*}, {@code sys_*}, {@code do_syscall_64}, {@code entry_SYSCALL*},
 * {@code ret_from_fork}, {@code kthread}, {@code slow_work_pending} …) and none on top (a list of system calls names
 * one at each end; a list with no offset needs a sure entry, {@link StackEntryPoints#isStrongEntry}, and no colon
 * caption but a stack's); frames numbered from 0 down the page with their leading zeros ({@code -000:}); a caption
 * naming a stack or backtrace on the nearest line above (not for a list, whose captions name call paths written
 * caller first). Without offsets or padded numbers, half the names at least hold an {@code _} (or, in a list, are
 * written as calls): a list of words ending in {@code kthread} is no stack.
 * In the seed notation a column of {@code => f} lines at one indentation is a run of sibling steps: without such
 * evidence it keeps that reading.
 *
 * <p>What stays a stack dump, no trace: a fence holding anything but frames (an oops' registers, gdb's
 * {@code #0  0x… in f (…) at x.c:1}, a frame window with each frame's locals under it), frames marked unreliable
 * ({@code ? f+0x…}), a run in a note's text next to
 * more of its dump (a {@code ? f+0x…} line, a bare name among the printed frames), and frames right under the
 * dump's own header ({@code <stack trace>}, {@code Call Trace:}, {@code <TASK>}).
 */
final class PastedStacks {

    /** The fewest frames of a stack. */
    static final int MIN_FRAMES = 3;

    /** The most frames: longer runs are listings, not a stack a reader follows. */
    private static final int MAX_FRAMES = 40;

    /**
     * Words of a caption naming a stack beyond {@link FlatChainRuns#namesCallStack}'s (a pasted stack's caption may say
     * less), lower case.
     */
    private static final String[] WIDER_CAPTION_WORDS = {"stack", "call trace", "栈回溯", "스택"};

    private enum Form { OFFSET, FTRACE, NUMBERED, ITEM }

    private PastedStacks() {
    }

    /** Whether the fenced lines {@code first}..{@code last} are such a stack and nothing else; margins are set when they are. */
    static boolean isFencedStack(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int top = -1;
        int bottom = -1;
        for (int j = first; j <= last; j++) {
            if (!layout.blank(j)) {
                top = top < 0 ? j : top;
                bottom = j;
            }
        }
        if (top < 0) {
            return false;
        }
        Form form = form(t, layout, top);
        if (form == null || run(layout, top, last, form, false) != bottom || !stack(layout, top, bottom, form)) {
            return false;
        }
        setMargins(layout, top, bottom, form);
        return true;
    }

    /** Marks each such stack among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            Form form = layout.role(i) == NoteLayout.Role.TEXT ? form(t, layout, i) : null;
            if (form == null) {
                continue;
            }
            int last = run(layout, i, n - 1, form, true);
            boolean remark = form == Form.ITEM && last >= 0 && last + 1 < n && layout.indentOf(last + 1) > layout.indentOf(i);   // a line under the last item
            if (last >= 0 && !underDumpHeader(layout, i) && !rawNeighbour(layout, i - 1) && (remark || !rawNeighbour(layout, last + 1))
                    && stack(layout, i, last, form)) {
                layout.markTrace(i, last, blockId);
                layout.mark(BlockShape.COPIED_CALL_STACK, blockId++);
                setMargins(layout, i, last, form);
            }
            i = Math.max(i, last);
        }
        return blockId;
    }

    /**
     * The last line of the run of frames of {@code form} from {@code from} (at most to {@code to}; in the note's text
     * only text lines, no blank line between them; in a fence blank lines skipped), all at one indentation (but a
     * fence's numbered frames), or -1 when
     * there are too few or too many.
     */
    private static int run(NoteLayout layout, int from, int to, Form form, boolean inText) {
        int[] t = layout.codePoints();
        int indent = layout.indentOf(from);
        int count = 0;
        int last = -1;
        for (int j = from; j <= to; j++) {
            if (layout.blank(j) && !inText) {
                continue;
            }
            if (inText && layout.role(j) != NoteLayout.Role.TEXT || layout.blank(j)
                    || layout.indentOf(j) != indent && (inText || form != Form.NUMBERED)   // a fence's numbered frames may stray
                    || form(t, layout, j) != form || form == Form.NUMBERED && number(t, layout, j, false) != count) {
                break;
            }
            count++;
            last = j;
        }
        return count >= MIN_FRAMES && count <= (form == Form.NUMBERED ? FlatChainRuns.MAX_LINKS : MAX_FRAMES) ? last : -1;
    }

    /** Whether the frames {@code top}..{@code bottom} carry evidence that they are a stack, innermost first. */
    private static boolean stack(NoteLayout layout, int top, int bottom, Form form) {
        int[] t = layout.codePoints();
        boolean offsets = true;
        boolean padded = true;
        for (int j = top; j <= bottom; j++) {
            if (!layout.blank(j)) {
                offsets &= offsetAt(t, layout, j) >= 0;
                padded &= form == Form.NUMBERED && number(t, layout, j, true) == 1;
            }
        }
        if (offsets || padded) {
            return true;
        }
        int coded = 0;
        int frames = 0;
        boolean someOffset = false;
        for (int j = top; j <= bottom; j++) {
            String name = layout.blank(j) ? null : name(t, layout, j);
            frames += name == null ? 0 : 1;
            coded += name != null && (name.indexOf('_') >= 0 || form == Form.ITEM && called(t, layout, j)) ? 1 : 0;
            someOffset |= name != null && offsetAt(t, layout, j) >= 0;
        }
        if (coded * 2 < frames) {
            return false;   // words in a list (`- apples`), not functions
        }
        boolean list = form == Form.ITEM && !someOffset;   // a bare list: a sure entry, under no caption listing things
        int c = caption(layout, top);
        return (list ? StackEntryPoints.isStrongEntry(name(t, layout, bottom)) : StackEntryPoints.isEntry(name(t, layout, bottom)))
                && !StackEntryPoints.isEntry(name(t, layout, top)) && (!list || c < 0 || !layout.lineText(c).strip().endsWith(":")
                || captioned(layout, t, top)) || form != Form.ITEM && captioned(layout, t, top);
    }

    /** Whether item line {@code j} writes its name as a call, {@code f()}. */
    private static boolean called(int[] t, NoteLayout layout, int j) {
        int k = nameSpan(t, layout, j)[1];
        return k + 1 < layout.contentEnd(j) && t[k] == '(' && t[k + 1] == ')';
    }

    /** Whether {@code line} (a caption) names a stack: {@code call stack}, {@code backtrace}, {@code 调用栈} … */
    static boolean namesStack(CharSequence line) {
        if (FlatChainRuns.namesCallStack(line)) {
            return true;
        }
        int[] t = line.codePoints().toArray();
        return java.util.Arrays.stream(WIDER_CAPTION_WORDS).anyMatch(w -> holds(t, 0, t.length, w));
    }

    /** Whether the nearest non-blank line above {@code top} (at most two lines up) is text naming a stack. */
    private static boolean captioned(NoteLayout layout, int[] t, int top) {
        int j = caption(layout, top);
        if (j < 0 || LineScan.utf16Length(t, layout.start(j), layout.contentEnd(j)) > 120) {
            return false;
        }
        return namesStack(layout.lineText(j));
    }

    /** The nearest non-blank line above {@code top} (at most two lines up, past a fence's opening) if text or a heading, else -1. */
    private static int caption(NoteLayout layout, int top) {
        for (int j = top - 1; j >= 0 && j >= top - 3; j--) {
            if (!layout.blank(j) && layout.role(j) != NoteLayout.Role.FENCE_OPEN) {
                return layout.role(j) == NoteLayout.Role.TEXT || layout.role(j) == NoteLayout.Role.HEADING ? j : -1;
            }
        }
        return -1;
    }

    /**
     * Whether text line {@code j} next to a run is more of a raw dump the run was cut from: a frame marked
     * unreliable ({@code ? f+0x…}), one with an offset in another dress, or a bare name (a frame the author
     * kept without its offset among the printed ones).
     */
    private static boolean rawNeighbour(NoteLayout layout, int j) {
        if (j < 0 || j >= layout.lineCount() || layout.role(j) != NoteLayout.Role.TEXT || layout.blank(j)) {
            return false;
        }
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (t[p] == '?' || holds(t, p, e, "+0x")) {
            return true;
        }
        int q = nameEnd(t, p, e);
        if (q < 0) {
            return false;
        }
        if (q + 1 < e && t[q] == '(' && t[q + 1] == ')') {
            q += 2;
        }
        return q == e;
    }

    /** Whether the line right above {@code top} is a dump's own header: the run is raw output, not pasted by hand. */
    private static boolean underDumpHeader(NoteLayout layout, int top) {
        if (top == 0 || layout.blank(top - 1)) {
            return false;
        }
        int[] t = layout.codePoints();
        int s = layout.start(top - 1);
        int e = layout.contentEnd(top - 1);
        return holds(t, s, e, "<stack trace>") || holds(t, s, e, "call trace:")
                || holds(t, s, e, "<task>") || holds(t, s, e, "<irq>");
    }

    /** Whether [s, e) holds {@code needle} (lower case), letters compared lower-cased. */
    private static boolean holds(int[] t, int s, int e, String needle) {
        int[] n = needle.codePoints().toArray();
        for (int k = s; k + n.length <= e; k++) {
            int m = 0;
            while (m < n.length && Character.toLowerCase(t[k + m]) == n[m]) {
                m++;
            }
            if (m == n.length) {
                return true;
            }
        }
        return false;
    }

    /** The form of frame line {@code j}, or null when it is no frame. */
    private static Form form(int[] t, NoteLayout layout, int j) {
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        int[] span = nameSpan(t, layout, j);
        if (span == null) {
            return null;
        }
        Form form = t[p] == '=' ? Form.FTRACE : bullet(t, p, e) ? Form.ITEM : span[0] == p ? Form.OFFSET : Form.NUMBERED;
        int nameEnd = span[1];
        int k = nameEnd;
        if (k + 1 < e && t[k] == '(' && t[k + 1] == ')') {
            k += 2;
        } else if (k < e && t[k] == '(' && form == Form.NUMBERED) {
            int close = LineScan.closeParen(t, k, e);
            k = close < 0 ? k : close + 1;   // `-001|f(timeout = 100)`: a debugger shows the arguments
        }
        if (form == Form.ITEM && t[span[0] - 1] == '`') {
            if (k >= e || t[k] != '`') {
                return null;
            }
            k++;   // `` - `f` ``: the name in code quotes
        }
        int off = offsetEnd(t, k, e);
        if (off < 0 && form == Form.ITEM && k + 3 < e && t[k] == '+' && t[k + 1] == '0' && t[k + 2] == 'x') {
            off = hexEnd(t, k + 3, e);   // `- f+0x1c`: a listed frame's offset without the function's size
        }
        if (off < 0 && form == Form.OFFSET) {
            return null;   // a bare name alone is no frame of this dress
        }
        k = off < 0 ? k : off;
        k = LineScan.skipBlanks(t, k, e);
        if (k < e && t[k] == '[' && t[e - 1] == ']' && off >= 0) {
            k = e;   // ` [ext4]`: the module the frame is in
        }
        if (k + 1 < e && k > nameEnd && t[k - 1] == ' ' && t[k] == '/' && t[k + 1] == '/' && form != Form.FTRACE) {
            k = e;   // ` // words`: the author's remark on the frame
        }
        return k == e ? form : null;
    }

    /** Whether a list item's bullet ({@code -}, {@code *}, {@code +} and a blank) is at {@code q}. */
    private static boolean bullet(int[] t, int q, int e) {
        return (t[q] == '-' || t[q] == '*' || t[q] == '+') && q + 1 < e && (t[q + 1] == ' ' || t[q + 1] == '\t');
    }

    /** Past {@code -000:} / {@code -000|} / {@code 12:} at {@code p} (the {@code :} or {@code |}), or -1. */
    private static int numberEnd(int[] t, int p, int e) {
        int q = t[p] == '-' ? p + 1 : p;
        int digits = 0;
        while (q < e && LineScan.isDigit(t[q]) && digits < 5) {
            q++;
            digits++;
        }
        return digits > 0 && q < e && (t[q] == ':' || t[q] == '|' && t[p] == '-') ? q : -1;
    }

    /**
     * The frame number of numbered line {@code j} (-1 when none), or with {@code padded} whether it is written with a
     * leading zero ({@code 000}, {@code 01}): 1 if so, else 0.
     */
    private static int number(int[] t, NoteLayout layout, int j, boolean padded) {
        int e = layout.contentEnd(j);
        int p = LineScan.stripStart(t, layout.start(j), e);
        int q = t[p] == '-' ? p + 1 : p;
        if (padded) {
            return q + 1 < e && t[q] == '0' && LineScan.isDigit(t[q + 1]) ? 1 : 0;
        }
        int n = 0;
        for (; q < e && LineScan.isDigit(t[q]) && n < 100_000; q++) {
            n = n * 10 + t[q] - '0';
        }
        return n;
    }

    /** Past a frame's function name at {@code p} ({@code f}, {@code f.isra.0}), or -1. */
    private static int nameEnd(int[] t, int p, int e) {
        if (p >= e || !LineScan.isIdentStart(t[p]) || t[p] > 0x7f) {
            return -1;
        }
        int q = p + 1;
        while (q < e && (LineScan.isIdentPart(t[q]) && t[q] <= 0x7f || t[q] == '.' && q + 1 < e && LineScan.isIdentPart(t[q + 1]))) {
            q++;
        }
        return q;
    }

    /** Past {@code +0x1c/0x40} at {@code p}, or -1. */
    private static int offsetEnd(int[] t, int p, int e) {
        if (p + 3 >= e || t[p] != '+' || t[p + 1] != '0' || t[p + 2] != 'x') {
            return -1;
        }
        int q = hexEnd(t, p + 3, e);
        if (q < 0 || q + 3 >= e || t[q] != '/' || t[q + 1] != '0' || t[q + 2] != 'x') {
            return -1;
        }
        return hexEnd(t, q + 3, e);
    }

    private static int hexEnd(int[] t, int p, int e) {
        int q = p;
        while (q < e && t[q] < 0x80 && Character.digit(t[q], 16) >= 0) {
            q++;
        }
        return q > p ? q : -1;
    }

    /** Where the offset of frame line {@code j} starts, or -1. */
    private static int offsetAt(int[] t, NoteLayout layout, int j) {
        int[] span = nameSpan(t, layout, j);
        if (span == null) {
            return -1;
        }
        int k = span[1];
        if (k + 1 < layout.contentEnd(j) && t[k] == '(' && t[k + 1] == ')') {
            k += 2;
        }
        return offsetEnd(t, k, layout.contentEnd(j)) >= 0 ? k : -1;
    }

    /** The function named on frame line {@code j}. */
    private static String name(int[] t, NoteLayout layout, int j) {
        int[] span = nameSpan(t, layout, j);
        return span == null ? null : new String(t, span[0], span[1] - span[0]);
    }

    /** [start, end) of the function name on frame line {@code j}, or null. */
    private static int[] nameSpan(int[] t, NoteLayout layout, int j) {
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (p >= e) {
            return null;
        }
        if (t[p] == '=' && p + 1 < e && t[p + 1] == '>') {
            p = LineScan.skipBlanks(t, p + 2, e);
        } else if (bullet(t, p, e)) {
            p = LineScan.skipBlanks(t, p + 1, e);
            p = p + 1 < e && t[p] == '`' ? p + 1 : p;
        } else if (t[p] == '-' && p + 1 < e && LineScan.isDigit(t[p + 1])) {   // `-000|`, `-001:`: a number alone is a list's
            int k = numberEnd(t, p, e);
            p = k < 0 ? p : LineScan.skipBlanks(t, k + 1, e);
        }
        int q = nameEnd(t, p, e);
        return q < 0 ? null : new int[] {p, q};
    }

    /** A numbered frame's number and an item's bullet are margins the lexer skips. */
    private static void setMargins(NoteLayout layout, int top, int bottom, Form form) {
        if (form != Form.NUMBERED && form != Form.ITEM) {
            return;
        }
        int[] t = layout.codePoints();
        for (int j = top; j <= bottom; j++) {
            if (!layout.blank(j)) {
                int[] span = nameSpan(t, layout, j);
                int m = form == Form.ITEM && t[span[0] - 1] == '`' ? span[0] - 1 : span[0];
                layout.margins().setEnd(j, m - layout.start(j));
            }
        }
    }
}
