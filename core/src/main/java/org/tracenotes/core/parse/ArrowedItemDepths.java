package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * How deep the items of a numbered list of calls stand when an arrow ending an item says the next item is
 * inside it ({@code ArrowedItemLists} in the grammar finds them):
 * <pre>
 * 1. sys_read(fd, buf)
 * 2. do_read(f, buf);---&gt;
 * 3. check_pos(f);            in do_read's body
 * 4. vfs_read(f, buf);---&gt;    in do_read's body too: item 3 has no arrow
 * 5. __vfs_read(f, buf);      in vfs_read's body
 * </pre>
 * The first item is a step of the implied root; every later item is one level deeper than the item above
 * when that item ends in an arrow, at its level otherwise. Every item is a step.
 */
final class ArrowedItemDepths {

    /** How much deeper each level is drawn. */
    private static final int STEP = 2;

    private ArrowedItemDepths() {
    }

    /** The block's lines with each item at its depth; {@code lines} itself unless the layout found such a list ({@code arrowed}). */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean arrowed) {
        if (!arrowed) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        int column = -1;
        int level = 0;
        boolean arrowAbove = true;   // the implied root leads to the first item
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.reading() == null) {
                continue;
            }
            column = column < 0 ? l.indent() : column;
            level += arrowAbove ? 1 : 0;
            int depth = column + STEP * level;
            out.set(i, new TraceLine(l.line(), depth, l.textIndent() + depth - l.indent(), Arrow.TREE, l.reading(), l.range(),
                    l.comments()));
            arrowAbove = endsInArrow(source.line(l.line()));
        }
        return out;
    }

    /** Whether a line's text ends in an arrow ({@code f();--->}, {@code f() =>}, {@code f() →}). */
    static boolean endsInArrow(String line) {
        int e = line.length();
        while (e > 0 && Character.isWhitespace(line.charAt(e - 1))) {
            e--;
        }
        if (e < 2) {
            return false;
        }
        char c = line.charAt(e - 1);
        if (c == '\u2192' || c == '\u21D2' || c == '\u27F6') {
            return true;
        }
        return c == '>' && (line.charAt(e - 2) == '-' || line.charAt(e - 2) == '=');
    }
}
