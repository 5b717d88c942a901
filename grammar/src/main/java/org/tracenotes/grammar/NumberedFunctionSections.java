package org.tracenotes.grammar;

/**
 * A note walked through function by function in numbered sections, each heading naming a function
 * (or quoting its call or prototype) over lines indented below it that say what it does, calls named
 * in sentences or written as code:
 * <pre>
 * 1. widget_open
 * 	检查参数，然后调用widget_lookup(id);
 * 	调用ret = widget_bind(w);
 *
 * 2. widget_bind：绑定
 * 	调用slot_get(w);
 * </pre>
 * Each heading is a root, the traced function; the lines under it are its body, their own indentation
 * nesting them further. A run of sections starts at a numbered line and goes on over the lines deeper
 * than it, blank lines, and the next numbered lines at its column; any other line at or left of that
 * column ends it. It is a trace when at least {@link #MIN_SECTIONS} sections, and half of those that
 * have a body, name code in their heading (its first word a C name: with an underscore, or right before
 * a {@code (}; or a prototype) and call in their body (a line of code holding a call, or {@code 调用} right
 * before a name): numbered instructions or a numbered list of topics with paragraphs under them name
 * no function in their headings, or no call under them. The numbers are margins the lexer skips; core's
 * {@code NumberedSteps} leaves these headings roots ({@link BlockShape#NUMBERED_SECTIONS}).
 */
final class NumberedFunctionSections {

    /** How many sections name code in heading and body, at least. */
    private static final int MIN_SECTIONS = 3;
    /** The words that start a prototype written as a heading ({@code static int f(void)}). */
    private static final String[] TYPE_WORDS = {"static", "int", "void", "struct", "unsigned", "long", "bool",
            "inline", "extern", "const", "char", "size_t", "ssize_t"};

    private NumberedFunctionSections() {
    }

    /** Marks every such run among the note's text lines as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.TEXT || numberEnd(layout, i) < 0) {
                i++;   // the cheap test: the first non-blank character is a digit ending a section number
                continue;
            }
            int last = runEnd(layout, i);
            if (last > i && isTrace(layout, i, last)) {
                markRun(layout, i, last, blockId++);
            }
            i = last + 1;
        }
        return blockId;
    }

    /**
     * Where a section's number ends on {@code line}, in code points from the line's start: one to three
     * digits and {@code .}, {@code )}, {@code ，} or {@code 、}, then a blank (none needed after the wide
     * ones); -1 for any other line.
     */
    static int numberEnd(NoteLayout layout, int line) {
        return ListNumbers.plainEnd(layout, line, ListNumbers.Separators.MARKDOWN_AND_WIDE);
    }

    /** The last non-blank line of the run of sections whose first heading is on {@code first}. */
    private static int runEnd(NoteLayout layout, int first) {
        int top = layout.indentOf(first);
        int last = first;
        for (int j = first + 1; j < layout.lineCount(); j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT) {
                return last;
            }
            int indent = layout.indentOf(j);
            if (indent < top || indent == top && numberEnd(layout, j) < 0) {
                return last;
            }
            last = j;
        }
        return last;
    }

    /** Whether the run on {@code first}..{@code last} walks through functions: see the class comment. */
    private static boolean isTrace(NoteLayout layout, int first, int last) {
        int[] t = layout.codePoints();
        int top = layout.indentOf(first);
        int withBody = 0;
        int code = 0;
        boolean headingCode = false;
        boolean bodyCode = false;
        boolean body = false;
        for (int j = first; j <= last + 1; j++) {
            boolean heading = j > last || layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) == top;
            if (heading) {
                if (body) {
                    withBody++;
                    code += headingCode && bodyCode ? 1 : 0;
                }
                if (j > last) {
                    break;
                }
                int p = layout.start(j) + numberEnd(layout, j);
                headingCode = headingNamesCode(t, LineScan.stripStart(t, p, layout.contentEnd(j)), layout.contentEnd(j));
                bodyCode = false;
                body = false;
            } else if (layout.role(j) == NoteLayout.Role.TEXT) {
                body = true;
                bodyCode = bodyCode || namesCall(t, layout.start(j), layout.contentEnd(j));
            }
        }
        return code >= MIN_SECTIONS && code * 2 >= withBody;
    }

    /** Whether a heading's text [p, e) starts with a C name: one with an underscore or before a {@code (}, or a prototype. */
    static boolean headingNamesCode(int[] t, int p, int e) {
        int q = p;
        while (q < e && LineScan.isIdentPart(t[q]) && t[q] < 0x80) {
            q++;
        }
        if (q == p || !LineScan.isIdentStart(t[p])) {
            return false;
        }
        for (int k = p; k < q; k++) {
            if (t[k] == '_') {
                return true;
            }
        }
        if (LineScan.skipBlanks(t, q, e) < e && t[LineScan.skipBlanks(t, q, e)] == '(') {
            return true;
        }
        for (String w : TYPE_WORDS) {
            if (q - p == w.length() && LineScan.startsWith(t, p, e, w)) {
                return holdsCall(t, q, e);   // `static int f(…)`: a definition
            }
        }
        return false;
    }

    /**
     * Whether a body line [p, e) names a call: it is code (its first token, a C name, is followed by a call's
     * {@code (}, an assignment's {@code =}, a member's {@code ->} or {@code .}, or the line ends with {@code ;} or
     * {@code {}), or it says {@code 调用} right before a C name (blanks or a colon between). A sentence that
     * mentions a call in passing ({@code Works like foo_bar(x).}) is no call.
     */
    static boolean namesCall(int[] t, int p, int e) {
        p = LineScan.stripStart(t, p, e);
        if (p < e && LineScan.isIdentStart(t[p]) && t[p] < 0x80 && isCode(t, p, e)) {
            return true;
        }
        for (int k = p; k + 2 < e; k++) {
            if (t[k] == '\u8C03' && t[k + 1] == '\u7528') {   // 调用
                int q = k + 2;
                while (q < e && (t[q] == ' ' || t[q] == '\uFF1A' || t[q] == ':')) {
                    q++;
                }
                if (q < e && LineScan.isIdentStart(t[q]) && t[q] < 0x80) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether [p, e) holds a name of two characters or more right before a {@code (}. */
    private static boolean holdsCall(int[] t, int p, int e) {
        for (int k = p + 2; k < e; k++) {
            if (t[k] == '(' && LineScan.isIdentPart(t[k - 1]) && LineScan.isIdentPart(t[k - 2]) && t[k - 1] < 0x80) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line [p, e) that opens with a C name is code by its first token's follower or its last character. */
    private static boolean isCode(int[] t, int p, int e) {
        int q = p;
        while (q < e && LineScan.isIdentPart(t[q])) {
            q++;
        }
        if (q < e && (t[q] == '.' || t[q] == '-' && q + 1 < e && t[q + 1] == '>')) {
            return true;
        }
        int n = LineScan.skipBlanks(t, q, e);
        if (n < e && (t[n] == '(' || t[n] == '=' && (n + 1 == e || t[n + 1] != '='))) {
            return true;
        }
        int last = e - 1;
        while (last > p && (t[last] == ' ' || t[last] == '\t')) {
            last--;
        }
        return t[last] == ';' || t[last] == '{';
    }

    /** Makes the run a trace block: the numbers are margins the lexer skips, the block one of sections. */
    private static void markRun(NoteLayout layout, int first, int last, int blockId) {
        NoteLayout.Role[] before = CallItemLists.markTraceKeepingRoles(layout, first, last, blockId);
        int top = layout.indentOf(first);
        for (int j = first; j <= last; j++) {
            if (before[j - first] == NoteLayout.Role.TEXT && layout.indentOf(j) == top) {
                layout.margins().setEnd(j, numberEnd(layout, j));
            }
        }
        layout.mark(BlockShape.NUMBERED_SECTIONS, blockId);
    }
}
