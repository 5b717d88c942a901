package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * Trees in one Markdown indented code block, each a bare name over its deeper tree, a blank line between one
 * tree and the next: the four blanks are the code block's margin, not a step of a caller left implied, and
 * each name is a root ({@link MidTreeTops} reads them as roots, not as steps).
 * <pre>
 *     talk_driver          # a root
 *         thread_write
 *         thread_read
 *
 *     run_command          # a root
 *         case CMD_X:
 *             obj.handle(&amp;reply)
 * </pre>
 */
final class BlankSeparatedTrees {

    private BlankSeparatedTrees() {
    }

    /**
     * Whether the lines at the least indent {@code least}, two or more, are bare names, each the first line
     * or after a blank line, each with a deeper line right under it.
     */
    static boolean separate(List<TraceLine> lines, int least) {
        int tops = 0;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            if (l.isBlank() || l.isCommentOnly() || l.indent() != least) {
                continue;
            }
            StepReader.Reading r = l.reading();
            boolean name = r != null && (r.kind() == StepKind.CALL || r.kind() == StepKind.EXPRESSION)
                    && r.expression() instanceof Expr.Name;
            boolean afterBlank = tops == 0 || i > 0 && lines.get(i - 1).isBlank();
            boolean deeperBelow = i + 1 < lines.size() && !lines.get(i + 1).isBlank() && lines.get(i + 1).indent() > least;
            if (!name || !afterBlank || !deeperBelow) {
                return false;
            }
            tops++;
        }
        return tops >= 2;
    }
}
