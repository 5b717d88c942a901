package org.tracenotes.core.parse;

import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import org.tracenotes.core.lint.rules.parse.LayoutAmbiguous;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Diagnostic;
import org.tracenotes.core.model.Severity;
import org.tracenotes.core.model.SourceRange;

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
 * The same shape is also a slip of one column in a tidy tree ({@code second_x} meant at 12, beside
 * {@code inner_x}, and the lines under it its siblings): the reading is a choice, so it is reported as
 * {@link LayoutAmbiguous}, naming the reading taken and the other one.
 */
final class OffGridHeads {

    private OffGridHeads() {
    }

    /**
     * The open level a line at {@code indent}, at no open level, is read beside: the nearer deeper one
     * ({@link OpenLevel#nearerDeeper}) unless the line heads a body, then the one at or below its
     * column; null when it opens a level of its own. Taking the level below is a choice, told to
     * {@code report} at {@code range}.
     */
    static OpenLevel besideLevel(Deque<OpenLevel> stack, int indent, List<TraceLine> lines, int index,
                                 SourceRange range, Consumer<Diagnostic> report) {
        OpenLevel deeper = OpenLevel.nearerDeeper(stack, indent);
        if (deeper == null || !bodyAtDeeperLevel(lines, index, indent, deeper.level())) {
            return deeper;
        }
        for (OpenLevel f : stack) {
            if (f.level() < indent) {
                if (f.node() == null) {
                    return null;
                }
                report.accept(new Diagnostic(LayoutAmbiguous.ID, Severity.INFO, "read at column " + f.level()
                        + " beside `" + text(f) + "`, the lines under it its body; it could be `" + text(deeper)
                        + "`'s sibling at column " + deeper.level() + ", " + columnsShort(deeper.level() - indent)
                        + " short, the lines under it siblings too (indent it to " + f.level() + " or "
                        + deeper.level() + " to say which)", range));
                return f;
            }
        }
        return null;
    }

    private static String columnsShort(int columns) {
        return columns == 1 ? "one column" : columns + " columns";
    }

    private static String text(OpenLevel level) {
        return level.node() == null || level.node().line.reading() == null ? "" : level.node().line.reading().text();
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
