package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * A line written off the author's grid, between two open levels. Nearer the deeper level, it is
 * usually that level's sibling, one column short; but when the lines right under it are deeper than
 * it but no deeper than that level (beside it, they would be its siblings), they are its body, and a
 * careful reader takes it at the grid level at or below its own column: its body is then its own, and
 * a later line at the deeper level goes on under it, not beside it. A body deeper than that level
 * stays the line's body when it snaps, so the snap stands.
 * <pre>
 *     --> outer_x
 *         --> first_x
 *             --> inner_x
 *            --> second_x       # column 11 among levels 8 and 12, with a body: read at column 8
 *             --> body_x        # second_x's body, not its sibling
 *         --> third_x           # column 8: second_x's sibling
 * </pre>
 */
final class OffGridHeads {

    private OffGridHeads() {
    }

    /**
     * The open level a line at {@code indent}, at no open level, is read beside: the nearer deeper one
     * ({@link OpenLevel#nearerDeeper}) unless the line heads a body, then the one at or below its
     * column; null when it opens a level of its own.
     */
    static OpenLevel besideLevel(Deque<OpenLevel> stack, int indent, List<TraceLine> lines, int index) {
        OpenLevel deeper = OpenLevel.nearerDeeper(stack, indent);
        if (deeper == null || !bodyAtDeeperLevel(lines, index, indent, deeper.level())) {
            return deeper;
        }
        for (OpenLevel f : stack) {
            if (f.level() < indent) {
                return f.node() == null ? null : f;
            }
        }
        return null;
    }

    /**
     * Whether the next step line is an arrow deeper than {@code indent} but no deeper than the level the
     * line would snap to: beside that level, its body would be read as its siblings. Words without an
     * arrow there are the line's wrapped rest, no body. A body deeper still
     * stays the line's body when it snaps, and the snap stands.
     */
    private static boolean bodyAtDeeperLevel(List<TraceLine> lines, int index, int indent, int deeperLevel) {
        if (!AuthorLayout.bodyFollows(lines, index)) {
            return false;
        }
        for (int i = index + 1; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).arrow() != Arrow.NONE && lines.get(i).indent() <= deeperLevel;
            }
        }
        return false;
    }
}
