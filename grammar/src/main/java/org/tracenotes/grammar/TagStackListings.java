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
 * least half the frames name a path ({@code ~/…}, {@code dir/file.c}). Items must name C functions
 * (lower case, half of them with an underscore): a file listing with sizes ({@code - Makefile  40  build/Makefile.am})
 * stays text. The frame numbers and bullets are
 * margins; the line number and what follows it are a note on the call ({@link TrailingNote}).
 */
final class TagStackListings {

    /** The fewest frames of a stack. */
    private static final int MIN_FRAMES = 3;
    /** A numbered frame: the frame's number, the tag's count, the name, the line number, a path or code. */
    private static final Pattern NUMBERED = Pattern.compile(">?\\s*(\\d+)\\s+\\d+\\s+([A-Za-z_]\\w*\\s{2,}\\d+\\s+(\\S.*))");
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
        int p = LineScan.stripStart(t, layout.start(i), layout.contentEnd(i));
        if (p >= layout.contentEnd(i) || t[p] != '1' && t[p] != '>') {
            return -1;   // the cheap test: a stack's first frame is number 1
        }
        int n = layout.lineCount();
        int j = i;
        int paths = 0;
        while (j < n && layout.role(j) == NoteLayout.Role.TEXT) {
            Matcher m = NUMBERED.matcher(layout.lineText(j).strip());
            if (!m.matches() || !m.group(1).equals(Integer.toString(j - i + 1))) {
                break;
            }
            paths += isPath(m.group(3)) ? 1 : 0;
            j++;
        }
        return j - i >= MIN_FRAMES && paths * 2 >= j - i ? j - 1 : -1;
    }

    /** The last line of the list items that are frames starting on {@code i}, or -1. */
    private static int itemRun(NoteLayout layout, int i) {
        int bullet = ListItemMarkers.bulletEnd(layout, i);
        if (bullet < 0 || i > 0 && ListItemMarkers.bulletEnd(layout, i - 1) >= 0 && layout.indentOf(i - 1) == layout.indentOf(i)) {
            return -1;   // no item, or not the list's first item at its column
        }
        int n = layout.lineCount();
        int column = layout.indentOf(i);
        int j = i;
        int paths = 0;
        int underscores = 0;
        while (j < n && layout.role(j) == NoteLayout.Role.TEXT && layout.indentOf(j) == column) {
            int b = ListItemMarkers.bulletEnd(layout, j);
            if (b < 0) {
                break;
            }
            Matcher m = ITEM.matcher(layout.lineText(j).substring(layout.lineText(j).offsetByCodePoints(0, b)).strip());
            if (!m.matches()) {
                return -1;   // an item of another kind: the list is no stack
            }
            paths += isPath(m.group(2)) ? 1 : 0;
            underscores += m.group(1).indexOf('_') >= 0 ? 1 : 0;
            j++;
        }
        return j - i >= MIN_FRAMES && paths * 2 >= j - i && underscores * 2 >= j - i ? j - 1 : -1;
    }

    /** Whether a frame's last column is a file's path ({@code ~/mm/zone.c}, {@code mm/zone.c}). */
    private static boolean isPath(String s) {
        int blank = s.indexOf(' ');
        String word = blank < 0 ? s : s.substring(0, blank);
        return word.startsWith("~/") || word.startsWith("/") || word.indexOf('/') > 0 && word.lastIndexOf('.') > word.lastIndexOf('/');
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
