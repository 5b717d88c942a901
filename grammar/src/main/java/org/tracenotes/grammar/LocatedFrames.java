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
 */
public final class LocatedFrames {

    /** The fewest frames of a run in a trace block, or in a fence under a caption. */
    public static final int MIN_FRAMES = 2;

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
                frames++;
            } else if (frames == 0 && captions == 0 && isCaption(t, p, e)) {
                captions++;
            } else {
                return false;
            }
        }
        return frames >= MIN_FRAMES && captions == 1;
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
            if (last - i + 1 >= MIN_TEXT_FRAMES) {
                layout.markTrace(i, last, blockId++);
            }
            i = last;
        }
        return blockId;
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
     * Whether frames {@code top} over {@code bottom} (two lines of a run) are written caller first: an entry point
     * ({@link StackEntryPoints}) on top and none at the bottom. Such a list keeps its reading.
     */
    public static boolean callerFirst(CharSequence top, CharSequence bottom) {
        return StackEntryPoints.isEntry(name(top)) && !StackEntryPoints.isEntry(name(bottom));
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
