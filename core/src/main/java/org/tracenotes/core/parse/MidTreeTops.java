package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * A tree of names, drawn by indentation alone, that its author began inside a call the block does not
 * show: its top lines are steps of that implied caller, not roots. Two layouts say so:
 * <ul>
 * <li>the first line stands deeper than the second, and no later line is shallower than the second:
 * the tree is resumed from an earlier note, its first line the last callee of a body drawn there
 * ({@code \t\t\tfoo_setup} / {@code \t\tfoo_area_node} / {@code \t\t\tfoo_size} …);</li>
 * <li>every line stands a tree's step or more deeper than the block's margin and two or more lines share
 * the least indent:
 * the author drew the callees of a function named above the block, in the columns they have inside it
 * ({@code \t\tfoo_enter} / {@code \t\tfoo_helper} / {@code \t\t\tfoo_inner}).</li>
 * </ul>
 * A block with an arrow, or fewer than three lines deeper than its top, is left to the other rules.
 */
final class MidTreeTops {

    /**
     * How far the top must stand from the margin, at least: a tab or four blanks, a step of the tree;
     * a list's items one or two blanks in ({@code  * name}) are the list's own margin.
     */
    private static final int INDENT_STEP = 4;

    /** Lines deeper than the top a tree needs, at least. */
    private static final int MIN_DEEPER = 3;

    private MidTreeTops() {
    }

    /** The indent of the implied caller's steps when {@code lines} draw such a tree; -1 otherwise. */
    static int topIndent(List<TraceLine> lines) {
        int first = -1;
        int second = -1;
        int least = Integer.MAX_VALUE;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.arrow() != Arrow.NONE || l.reading() == null) {
                return -1;   // an arrow's tree is read by its arrows
            }
            if (first < 0) {
                first = l.indent();
            } else if (second < 0) {
                second = l.indent();
            }
            least = Math.min(least, l.indent());
        }
        if (second < 0) {
            return -1;
        }
        boolean resumed = first > second && second == least;
        boolean indentedTop = first == least && least >= INDENT_STEP;
        if (!resumed && !indentedTop) {
            return -1;
        }
        int atTop = 0;
        int deeper = 0;
        for (TraceLine l : lines) {
            if (l.isBlank() || l.isCommentOnly()) {
                continue;
            }
            if (l.indent() == least) {
                atTop++;
            } else if (l.indent() > least) {
                deeper++;
            }
        }
        boolean separate = indentedTop && !resumed && BlankSeparatedTrees.separate(lines, least);   // `    f` trees, a blank between: roots
        return deeper >= MIN_DEEPER && (resumed || atTop >= 2) && !separate ? least : -1;
    }
}
