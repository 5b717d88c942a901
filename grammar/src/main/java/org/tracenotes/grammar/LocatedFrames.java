package org.tracenotes.grammar;

/**
 * The frames of a call stack an IDE or a debugger copied with their source locations, pasted into a note
 * innermost frame first, maybe under a caption in words and maybe in one fence with other trees:
 * <pre>
 * how a widget is made:
 * widget_init(struct widget * w, int flags) (/src/gadget/widget.c:212)
 * __gadget_make(struct gadget * g, int kind) (\src\gadget\core.c:88)
 * gadget_make (kind=2) at src/gadget/core.c:140
 * </pre>
 * A frame is a function's name (maybe {@code Ring::poll}, {@code libc.so.6!f}), its parameter list (right after
 * the name or after one blank), then blanks and either its location in parentheses ending the line
 * ({@code (src/x.c:12)}, {@code (C:\src\x.cpp:12:4)}) or {@code at} and the location ({@code at src/x.c:12}).
 * Each frame is called by the frame below it, the bottom frame is the outermost: core's
 * {@code LocatedStackRuns} reads a run of two frames or more bottom up, its caption a remark.
 *
 * <p>What stays as it was: gdb's numbered {@code #0  f (a=1) at x.c:12} frames (a stack dump, starting with
 * {@code #}), compiler errors ({@code x.c:12: error: …}) and grep output ({@code src/x.c:120: f(a);}) that start
 * with a path, a Java {@code at x.y(File.java:3)} line, and arrowed or indented lists of located functions.
 * A fence holding nothing but a caption line and two frames or more is a trace ({@link #isFencedStack}); a fence of
 * three frames and more without a caption is {@link CopiedCallStacks}' shape (two alone stay code). Among a note's
 * text lines a run of three frames or more is a trace block ({@link #mark}); a caption there stays the prose it is.
 * Either way the run must show it is a stack written innermost first ({@link #innermostFirst}): a list of
 * functions and where they are defined ({@code Functions changed:} over {@code parse_header(const char *buf)
 * (src/parse.c:120)} …) has the same shape and stays as it was. A run longer than {@value #MAX_FRAMES} frames (a
 * runaway recursion's dump) is no stack a reader follows and stays as it was too.
 */
public final class LocatedFrames {

    /** The fewest frames of a run in a trace block, or in a fence under a caption. */
    public static final int MIN_FRAMES = 2;

    /** The most frames of a run read as a stack; a longer run stays as it was read. */
    public static final int MAX_FRAMES = 200;

    /** The fewest frames of a run among a note's text lines (a fence without a caption: {@link CopiedCallStacks}' three). */
    private static final int MIN_TEXT_FRAMES = 3;

    private LocatedFrames() {
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} hold a caption in words, then a run of at least
     * {@value #MIN_FRAMES} frames at one indentation, and nothing else but blank lines.
     */
    static boolean isFencedStack(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int frames = 0;
        int captions = 0;
        int caption = -1;
        int top = -1;
        int indent = -1;
        boolean blankAfterFrame = false;
        for (int j = first; j <= last; j++) {
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p >= e) {
                blankAfterFrame = frames > 0;
                continue;
            }
            if (isFrame(t, p, e)) {
                if (blankAfterFrame || indent >= 0 && layout.indentOf(j) != indent) {
                    return false;   // one run at one column
                }
                indent = layout.indentOf(j);
                top = frames == 0 ? j : top;
                if (++frames > MAX_FRAMES) {
                    return false;
                }
            } else if (frames == 0 && captions == 0 && isCaption(t, p, e)) {
                captions++;
                caption = j;
            } else {
                return false;
            }
        }
        return frames >= MIN_FRAMES && captions == 1
                && innermostFirst(layout.lineText(caption), lines(layout, top, top + frames - 1));
    }

    /** The text of lines {@code first}..{@code last}. */
    private static java.util.List<String> lines(NoteLayout layout, int first, int last) {
        java.util.List<String> out = new java.util.ArrayList<>(last - first + 1);
        for (int j = first; j <= last; j++) {
            out.add(layout.lineText(j));
        }
        return out;
    }

    /** Marks each run of at least {@value #MIN_TEXT_FRAMES} frames among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (!textFrame(layout, t, i)) {
                continue;
            }
            int last = i;
            while (last + 1 < n && textFrame(layout, t, last + 1) && layout.indentOf(last + 1) == layout.indentOf(i)) {
                last++;
            }
            if (last - i + 1 >= MIN_TEXT_FRAMES && last - i + 1 <= MAX_FRAMES
                    && innermostFirst(captionAbove(layout, i), lines(layout, i, last))) {
                layout.markTrace(i, last, blockId++);
            }
            i = last;
        }
        return blockId;
    }

    /** The nearest non-blank line above line {@code i} (at most one blank line between) if text or a heading, else null. */
    private static String captionAbove(NoteLayout layout, int i) {
        for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
            if (!layout.blank(j)) {
                NoteLayout.Role r = layout.role(j);
                return r == NoteLayout.Role.TEXT || r == NoteLayout.Role.HEADING ? layout.lineText(j) : null;
            }
        }
        return null;
    }

    /** Whether line {@code j} is one of the note's text lines and a frame. */
    private static boolean textFrame(NoteLayout layout, int[] t, int j) {
        if (layout.role(j) != NoteLayout.Role.TEXT) {
            return false;
        }
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        return isFrame(t, LineScan.stripStart(t, layout.start(j), e), e);
    }

    /** A caption in words over the frames: no code's punctuation but before a closing colon. */
    private static boolean isCaption(int[] t, int p, int e) {
        if (t[p] == '#' || t[p] == '/' || t[p] == '*' || t[p] == '-' || t[p] == '|' || t[p] == '`') {
            return false;
        }
        boolean colon = t[e - 1] == ':' || t[e - 1] == '：';
        for (int k = p; k < e; k++) {
            int c = t[k];
            if (c == ';' || c == '{' || c == '}' || c == '=' || c == '>' || c == '<' || !colon && (c == '(' || c == ')')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code line} (a note's line, blanks around it allowed) is a caption in words a run of frames may stand under. */
    public static boolean isCaption(CharSequence line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        int p = LineScan.stripStart(t, 0, e);
        return p < e && !isFrame(t, p, e) && isCaption(t, p, e);
    }

    /**
     * Whether a run of frames ({@code frames}, top line first) under {@code caption} (the line right above it, or
     * null) shows it is a call stack written innermost first, not a list of functions and where they are defined:
     * the caption names a stack ({@link PastedStacks#namesStack}: {@code call stack}, {@code backtrace},
     * {@code 调用栈} …), or an entry point ({@link StackEntryPoints}) is at the bottom and none on top, or a frame's
     * name is built on the name of the frame right below it ({@code __sock_create} over {@code sock_create},
     * {@code do_read} over {@code read}, {@code widget_put_locked} over {@code widget_put}: {@link FlatChainRuns#builtOn})
     * and no name on the name right above it. A run topped by an entry point and with none at the bottom is written
     * caller first, whatever its caption says.
     */
    public static boolean innermostFirst(CharSequence caption, java.util.List<? extends CharSequence> frames) {
        String[] names = new String[frames.size()];
        for (int k = 0; k < names.length; k++) {
            names[k] = bare(name(frames.get(k)));
        }
        if (names.length < MIN_FRAMES) {
            return false;
        }
        String top = names[0];
        String bottom = names[names.length - 1];
        if (StackEntryPoints.isEntry(top) && !StackEntryPoints.isEntry(bottom)) {
            return false;   // caller first
        }
        if (StackEntryPoints.isEntry(bottom) || caption != null && PastedStacks.namesStack(caption)) {
            return true;
        }
        boolean up = false;
        for (int k = 0; k + 1 < names.length; k++) {
            if (names[k] == null || names[k + 1] == null) {
                continue;
            }
            if (FlatChainRuns.builtOn(names[k + 1], names[k])) {
                return false;   // `f` over `__f`: built top-down
            }
            up |= FlatChainRuns.builtOn(names[k], names[k + 1]);
        }
        return up;
    }

    /** The last part of a frame's name ({@code Ring::poll} is {@code poll}, {@code libc.so.6!f} is {@code f}), or null. */
    private static String bare(String name) {
        if (name == null) {
            return null;
        }
        int k = Math.max(name.lastIndexOf(':'), Math.max(name.lastIndexOf('!'), name.lastIndexOf('.')));
        return name.substring(k + 1);
    }

    /** The function a frame line names, or null. */
    private static String name(CharSequence line) {
        int[] t = line.codePoints().toArray();
        int p = LineScan.stripStart(t, 0, t.length);
        int q = name(t, p, t.length);
        return q < 0 ? null : new String(t, p, q - p);
    }

    /** Whether {@code line} (a note's line, blanks around it allowed) is such a frame. */
    public static boolean isFrame(CharSequence line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end < 8 || !LineScan.isDigit(line.charAt(end - 1)) && line.charAt(end - 1) != ')') {
            return false;   // the cheap test first, before the line's code points are made
        }
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        return isFrame(t, LineScan.stripStart(t, 0, e), e);
    }

    /** Whether the code points [p, e) of {@code t}, stripped, are a frame. */
    static boolean isFrame(int[] t, int p, int e) {
        if (e - p < 8 || !LineScan.isDigit(t[e - 1]) && t[e - 1] != ')') {
            return false;   // the cheap test first: a line ending in a line number
        }
        int q = name(t, p, e);
        if (q < 0) {
            return false;
        }
        if (q + 1 < e && t[q] == ' ' && t[q + 1] == '(') {
            q++;   // gdb's `f (a=1)`
        }
        if (q >= e || t[q] != '(') {
            return false;
        }
        int close = LineScan.closeParen(t, q, e);
        if (close < 0 || close + 1 >= e || t[close + 1] != ' ' && t[close + 1] != '\t') {
            return false;
        }
        int k = LineScan.skipBlanks(t, close + 1, e);
        if (k < e && t[k] == '(' && t[e - 1] == ')') {
            return location(t, k + 1, e - 1);
        }
        if (k + 3 < e && t[k] == 'a' && t[k + 1] == 't' && (t[k + 2] == ' ' || t[k + 2] == '\t')) {
            return location(t, LineScan.skipBlanks(t, k + 2, e), e);
        }
        return false;
    }

    /**
     * Whether [p, e) is exactly a location: a path of {@code /} or {@code \} (maybe a drive {@code C:}), a file
     * with an extension, {@code :line} and maybe {@code :column}.
     */
    private static boolean location(int[] t, int p, int e) {
        int k = e - 1;
        int colons = 0;
        while (k > p && (LineScan.isDigit(t[k]) || t[k] == ':') && colons < 2) {
            colons += t[k] == ':' ? 1 : 0;
            k--;
        }
        int fileEnd = k + 1;   // at the first colon
        if (fileEnd >= e || t[fileEnd] != ':' || fileEnd + 1 >= e || !LineScan.isDigit(t[fileEnd + 1])) {
            return false;
        }
        int dot = -1;
        for (int j = fileEnd - 1; j >= p && t[j] != '/' && t[j] != '\\'; j--) {
            if (t[j] == '.' && dot < 0) {
                dot = j;
            }
        }
        if (dot <= p || dot + 1 >= fileEnd || !LineScan.isIdentPart(t[dot + 1]) || t[dot - 1] == '/' || t[dot - 1] == '\\') {
            return false;   // a file with an extension
        }
        for (int j = dot + 1; j < fileEnd; j++) {
            if (!LineScan.isIdentPart(t[j])) {
                return false;
            }
        }
        for (int j = p; j < fileEnd; j++) {
            if (LineScan.isWhitespace(t[j]) || t[j] == '(' || t[j] == ')') {
                return false;   // a path holds no blanks
            }
        }
        return true;
    }

    /** Past a function's name at {@code p} ({@code f}, {@code Ring::poll}, {@code libc.so.6!f}, {@code ~Ring}), or -1. */
    private static int name(int[] t, int p, int e) {
        int q = p;
        if (q < e && t[q] == '~') {
            q++;
        }
        if (q >= e || !LineScan.isIdentStart(t[q])) {
            return -1;
        }
        while (q < e && (LineScan.isIdentPart(t[q]) || t[q] == '.' || t[q] == '!' || t[q] == '$'
                || t[q] == ':' && q + 2 < e && t[q + 1] == ':' && LineScan.isIdentStart(t[q + 2]))) {
            q += t[q] == ':' ? 2 : 1;
        }
        return q;
    }
}
