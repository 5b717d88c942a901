package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.StepKind;

/**
 * A list item in words that ends the items under a step, with nothing under it, is a remark on that
 * step, not a step of its own, as words under a call in an arrow tree are ({@link RootLines#isRemark}):
 * <pre>
 *   - `ring_init` registers the rings
 *     - these are not the queues     (a remark on ring_init)
 *   - `queue_init`
 *     - it sets the depth            (a step in words: an item follows at its column)
 *     - `queue_alloc`
 * </pre>
 */
final class ItemRemarks {

    private ItemRemarks() {
    }

    /** Line {@code i} of {@code lines}, a list item, as a comment line when it is such a remark; else itself. */
    static TraceLine remarkOrStep(List<TraceLine> lines, int i, TraceLine item) {
        StepReader.Reading r = item.reading();
        if (r == null || r.kind() != StepKind.PROSE || r.expression() != null) {
            return item;
        }
        for (int k = i + 1; k < lines.size(); k++) {
            TraceLine next = lines.get(k);
            if (!next.isBlank()) {
                if (next.indent() >= item.indent()) {
                    return item;   // a body below it, or an item after it at its column
                }
                break;
            }
        }
        for (int k = i - 1; k >= 0; k--) {
            TraceLine above = lines.get(k);
            if (!above.isBlank() && above.reading() != null && above.indent() < item.indent()) {
                return item.asCommentLine();   // the step it remarks on
            }
        }
        return item;
    }
}
