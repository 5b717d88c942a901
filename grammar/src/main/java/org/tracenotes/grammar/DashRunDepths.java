package org.tracenotes.grammar;

/**
 * A depth written as a run of dashes before each step, with no arrow head: one dash per level right
 * against the name, or a run of two dashes per level and a blank.
 * <pre>
 * do_read()              do_read()
 * -lookup()              -- lookup()
 * --hash_name()          ---- hash_name()
 * -fill()                -- fill()
 * </pre>
 * Each run is learned as the line's arrow ({@link LineMargins#setLearnedArrow}), so the lexer reads the
 * line as an arrow step and the run's length says its depth, as for {@code -->} arrows of many lengths.
 *
 * <p>A block qualifies only when every line after its first (a root may stand there) is led, at one
 * column, by such a run followed by a name; the runs take at least {@value #MIN_LENGTHS} lengths, the
 * first run is the shortest and no run is more than one level deeper than the run above it; most run
 * lines' names are code (an {@code _} in them or a {@code (} after them) and, in the two-dashes-and-a-blank
 * form (a comment in SQL, Lua, Haskell: {@code -- create_tables}), one is a call ({@code name(}). Two
 * dashes right against each name ({@code --f}) are a margin read elsewhere, not a run. A bullet list
 * ({@code - item}), a list of command-line options ({@code -v}, {@code --verbose}), a listing of files
 * by their depth ({@code --main.py}, {@link NameLine#FILE}) and dashes before words stay text. In a
 * fence, only one whose content decides ({@link FenceLanguages#infoAllows}) is read, never a language's
 * own comments.
 *
 * <p>Cost: one look at each line's first non-blank character; a block is scanned further only while
 * its lines start with a dash.
 */
final class DashRunDepths {

    /** Distinct run lengths a block needs: depth 1, 2 and 3. */
    static final int MIN_LENGTHS = 3;

    private DashRunDepths() {
    }

    /** Learns the runs of the fenced lines {@code first}..{@code last}, when they draw the depth. */
    static void learn(NoteLayout layout, int first, int last) {
        int top = first;
        while (top <= last && layout.blank(top)) {
            top++;
        }
        if (top < last && qualifies(layout, top, last)) {
            mark(layout, top, last);
        }
    }

    /** Learns the runs of the note's unfenced text: each paragraph, its first line a possible root. */
    static void learnUnfenced(NoteLayout layout) {
        int n = layout.lineCount();
        int j = 0;
        while (j < n) {
            if (layout.role(j) != NoteLayout.Role.TEXT) {
                j++;
                continue;
            }
            int last = layout.paragraphEnd(j);
            while (runsOnAfterBlank(layout, last)) {
                last = layout.paragraphEnd(last + 2);   // `-f()`, a blank line, `-g()`: one tree, its steps grouped
            }
            if (last > j && qualifies(layout, j, last)) {
                mark(layout, j, last);
            }
            j = last + 1;
        }
    }

    /**
     * Whether the text paragraph ending at {@code last} ends with a run line and, after one blank line,
     * the next paragraph starts with a run line at the same column: the same tree, a blank line between
     * its groups of steps.
     */
    private static boolean runsOnAfterBlank(NoteLayout layout, int last) {
        int next = last + 2;
        if (next >= layout.lineCount() || !layout.blank(last + 1) || layout.role(next) != NoteLayout.Role.TEXT) {
            return false;
        }
        int[] t = layout.codePoints();
        int s = layout.start(next);
        int e = layout.contentEnd(next);
        int p = s + LineScan.blanks(t, s, e);
        int column = lastRunColumn(layout, last);
        return column >= 0 && p - s == column && runEnd(t, p, e) >= 0;
    }

    /** The column of the last run line of the paragraph ending at {@code last} (remarks under it aside), or -1. */
    private static int lastRunColumn(NoteLayout layout, int last) {
        int[] t = layout.codePoints();
        for (int j = last; j >= 0 && layout.role(j) == NoteLayout.Role.TEXT; j--) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            if (runEnd(t, p, e) >= 0) {
                return p - s;
            }
        }
        return -1;
    }

    /** Whether lines {@code top}..{@code last} (blanks aside) are a root or a run line, then run lines only. */
    private static boolean qualifies(NoteLayout layout, int top, int last) {
        int[] t = layout.codePoints();
        int from = runEnd(t, layout.start(top), layout.contentEnd(top)) >= 0 ? top : top + 1;
        int column = -1;
        int previous = 0;
        int unit = 0;
        long lengths = 0;
        int lines = 0;
        int code = 0;
        int remarks = 0;
        boolean spaced = false;
        boolean called = false;
        for (int j = from; j <= last; j++) {
            if (layout.blank(j)) {
                continue;
            }
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            int end = runEnd(t, p, e);
            if (end < 0 && column >= 0 && p - s > column && remarkUnder(t, p, e)) {
                remarks++;
                continue;   // `    // then flush`: the author's remark on the step above, deeper than the runs
            }
            if (end < 0 || column >= 0 && p - s != column) {
                return false;
            }
            column = p - s;
            int dashes = dashes(t, p, e);
            if (unit == 0) {
                unit = dashes;
                if (unit > 1 && end == p + dashes) {
                    return false;   // `--f` over `----g`: dashes as margin, already read where the text starts
                }
            }
            if (dashes % unit != 0 || dashes > previous + unit && previous > 0 || dashes < unit) {
                return false;   // the first run is one level; each run at most one level deeper than the one above
            }
            previous = dashes;
            lengths |= 1L << Math.min(63, dashes);
            lines++;
            int name = LineScan.skipBlanks(t, end, e);
            if (NameLine.read(t, name, LineScan.stripEnd(t, name, e)) == NameLine.FILE || option(t, p, end, e, dashes)) {
                return false;   // `--main.py`, `-v`, `--verbose`: a listing of files or options, no depth of calls
            }
            spaced |= end > p + dashes;
            int nameEnd = LineScan.skipIdent(t, name, e);
            called |= nameEnd < e && t[nameEnd] == '(';
            code += codeStep(t, name, LineScan.stripEnd(t, name, e)) ? 1 : 0;
        }
        return lines >= MIN_LENGTHS && Long.bitCount(lengths) >= MIN_LENGTHS && 2 * code > lines && 2 * remarks < lines
                && (called || !spaced);   // `-- users_table` over `---- add_index` with no call: a language's comments
    }

    /**
     * Whether the run's text [p, e) is code: a code name ({@link NameShapes#codeName}) or a control-flow
     * statement ({@link BulletedTrees#flowStatement}: {@code if (…)}, {@code else}, {@code return x;}, {@code ...}).
     */
    private static boolean codeStep(int[] t, int p, int e) {
        return NameShapes.codeName(t, p, e) || BulletedTrees.flowStatement(t, p, e);
    }

    /**
     * Whether the stripped line at [p, e) is a remark that may stand under a run line, deeper than the
     * runs: a comment ({@code //}, {@code /*}, {@code #}) or words, never a dash or a line of code.
     */
    private static boolean remarkUnder(int[] t, int p, int e) {
        if (p >= e || t[p] == '-') {
            return false;
        }
        return t[p] == '#' || CallTreeLine.comment(t, p, e) || !CallTreeLine.classify(t, p, LineScan.stripEnd(t, p, e)).complete();
    }

    /**
     * Whether the run of {@code dashes} at {@code p}, right against its name at {@code end}, writes a
     * command-line option: one dash and one letter ({@code -v}), or two dashes and a word that is no code
     * ({@code --verbose}).
     */
    private static boolean option(int[] t, int p, int end, int e, int dashes) {
        if (end != p + dashes || dashes > 2 || NameShapes.codeName(t, end, e) || t[LineScan.stripEnd(t, end, e) - 1] == ';') {
            return false;   // `--return ret;`: a statement, no option
        }
        return dashes == 2 || LineScan.skipIdent(t, end, e) == end + 1;
    }

    private static void mark(NoteLayout layout, int top, int last) {
        int[] t = layout.codePoints();
        for (int j = top; j <= last; j++) {
            int s = layout.start(j);
            int e = layout.contentEnd(j);
            int p = s + LineScan.blanks(t, s, e);
            if (runEnd(t, p, e) >= 0) {
                layout.margins().setLearnedArrow(j, p + dashes(t, p, e) - s, false);
            }
        }
    }

    /**
     * Where the name after the dash run at {@code p} starts: right after a run of dashes ({@code -f},
     * {@code --f}), or after a run of two or more dashes and one blank ({@code -- f}); -1 when the line
     * holds no such run (a bullet {@code - f}, an arrow {@code -->}, a rule {@code ---}).
     */
    static int runEnd(int[] t, int p, int e) {
        if (p >= e || t[p] != '-') {
            return -1;
        }
        int q = p + dashes(t, p, e);
        if (q < e && (LineScan.isIdentStart(t[q]) || q > p && LineScan.isElision(t, q, e))) {
            return q;   // `-f()`, or `---...`: a body elided at its depth
        }
        return q - p >= 2 && q + 1 < e && t[q] == ' ' && LineScan.isIdentStart(t[q + 1]) ? q + 1 : -1;
    }

    private static int dashes(int[] t, int p, int e) {
        int q = p;
        while (q < e && t[q] == '-') {
            q++;
        }
        return q - p;
    }
}
