package org.tracenotes.grammar;

/**
 * A Markdown walkthrough of a code path outside fences: a heading per stage, under it the functions
 * that stage runs as bold numbered lines (sub-numbered for a callee), each over numbered sub-steps in
 * words, some followed by that sub-step's code in an inline code span of its own line:
 * <pre>
 * #### 2.1 SEND stage (client -&gt; driver)
 *
 * **1. Client::writeData**
 * (1) put the request into the `tx_data` buffer
 *
 * **2. Client::waitForReply**
 *
 * **2.1 Client::talkToDriver**
 * (1) write to the driver
 * `ioctl(fd, DRV_WRITE_READ, &amp;rw)`
 * </pre>
 * Each heading with the lines up to the next heading is a candidate section; it holds only blank lines,
 * bold numbered lines, {@code (n)} sub-steps, whole-line code spans and a few other lines, the first
 * non-blank one a bold numbered line. The adjacent sections of one run (nothing but such sections
 * between their headings) are a walkthrough when at least {@link #MIN_CODE_STEPS} bold numbered lines
 * hold code names alone ({@link #codeNames}: {@code Class::method}, a name with an {@code _}, a call
 * {@code f(...)}, several joined by blanks or a chain {@code a -> b}, no other word), every bold numbered
 * line of them does, at least one holds a {@code ::}, a call or a chain, at least {@link #MIN_SUB_STEPS}
 * {@code (n)} sub-steps stand under them (code-span lines do not count) and at least one code span does.
 * Numbered instructions in words ({@code **1. Install it**}), menu paths ({@code **1. Settings -> Devices**}),
 * sentences that start with a name ({@code **2. old_api removed**}), options, settings or environment
 * variables named in bold over their examples, an API reference's calls over one example each, FAQ
 * questions or a changelog's bold versions fail one of these: no trace.
 * Each section is a block ({@link BlockShape#BOLD_WALK}): the heading's
 * {@code #}s, the bold step's {@code **} and number and a code span's back-tick are margins the lexer skips
 * (a sub-step keeps its {@code (n)}, so that it reads as the step in words it is; it may be indented by a
 * tab under its step); other lines under a step (a sentence, indented code) are remarks. Core's
 * {@code BoldWalkDepths} nests them: bold steps under the heading by their number's parts, sub-steps
 * under their bold step, code under its sub-step.
 */
final class BoldWalkSections {

    /** How many bold numbered lines of a run name code, at least. */
    private static final int MIN_CODE_STEPS = 3;
    /** How many {@code (n)} sub-steps stand under them, at least (code-span lines do not count). */
    private static final int MIN_SUB_STEPS = 2;

    /** The kinds of line a section holds. */
    enum Line { BLANK, BOLD_CALL, BOLD_CODE, BOLD_WORDS, SUB_STEP, CODE_SPAN, OTHER, INDENTED }

    private BoldWalkSections() {
    }

    /** Marks every such walkthrough's sections as trace blocks from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        int i = 0;
        while (i < n) {
            if (layout.role(i) != NoteLayout.Role.HEADING || sectionEnd(layout, i) < 0) {
                i++;
                continue;
            }
            int runEnd = i;   // the last heading of the run
            int codeSteps = 0;
            int subSteps = 0;
            int spans = 0;
            boolean calls = false;
            boolean words = false;
            int h = i;
            while (h < n && layout.role(h) == NoteLayout.Role.HEADING) {
                int end = sectionEnd(layout, h);
                if (end < 0) {
                    break;
                }
                for (int j = h + 1; j <= end; j++) {
                    Line k = kind(layout, j);
                    codeSteps += k == Line.BOLD_CODE || k == Line.BOLD_CALL ? 1 : 0;
                    calls |= k == Line.BOLD_CALL;
                    words |= k == Line.BOLD_WORDS;
                    subSteps += k == Line.SUB_STEP ? 1 : 0;
                    spans += k == Line.CODE_SPAN ? 1 : 0;
                }
                runEnd = h;
                h = end + 1;
                while (h < n && layout.role(h) == NoteLayout.Role.BLANK) {
                    h++;
                }
            }
            if (!words && calls && codeSteps >= MIN_CODE_STEPS && subSteps >= MIN_SUB_STEPS && spans > 0) {
                for (int s = i; s <= runEnd; ) {
                    int end = sectionEnd(layout, s);
                    markSection(layout, s, end, blockId++);
                    s = end + 1;
                    while (s <= runEnd && layout.role(s) != NoteLayout.Role.HEADING) {
                        s++;
                    }
                }
            }
            i = runEnd + 1;
        }
        return blockId;
    }

    /**
     * The last non-blank line of the section under heading {@code heading}, or -1 when it is no section of a
     * walkthrough: its first non-blank line is no bold numbered line naming code, or it holds a line that is
     * neither blank, text nor indented code, or more other lines than bold ones.
     */
    private static int sectionEnd(NoteLayout layout, int heading) {
        int n = layout.lineCount();
        int last = -1;
        int bold = 0;
        int other = 0;
        for (int j = heading + 1; j < n; j++) {
            NoteLayout.Role r = layout.role(j);
            if (r == NoteLayout.Role.HEADING) {
                break;
            }
            if (r == NoteLayout.Role.BLANK) {
                continue;
            }
            if (r != NoteLayout.Role.TEXT && r != NoteLayout.Role.CODE) {
                return -1;
            }
            Line k = kind(layout, j);
            if (last < 0 && k != Line.BOLD_CODE && k != Line.BOLD_CALL) {
                return -1;
            }
            bold += k == Line.BOLD_CODE || k == Line.BOLD_CALL || k == Line.BOLD_WORDS ? 1 : 0;
            other += k == Line.OTHER ? 1 : 0;
            last = j;
        }
        return last < 0 || other > bold ? -1 : last;
    }

    /** What line {@code j} of a section is. */
    static Line kind(NoteLayout layout, int j) {
        if (layout.role(j) == NoteLayout.Role.BLANK) {
            return Line.BLANK;
        }
        int[] t = layout.codePoints();
        int e = LineScan.stripEnd(t, layout.start(j), layout.contentEnd(j));
        int p = LineScan.stripStart(t, layout.start(j), e);
        if (subStepEnd(t, p, e) >= 0) {
            return Line.SUB_STEP;   // also indented by a tab under its step
        }
        if (layout.role(j) == NoteLayout.Role.CODE || layout.indentOf(j) >= 4) {
            return codeSpan(t, p, e) ? Line.CODE_SPAN : Line.INDENTED;   // indented code, or a code span indented under its step
        }
        int text = boldNumberEnd(t, p, e);
        if (text >= 0) {
            int names = codeNames(t, text, e - 2);
            return names > 0 ? (names > 1 ? Line.BOLD_CALL : Line.BOLD_CODE) : Line.BOLD_WORDS;
        }
        return codeSpan(t, p, e) ? Line.CODE_SPAN : Line.OTHER;
    }

    /** Whether [p, e) is one code span, its code starting with a C name's first letter. */
    private static boolean codeSpan(int[] t, int p, int e) {
        return e - p > 2 && t[p] == '`' && t[e - 1] == '`' && LineScan.count(t, p, e, '`') == 2
                && LineScan.isIdentStart(t[p + 1]) && t[p + 1] < 0x80;
    }

    /**
     * Where the text of a bold numbered line [p, e) starts: {@code **}, one to three digits, more {@code .}
     * digits parts, maybe a last {@code .}, a blank; the line ending in {@code **}. -1 for any other line.
     */
    static int boldNumberEnd(int[] t, int p, int e) {
        if (e - p < 7 || t[p] != '*' || t[p + 1] != '*' || t[e - 1] != '*' || t[e - 2] != '*' || t[e - 3] == '*') {
            return -1;
        }
        int q = p + 2;
        for (int part = 0; ; part++) {
            int d = q;
            while (q < e && q - d < 3 && LineScan.isDigit(t[q])) {
                q++;
            }
            if (q == d || part > 3 || q < e && LineScan.isDigit(t[q])) {
                return -1;
            }
            if (q < e && t[q] == '.' && q + 1 < e && LineScan.isDigit(t[q + 1])) {
                q++;
                continue;
            }
            if (q < e && t[q] == '.') {
                q++;
            }
            break;
        }
        return q < e - 2 && t[q] == ' ' ? LineScan.skipBlanks(t, q, e - 2) : -1;
    }

    /**
     * Where the text of a sub-step [p, e) starts past its {@code (n)} or {@code （n）} ({@link ListNumbers},
     * its steps' separators) and blanks; -1 for none.
     */
    static int subStepEnd(int[] t, int p, int e) {
        if (p >= e || t[p] != '(' && t[p] != '\uFF08') {
            return -1;
        }
        int q = ListNumbers.plainEnd(t, p, e, ListNumbers.Separators.STEPS);
        int r = q < 0 ? e : LineScan.skipBlanks(t, q, e);
        return r < e ? r : -1;
    }

    /**
     * Whether a bold step's text [p, e) is code names alone: 0 when not; 1 for bare names with an {@code _}
     * ({@code binder_parse}, {@code binder_write BC_REPLY}); 2 when one of them is a {@code Class::method}, a
     * call {@code f(...)} or the names form a chain {@code a_b -> c_d}. Names are ASCII C names, joined by
     * blanks or {@code ->}; a last remark in parentheses may follow. Any other word ({@code old_api removed},
     * {@code Settings -> Devices}) makes it 0.
     */
    static int codeNames(int[] t, int p, int e) {
        int q = p;
        boolean strong = false;
        int names = 0;
        while (q < e) {
            if (names > 0 && t[q] == '(') {   // a last remark in parentheses
                int close = LineScan.indexOf(t, q, e, ")");
                if (close != e - 1) {
                    return 0;
                }
                break;
            }
            int start = q;
            boolean marked = false;
            while (q < e) {
                if (LineScan.isIdentPart(t[q]) && t[q] < 0x80) {
                    marked |= t[q] == '_';
                    q++;
                } else if (t[q] == ':' && q + 2 < e && t[q + 1] == ':' && q > start && LineScan.isIdentStart(t[q + 2])) {
                    marked = strong = true;
                    q += 2;
                } else {
                    break;
                }
            }
            if (q == start || !LineScan.isIdentStart(t[start])) {
                return 0;
            }
            if (q < e && t[q] == '(') {   // a call: its arguments up to the matching parenthesis
                int depth = 0;
                for (; q < e; q++) {
                    depth += t[q] == '(' ? 1 : t[q] == ')' ? -1 : 0;
                    if (depth == 0) {
                        break;
                    }
                }
                if (q == e) {
                    return 0;
                }
                q++;
                marked = strong = true;
            }
            if (!marked) {
                return 0;
            }
            names++;
            int r = LineScan.skipBlanks(t, q, e);
            if (r + 1 < e && t[r] == '-' && t[r + 1] == '>') {
                strong = true;
                r = LineScan.skipBlanks(t, r + 2, e);
                if (r == e) {
                    return 0;
                }
            } else if (r < e && r == q && t[r] != '(') {
                return 0;   // glued to other marks
            }
            q = r;
        }
        return names == 0 ? 0 : strong ? 2 : 1;
    }

    /** Makes section {@code heading}..{@code last} a trace block, its marks margins, its other lines remarks. */
    private static void markSection(NoteLayout layout, int heading, int last, int blockId) {
        Line[] kinds = new Line[last - heading + 1];
        for (int j = heading + 1; j <= last; j++) {
            kinds[j - heading] = kind(layout, j);
        }
        int[] t = layout.codePoints();
        layout.markTrace(heading, last, blockId);
        int hs = layout.start(heading);
        int he = layout.contentEnd(heading);
        int q = LineScan.stripStart(t, hs, he);
        while (q < he && t[q] == '#') {
            q++;
        }
        layout.margins().setEnd(heading, LineScan.skipBlanks(t, q, he) - hs);
        for (int j = heading + 1; j <= last; j++) {
            int s = layout.start(j);
            int e = LineScan.stripEnd(t, s, layout.contentEnd(j));
            int p = LineScan.stripStart(t, s, e);
            switch (kinds[j - heading]) {
                case BOLD_CALL, BOLD_CODE, BOLD_WORDS -> layout.margins().setEnd(j, boldNumberEnd(t, p, e) - s);
                case CODE_SPAN -> layout.margins().setEnd(j, p + 1 - s);
                case OTHER, INDENTED -> layout.margins().setRemark(j);
                default -> { }
            }
        }
        layout.mark(BlockShape.BOLD_WALK, blockId);
    }
}
