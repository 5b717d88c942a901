package org.tracenotes.grammar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's tag stack copied into a note (Vim's {@code :tags}): one frame a line, the function jumped
 * to, the line it was jumped from and that line's file or code, each frame called from the one above.
 * <pre>
 * 1  1 boot_main          1  ~/src/boot.c
 * 2  1 mem_init         412  ~/src/boot.c
 * 3  1 zone_setup        88  ret = zone_setup(z);
 * </pre>
 * Written as list items, the stack is often headed by an item that says where it starts:
 * <pre>
 * * where we stopped
 *  - boot_main          1  ~/src/boot.c
 *  - mem_init         412  ~/src/boot.c
 *  - zone_setup        88  ~/mm/zone.c
 * </pre>
 * Three or more frames in a row, numbered 1, 2, 3 … (with the tag's count beside the number), or list
 * items at one column; a name, two or more blanks, the line number, and a path or code after it; at
 * least half the frames name a path ({@code ~/…}, {@code dir/file.c}, read by {@link SourceLocation}), and one
 * frame at least a C source file ({@code mm/zone.c}) or code ({@code zone_setup(z)}): a list of settings
 * ({@code - max_conn  100  conf/server.yaml}) or a numbered table of jobs ({@code 1  4 build_docs  12  ci/docs.yml})
 * stays text. Items must name C functions
 * (lower case, half of them with an underscore): a file listing with sizes ({@code - Makefile  40  build/Makefile.am})
 * stays text. The frame numbers and bullets are
 * margins; the line number and what follows it are a note on the call ({@link TrailingNote}).
 */
final class TagStackListings {

    /** The fewest frames of a stack. */
    private static final int MIN_FRAMES = 3;
    /** A numbered frame: the frame's number, the tag's count, the name, the line number, a path or code. */
    private static final Pattern NUMBERED = Pattern.compile(">?\\s*(\\d+)\\s+\\d+\\s+([A-Za-z_]\\w*\\s{2,}\\d+\\s+(\\S.*))");
    /** Code in a frame's last column: a name right against its {@code (}. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z_]\\w*\\(");
    /** A frame after a bullet: the name, the line number, a path or code. */
    private static final Pattern ITEM = Pattern.compile("([a-z_][a-z0-9_]*)\\s{2,}\\d+\\s+(\\S.*)");

    private TagStackListings() {
    }

    /** Marks every tag stack among the note's text lines as a trace block from {@code blockId}; the next free id. */
    static int mark(NoteLayout layout, int blockId) {
        int n = layout.lineCount();
        for (int i = 0; i < n; i++) {
            if (layout.role(i) != NoteLayout.Role.TEXT) {
                continue;
            }
            int last = numberedRun(layout, i);
            int first = i;
            boolean items = false;
            if (last < 0) {
                last = itemRun(layout, i);
                items = true;
                if (last >= 0 && i > 0 && layout.role(i - 1) == NoteLayout.Role.TEXT && ListItemMarkers.bulletEnd(layout, i - 1) >= 0
                        && layout.indentOf(i - 1) < layout.indentOf(i)) {
                    first = i - 1;   // the item heading the stack: its root
                }
            }
            if (last < 0) {
                continue;
            }
            layout.markTrace(first, last, blockId);
            layout.mark(BlockShape.TAG_STACK, blockId++);
            for (int j = first; j <= last; j++) {
                layout.margins().setEnd(j, items ? ListItemMarkers.bulletEnd(layout, j) : nameStart(layout, j));
            }
            i = last;
        }
        return blockId;
    }

    /** The last line of the numbered frames 1, 2, 3 … starting on {@code i}, or -1. */
    private static int numberedRun(NoteLayout layout, int i) {
        int[] t = layout.codePoints();
        int e = layout.contentEnd(i);
        int p = LineScan.stripStart(t, layout.start(i), e);
        if (p < e && t[p] == '>') {
            p = LineScan.stripStart(t, p + 1, e);   // quoted
        }
        if (p + 1 >= e || t[p] != '1' || LineScan.isDigit(t[p + 1])) {
            return -1;   // the cheap test: a stack's first frame is number 1
        }
        int n = layout.lineCount();
        int j = i;
        Columns columns = new Columns();
        while (j < n && layout.role(j) == NoteLayout.Role.TEXT) {
            Matcher m = NUMBERED.matcher(layout.lineText(j).strip());
            if (!m.matches() || !m.group(1).equals(Integer.toString(j - i + 1))) {
                break;
            }
            columns.add(m.group(3));
            j++;
        }
        return j - i >= MIN_FRAMES && columns.nameSource(j - i) ? j - 1 : -1;
    }

    /** The last line of the list items that are frames starting on {@code i}, or -1. */
    private static int itemRun(NoteLayout layout, int i) {
        int bullet = ListItemMarkers.bulletEnd(layout, i);
        if (bullet < 0 || !firstAtColumn(layout, i)) {
            return -1;   // no item, or not the list's first item at its column
        }
        int[] t = layout.codePoints();
        int n = layout.lineCount();
        int column = layout.indentOf(i);
        int j = i;
        Columns columns = new Columns();
        int underscores = 0;
        while (j < n && layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) == column) {
            int b = ListItemMarkers.bulletEnd(layout, j);
            if (b < 0) {
                break;
            }
            int from = LineScan.stripStart(t, layout.start(j) + b, layout.contentEnd(j));
            if (from == layout.contentEnd(j) || t[from] != '_' && (t[from] < 'a' || t[from] > 'z')) {
                return -1;   // ITEM's first character, tested before the line is made a string
            }
            Matcher m = ITEM.matcher(new String(t, from, LineScan.stripEnd(t, from, layout.contentEnd(j)) - from));
            if (!m.matches()) {
                return -1;   // an item of another kind: the list is no stack
            }
            columns.add(m.group(2));
            underscores += m.group(1).indexOf('_') >= 0 ? 1 : 0;
            j++;
        }
        return j - i >= MIN_FRAMES && columns.nameSource(j - i) && underscores * 2 >= j - i ? j - 1 : -1;
    }

    /**
     * Whether the item on line {@code i} is the first of its list at its column: the item above it (past
     * the continuation lines of a wrapped item) is none or stands at another column.
     */
    private static boolean firstAtColumn(NoteLayout layout, int i) {
        int k = i - 1;
        while (k >= 0 && layout.role(k) == NoteLayout.Role.TEXT && ListItemMarkers.bulletEnd(layout, k) < 0) {
            k--;
        }
        return k < 0 || ListItemMarkers.bulletEnd(layout, k) < 0 || layout.indentOf(k) != layout.indentOf(i);
    }

    /** What the frames' last columns hold: how many a path, and whether one a C source file or code. */
    private static final class Columns {
        private int paths;
        private boolean source;

        void add(String column) {
            int[] t = column.codePoints().toArray();
            int end = t.length;
            for (int k = 0; k < t.length; k++) {
                if (t[k] == ' ' || t[k] == '\t') {
                    end = k;
                    break;
                }
            }
            if (SourceLocation.pathAt(t, 0, end)) {
                paths++;
                source |= SourceLocation.sourceFileAt(t, 0, end);
            }
            source = source || CODE.matcher(column).find();
        }

        /** Whether half the {@code frames} name a path and one a source file or code. */
        boolean nameSource(int frames) {
            return paths * 2 >= frames && source;
        }
    }

    /** Where the name of the numbered frame on line {@code j} starts, in code points from the line's start. */
    private static int nameStart(NoteLayout layout, int j) {
        int[] t = layout.codePoints();
        int p = layout.start(j);
        int e = layout.contentEnd(j);
        while (p < e && !LineScan.isIdentStart(t[p])) {
            p++;
        }
        return p - layout.start(j);
    }
}
