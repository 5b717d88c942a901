package org.tracenotes.grammar;

/**
 * Markdown list items used as a call tree: the bullet marker ({@code -}, {@code +}, {@code *} and a
 * blank) is a stem, like a {@code |} connector, and the item's text is the step, at the column where it
 * starts.
 * <pre>
 * probe_all()
 *   + -&gt;bus_scan()
 *     + -&gt;scan_one()
 *     + first the slots are counted     (a step in words)
 * </pre>
 * A list is such a tree when an item's text starts with an arrow: a bullet before an arrow is read
 * as the arrow's margin, so the layout finds the run like any arrow run ({@link NoteLayout}), and
 * every bullet of that run is then a stem ({@link #markStems}). Ordinary lists, whose items start with
 * words, stay prose. A bullet at the column of the paragraph line right above it starts a list beside
 * that paragraph, not under it ({@link #besideParagraph}): that line is no root.
 */
public final class ListItemMarkers {

    private ListItemMarkers() {
    }

    /**
     * Where the text of a list item starts when {@code line}'s chars [from, to) begin, after blanks, with
     * a bullet marker and a blank (or end there: an empty item); -1 for any other line.
     */
    public static int textStart(CharSequence line, int from, int to) {
        int p = from;
        while (p < to && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        if (p >= to || !isBullet(line.charAt(p))) {
            return -1;   // the cheap test: most lines start with no bullet
        }
        int q = p + 1;
        if (q < to && line.charAt(q) != ' ' && line.charAt(q) != '\t') {
            return -1;   // `->`, `+->`, `*p`, `--`: no bullet
        }
        while (q < to && (line.charAt(q) == ' ' || line.charAt(q) == '\t')) {
            q++;
        }
        return q;
    }

    /**
     * Whether {@code line} is a Markdown list item with something after its marker: a bullet ({@code -},
     * {@code *}, {@code +}) or a number of three digits at most and a dot, then a blank and more.
     */
    public static boolean isItem(CharSequence line) {
        int n = line.length();
        int p = 0;
        while (p < n && (line.charAt(p) == ' ' || line.charAt(p) == '\t')) {
            p++;
        }
        int i = p;
        while (i < n && i - p < 3 && Character.isDigit(line.charAt(i))) {
            i++;
        }
        if (i > p) {
            return i + 1 < n && line.charAt(i) == '.' && (line.charAt(i + 1) == ' ' || line.charAt(i + 1) == '\t');
        }
        return i + 1 < n && textStart(line, 0, n) >= 0;
    }

    /** Where the bullet's marker ends (just past it) on a line {@link #textStart} reads as an item; -1 otherwise. */
    static int markerEnd(CharSequence line, int from, int to) {
        if (textStart(line, from, to) < 0) {
            return -1;
        }
        int p = from;
        while (line.charAt(p) == ' ' || line.charAt(p) == '\t') {
            p++;
        }
        return p + 1;
    }

    /** The end of the arrow that leads a list item's text ({@code + ->name}, {@code - ===>name}), or -1. */
    static int arrowAfterBullet(CharSequence line, int from, int to) {
        int t = textStart(line, from, to);
        if (t < 0 || t >= to) {
            return -1;
        }
        int a = LineMargin.arrowEnd(line, t, to);
        return a >= 0 ? a : LineMargin.longStepArrowEnd(line, t, to);   // `- ===>name`: the step arrow's long shaft
    }

    /** {@link #markerEnd} of line {@code line} of {@code layout}, in code points from its start (found once, {@link LineMemo}). */
    static int bulletEnd(NoteLayout layout, int line) {
        return layout.memo().bulletEnd(line);
    }

    /** {@link #bulletEnd}, found from the line. */
    static int findBulletEnd(NoteLayout layout, int line) {
        CodePointWindow w = itemWindow(layout, line);
        return w == null ? -1 : markerEnd(w, 0, w.length());
    }

    /** {@link #arrowAfterBullet} of line {@code line} of {@code layout}, in code points from its start. */
    static int bulletArrowEnd(NoteLayout layout, int line) {
        CodePointWindow w = itemWindow(layout, line);
        return w == null ? -1 : arrowAfterBullet(w, 0, w.length());
    }

    /** A window over the line when its first non-blank character is a bullet; null for most lines. */
    private static CodePointWindow itemWindow(NoteLayout layout, int line) {
        int[] t = layout.codePoints();
        int p = layout.start(line) + LineScan.blanks(t, layout.start(line), layout.contentEnd(line));
        if (p >= layout.contentEnd(line) || !isBullet(t[p])) {
            return null;
        }
        return new CodePointWindow(t).over(layout.start(line), layout.contentEnd(line));
    }

    private static boolean isBullet(int c) {
        return c == '-' || c == '+' || c == '*';
    }

    /**
     * Makes the bullet of every list item among lines {@code first}..{@code last} of a trace block a
     * margin the lexer skips, when one of its items starts with an arrow; leaves the block as it is
     * otherwise (a {@code - x} line of another tree keeps its text).
     */
    static void markStems(NoteLayout layout, int first, int last) {
        boolean arrowItems = false;
        for (int j = first; j <= last && !arrowItems; j++) {
            arrowItems = bulletArrowEnd(layout, j) >= 0;
        }
        if (!arrowItems) {
            return;
        }
        for (int j = first; j <= last; j++) {
            int end = bulletEnd(layout, j);
            if (end >= 0) {
                layout.margins().setEnd(j, end);
            }
        }
    }

    /**
     * Whether the arrow item on {@code item} stands at the column of the text line {@code above}, which
     * is no item: a list that interrupts a paragraph starts beside it, so the paragraph is not its root.
     */
    static boolean besideParagraph(NoteLayout layout, int above, int item) {
        return bulletArrowEnd(layout, item) >= 0 && bulletEnd(layout, above) < 0
                && layout.indentOf(above) == layout.indentOf(item);
    }

    /**
     * Whether line {@code line}, whose text past its blanks is {@code rest}, is a list item whose bullet the
     * layout made a margin ({@link CallItemLists}): a step of its own, never the rest of a call left open
     * above it ({@code - Board::iterate(..} over {@code     \t- Space::iterate(..}, its blanks mixed).
     */
    static boolean itemOfItsOwn(NoteLayout layout, int line, String rest) {
        return rest.length() > 1 && rest.charAt(0) == '-' && (rest.charAt(1) == ' ' || rest.charAt(1) == '\t')
                && layout.margins().end(line) > 0;
    }
}
