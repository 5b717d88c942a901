package org.tracenotes.grammar;

/**
 * A call path written as a column of function names, one a line, no arrow and no indentation step: each
 * line is called by the line above it (a call stack written top-down). The names may be decorated, the
 * same way on every line ({@link NameRows}): a call's parentheses, a Markdown link to the source
 * ({@code [Pump::prime][l]} and two trailing blanks, a hard line break), a source path ending in the
 * function ({@code fs/pump.c/pump_prime}), a file column beside the name ({@code pump_prime    fs/pump.c}),
 * a remark in another script or in full-width parentheses after it.
 * <pre>
 * ## how a pump starts
 *
 *     pump_start()
 *     pump_prime()
 *     __pump_prime_valve()
 * </pre>
 * A column of names is as often a list, so the column is read as a chain only where something says it
 * is one ({@link #isChain}):
 * <ul>
 * <li>an arrow drawn beside rows of code names: every row led by a {@code |} shaft, a {@code ^} line right above the
 * column (the path is drawn bottom-up: each row is called by the row below it) or a {@code V} line right
 * below it (top-down); {@code |  -----} rows break the column into chains of their own ({@link #markDrawn});
 * a system call's entry ({@code sys_read}) is called by no kernel function, so a chain it ends is read
 * from it, whatever the arrow;</li>
 * <li>the caption above it, ending in a colon, names its first function (the chain starts where the
 * words say); a blank line between: rows glued to their caption are the list of a sentence
 * ({@code Run, starting with init_db:} over {@code init_db}, {@code migrate_db});</li>
 * <li>each row a source path ending in the function ({@code net/rx.c/rx_frame}), the column a paragraph
 * of its own;</li>
 * <li>a heading naming a call chain above it ({@link FlatChainRuns#namesCallChain});</li>
 * <li>the column alone in a code block (indented, or a fence whose info string lets its content decide)
 * under a heading or a caption, its names mostly of code and layered as a call path: a name is built on
 * a name above it and none below, lower-case C names ({@link FlatChainRuns#layeredPath}: four rows or more,
 * {@code fork}, {@code sys_clone}, {@code _do_fork}, {@code copy_process}).</li>
 * </ul>
 * A row is a name and nothing else ({@link NameRows}: a shell command, a file, a statement, a config key,
 * a chapter's link are none); every line of the column is a row; two rows are no chain.
 */
public final class NameColumns {

    /** The fewest name rows of a column read as a chain. */
    static final int MIN_ROWS = 3;

    private NameColumns() {
    }

    /**
     * Marks as trace blocks the name columns among the text lines of {@code layout} that nothing else read:
     * each paragraph that is a drawn column ({@link #markDrawn}) or a column that is a chain ({@link #isChain}),
     * {@link FlatChainRuns#MAX_LINKS} lines at most (a longer column is a list, and would nest too deep).
     */
    static void unfencedColumns(NoteLayout layout) {
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT || i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT) {
                continue;
            }
            int last = layout.paragraphEnd(i);
            int first = i;
            if (last - first + 1 >= MIN_ROWS && last - first < FlatChainRuns.MAX_LINKS && mayLead(layout.lineText(first))) {
                if (!markDrawn(layout, first, last) && isChain(layout, first, last, -1)) {
                    int id = FlatChainRuns.nextBlockId(layout);
                    layout.markTrace(first, last, id);
                    layout.mark(BlockShape.NAME_COLUMN, id);
                }
            }
            i = last;
        }
    }

    /** The cheap test of a paragraph's first line: it may lead a column (a name, a link, a shaft, an arrow head). */
    private static boolean mayLead(String line) {
        String s = line.strip();
        return !s.isEmpty() && (LineScan.isIdentStart(s.charAt(0)) || "[|^\u2191".indexOf(s.charAt(0)) >= 0);
    }

    /**
     * Whether the fence opened on line {@code open}, content lines {@code first}..{@code last}, is a column
     * read as a chain ({@link #isChain}); if so it is recorded as block {@code blockId}'s shape.
     */
    static boolean markFencedColumn(NoteLayout layout, int open, int first, int last, int blockId) {
        if (last - first + 1 < MIN_ROWS || last - first >= FlatChainRuns.MAX_LINKS || !isChain(layout, first, last, open)) {
            return false;
        }
        layout.mark(BlockShape.NAME_COLUMN, blockId);
        return true;
    }

    /**
     * Whether lines {@code first}..{@code last} (every one a row, at one column) are a column read as a chain:
     * {@link #MIN_ROWS} rows or more, most of them code by their shape, and something saying it is a chain: a
     * caption naming its first function, source paths ending in the functions, a heading naming a call chain,
     * or (in a code block: a fence opened on line {@code open}, or text indented as one) a heading or caption
     * over names layered as a call path.
     */
    private static boolean isChain(NoteLayout layout, int first, int last, int open) {
        String[] names = new String[last - first + 1];
        String[] bare = new String[names.length];
        int column = layout.indentOf(first);
        int paths = 0;
        for (int j = first; j <= last; j++) {
            String line = layout.lineText(j);
            String name = NameRows.rowName(line);
            if (name == null || layout.indentOf(j) != column || NameRows.shafted(line)) {
                return false;
            }
            names[j - first] = name;
            bare[j - first] = NameRows.lastPart(name);
            paths += NameRows.pathRow(line) ? 1 : 0;
        }
        if (!codeRows(layout, first, last)) {
            return false;
        }
        int above = (open >= 0 ? open : first) - 1;
        while (above >= 0 && layout.blank(above)) {
            above--;
        }
        String caption = above >= 0 ? layout.lineText(above).strip() : "";
        if (above >= 0 && (namesFirst(caption, names[0]) || FlatChainRuns.namesCallChain(caption))) {
            return true;
        }
        boolean alone = (open >= 0 || first == 0 || layout.blank(first - 1)) && (open >= 0 || last + 1 >= layout.lineCount() || layout.blank(last + 1));
        if (alone && paths >= MIN_ROWS && paths * 3 >= names.length * 2) {
            return true;
        }
        boolean codeBlock = open >= 0 || column >= 4 && alone && first > 0;
        boolean headed = above >= 0 && (layout.role(above) == NoteLayout.Role.HEADING || caption.endsWith(":") || caption.endsWith("\uFF1A"));
        return codeBlock && headed && FlatChainRuns.layeredPath(bare);
    }

    /**
     * Whether the name rows among lines {@code from}..{@code to} (breaks of a drawn column skipped) are code: two
     * thirds or more code by their shape ({@link NameRows#codeShaped}), none a data name ({@link NameTrees.Names}).
     * Words drawn beside an arrow ({@code | spring}, {@code | summer}) are no chain.
     */
    private static boolean codeRows(NoteLayout layout, int from, int to) {
        int rows = 0;
        int coded = 0;
        NameTrees.Names shapes = new NameTrees.Names();
        for (int j = from; j <= to; j++) {
            String line = layout.lineText(j);
            String name = NameRows.rowName(line);
            if (name == null || NameRows.isBreak(line)) {
                continue;
            }
            rows++;
            coded += NameRows.codeShaped(line, name) ? 1 : 0;
            int[] t = NameRows.lastPart(name).codePoints().toArray();
            shapes.add(NameLine.read(t, 0, t.length));
        }
        return coded * 3 >= rows * 2 && !shapes.namesData();
    }

    /** Whether {@code caption} ends with a colon and names the function {@code name} (or its last part) as a word. */
    private static boolean namesFirst(String caption, String name) {
        if (!caption.endsWith(":") && !caption.endsWith("\uFF1A")) {
            return false;
        }
        int paren = name.indexOf('(');
        String bare = paren >= 0 ? name.substring(0, paren) : name;
        String part = NameRows.lastPart(name);
        return namesWord(caption, bare) || part.length() >= 4 && namesWord(caption, part);
    }

    private static boolean namesWord(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !LineScan.isIdentPart(text.charAt(at - 1))) && (end == text.length() || !LineScan.isIdentPart(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Marks paragraph {@code first}..{@code last} when it is a column drawn beside an arrow: a {@code ^} line
     * first or a {@code V} line last (not both), every other line a {@code |}-led row or break at one column,
     * {@link #MIN_ROWS} rows or more. Each run of rows between breaks is a chain and a block of its own,
     * {@link BlockShape#NAME_COLUMN_UP} when it is read from its bottom row up.
     */
    private static boolean markDrawn(NoteLayout layout, int first, int last) {
        boolean up = NameRows.upArrow(layout.lineText(first));
        boolean down = NameRows.downArrow(layout.lineText(last));
        if (up == down) {
            return false;
        }
        int from = up ? first + 1 : first;
        int to = down ? last - 1 : last;
        int rows = 0;
        int column = layout.indentOf(from);
        for (int j = from; j <= to; j++) {
            String line = layout.lineText(j);
            boolean isBreak = NameRows.isBreak(line);
            if (layout.indentOf(j) != column || !NameRows.shafted(line)
                    || (isBreak ? j == from || j == to || NameRows.isBreak(layout.lineText(j - 1)) : NameRows.rowName(line) == null)) {
                return false;
            }
            rows += isBreak ? 0 : 1;
        }
        if (rows < MIN_ROWS || !codeRows(layout, from, to)) {
            return false;
        }
        int start = from;
        for (int j = from; j <= to + 1; j++) {
            if (j == to + 1 || NameRows.isBreak(layout.lineText(j))) {
                boolean upward = up && !NameRows.syscallEntry(NameRows.lastPart(NameRows.rowName(layout.lineText(start))))
                        || down && NameRows.syscallEntry(NameRows.lastPart(NameRows.rowName(layout.lineText(j - 1))));
                int id = FlatChainRuns.nextBlockId(layout);
                layout.markTrace(start, j - 1, id);
                layout.mark(upward ? BlockShape.NAME_COLUMN_UP : BlockShape.NAME_COLUMN, id);
                start = j + 1;
            }
        }
        return true;
    }
}
