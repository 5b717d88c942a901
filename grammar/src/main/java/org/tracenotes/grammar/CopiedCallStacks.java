package org.tracenotes.grammar;

/**
 * A call stack copied from an IDE's debugger ("Copy Call Stack") into a fence, innermost frame first:
 * one frame a line, the function with its parameters and, in parentheses at the end, where it stopped.
 * <pre>
 *     ring_fill(struct ring * r)                     ← added by hand: a callee of the frame below
 * ring_poll(struct ring * r, int budget) (src/ring.c:93)
 * loop_once(int flags, struct loop * l) (src\loop.c:398)
 * main(int argc, char ** argv) (src/main.c:75)
 * [External Code]
 * </pre>
 * Each frame is called by the frame below it, the bottom frame is the outermost (core's
 * {@code CopiedStackChains}). Authors add the calls a frame makes, indented, above it.
 *
 * <p>What tells it from other code: at least {@link #MIN_RUN} frames in a row; the block's lowest step is
 * a frame standing at the block's least indentation; every other line is a frame, a comment, a
 * placeholder frame ({@code [External Code]}, a remark) or a line indented deeper than the bottom
 * frame (a callee added by hand), and there are at most twice as many of those as frames. A frame is a name (maybe
 * qualified: {@code Ring::poll}, {@code libc.so.6!start}) right before its parameter list, then
 * blanks, then a location in parentheses ending the line: a file with an extension and {@code :line}
 * ({@code (src/ring.c:93)}, {@code (C:\src\ring.cpp:93)}). C never follows a call with a parenthesised
 * path; a list item, a prose sentence or a Java {@code at x.y(File.java:3)} line does not start with
 * the name. A debugger's own dumps ({@code #0  f (…) at file.c:12} from gdb, {@code frame #0: …}
 * from lldb, {@code f+0x1c/0x40} in a kernel's call trace) are not this shape: they stay the stack
 * dumps readers take them for, no trace.
 */
public final class CopiedCallStacks {

    /** The fewest frames in a row. */
    private static final int MIN_RUN = 3;

    private CopiedCallStacks() {
    }

    /**
     * Whether the fenced lines {@code first}..{@code last} are such a stack; when they are, its placeholder
     * frames are made remarks.
     */
    static boolean isFencedStack(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int frames = 0;
        int others = 0;
        int run = 0;
        int longestRun = 0;
        int bottom = -1;            // the lowest line that is a step (a frame or a hand-added line)
        boolean bottomIsFrame = false;
        int least = Integer.MAX_VALUE;   // the least indentation of a step line
        for (int j = first; j <= last; j++) {
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p >= e) {
                continue;   // blank lines neither break nor make a run
            }
            if (isComment(t, p, e) || isPlaceholder(t, p, e)) {
                run = 0;
                continue;
            }
            int indent = layout.indentOf(j);
            least = Math.min(least, indent);
            bottom = j;
            if (isFrame(t, p, e)) {
                frames++;
                run++;
                longestRun = Math.max(longestRun, run);
                bottomIsFrame = true;
            } else {
                others++;
                run = 0;
                bottomIsFrame = false;
            }
        }
        if (longestRun < MIN_RUN || !bottomIsFrame || others > 2 * frames || layout.indentOf(bottom) != least) {
            return false;
        }
        for (int j = first; j <= last; j++) {   // a hand-added line stands deeper than the bottom frame
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && !isComment(t, p, e) && !isPlaceholder(t, p, e) && !isFrame(t, p, e) && layout.indentOf(j) <= least) {
                return false;
            }
        }
        for (int j = first; j <= last; j++) {
            int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
            int p = LineScan.stripStart(t, layout.start(j), e);
            if (p < e && isPlaceholder(t, p, e)) {
                layout.margins().setRemark(j);
            }
        }
        return true;
    }

    /** Whether {@code line} (a note's line, blanks around it allowed) is a frame of such a stack. */
    public static boolean isFrame(CharSequence line) {
        int[] t = line.codePoints().toArray();
        int e = LineScan.stripEnd(t, 0, t.length);
        return isFrame(t, LineScan.stripStart(t, 0, e), e);
    }

    /** Whether the code points [p, e) of {@code t}, stripped, are a frame: {@code name(params) (file.c:12)}. */
    static boolean isFrame(int[] t, int p, int e) {
        int loc = locationStart(t, p, e);   // the cheap test first: a `(file.ext:12)` ending the line
        if (loc < 0) {
            return false;
        }
        int q = name(t, p, loc);
        if (q < 0 || q >= loc || t[q] != '(') {
            return false;   // the name is right before its parameter list
        }
        int close = LineScan.closeParen(t, q, loc);
        if (close < 0) {
            return false;
        }
        int k = close + 1;
        if (k >= loc || t[k] != ' ' && t[k] != '\t') {
            return false;
        }
        return LineScan.skipBlanks(t, k, loc) == loc;
    }

    /**
     * Where the parenthesised location ending [p, e) starts ({@code (} of {@code (src/ring.c:93)}), or -1:
     * a file name with an extension, maybe after a path of {@code /} or {@code \}, then {@code :line}
     * (and maybe {@code :column}), or {@code Unknown Source:0}.
     */
    private static int locationStart(int[] t, int p, int e) {
        if (e - p < 8 || t[e - 1] != ')' || !LineScan.isDigit(t[e - 2])) {
            return -1;
        }
        int k = e - 2;
        while (k > p && (LineScan.isDigit(t[k]) || t[k] == ':')) {
            k--;
        }
        if (t[k + 1] != ':') {
            return -1;
        }
        int fileEnd = k + 1;   // past the file name
        int dot = -1;
        while (k > p && t[k] != '(' && t[k] != '/' && t[k] != '\\') {
            if (t[k] == '.' && dot < 0) {
                dot = k;
            }
            if (t[k] == ' ' || t[k] == '\t') {
                return -1;
            }
            k--;
        }
        if (dot < 0 || dot + 1 >= fileEnd || !LineScan.isIdentPart(t[dot + 1])) {
            return -1;   // a file with an extension
        }
        while (k > p && t[k] != '(') {
            if (t[k] == ' ' || t[k] == '\t' || t[k] == ')') {
                return -1;   // a path holds no blanks
            }
            k--;
        }
        return t[k] == '(' ? k : -1;
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
                || t[q] == ':' && q + 1 < e && t[q + 1] == ':' && q + 2 < e && LineScan.isIdentStart(t[q + 2]))) {
            q += t[q] == ':' ? 2 : 1;
        }
        return q;
    }


    /** A debugger's placeholder frame: {@code [External Code]}, {@code [Unknown code] (Unknown Source:0)}. */
    private static boolean isPlaceholder(int[] t, int p, int e) {
        if (t[p] != '[') {
            return false;
        }
        int close = LineScan.indexOf(t, p, e, "]");
        if (close <= p + 1) {
            return false;
        }
        int q = LineScan.skipBlanks(t, close + 1, e);
        return q == e || q > close + 1 && t[q] == '(' && t[e - 1] == ')';
    }

    /** A comment line: {@code //}, {@code /*}, {@code *} or {@code *&#47;} first. */
    private static boolean isComment(int[] t, int p, int e) {
        return t[p] == '*' || t[p] == '/' && p + 1 < e && (t[p + 1] == '/' || t[p + 1] == '*');
    }
}
