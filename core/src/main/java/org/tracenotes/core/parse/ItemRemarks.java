package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.StepKind;

/**
 * A list item in words that ends the items under a step, with nothing under it, is a remark on that
 * step, not a step of its own, as words under a call in an arrow tree are ({@link RootLines#isRemark}):
 * <pre>
 *   - `ring_init` registers the rings
 *     - these are not the queues     (a remark on ring_init: its trailing comment)
 *   - `queue_init`
 *     - it sets the depth            (a step in words: an item follows at its column)
 *     - `queue_alloc`
 *   - `queue_start`
 *     - it takes the lock            (a step in words: an item follows at its column)
 *     - it kicks the queue           (a step in words: the last of the items under queue_start)
 * </pre>
 */
final class ItemRemarks {

    private ItemRemarks() {
    }

    /**
     * Settles item {@code i} of {@code lines} (a list item whose bullet the lexer skipped): when it is such a
     * remark, its words become a trailing comment of the step it is written under and its line a blank one.
     * In a flow in words ({@code wordedFlow}, {@link WordedFlowItems}) words under a step in words are a sub-step.
     */
    static void settle(List<TraceLine> lines, int i, boolean wordedFlow) {
        TraceLine item = lines.get(i);
        StepReader.Reading r = item.reading();
        if (r == null || r.kind() != StepKind.PROSE || r.expression() != null) {
            return;
        }
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (!above.isBlank() && above.indent() <= item.indent()) {   // past the children of the item above
                if (above.indent() == item.indent() && above.reading() != null) {
                    return;   // the last of several items under the step: one of its steps, as the others are
                }
                break;
            }
        }
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine next = lines.get(k);
            if (!next.isBlank()) {
                if (next.indent() >= item.indent()) {
                    return;   // a body below it, or an item after it at its column
                }
                break;
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (!above.isBlank() && above.reading() != null && above.indent() < item.indent()) {
                if (NamedItems.bareName(above) || wordedFlow && WordedFlowItems.wordsUnderWords(above)) {
                    return;   // under a name alone, as in an outline of names: what it does, a step in words
                }
                List<Comment> comments = new ArrayList<>(above.comments());
                comments.add(new Comment("", r.text(), Comment.Placement.TRAILING, item.range()));
                lines.set(k, new TraceLine(above.line(), above.indent(), above.textIndent(), above.arrow(), above.reading(),
                        above.range(), List.copyOf(comments)));
                lines.set(i, new TraceLine(item.line(), item.indent(), item.indent(), Arrow.NONE, null, item.range(), List.of()));
                return;
            }
        }
    }
}
