package org.tracenotes.core.parse;

import java.util.List;
import java.util.function.ToIntFunction;
import org.tracenotes.core.model.StepKind;

/**
 * A step in words among the top-level items of a flow written as a bullet list in a fence, its root left
 * implied ({@code org.tracenotes.grammar.FlowTitledItems}, {@link RootlessForests}):
 * <pre>
 * # open widget 流程
 * - widget_open()
 *   - widget_lookup()
 * - 完成后进入回调 cb
 *   - 向 reactor 发送 event
 * - widget_open_done()
 * </pre>
 * Once the first item made the implied root, an item in words at the items' column ({@code 完成后进入回调 cb})
 * is the flow's next stage, a step like its siblings, not a new root in words over the items after it; the
 * items under it are its own. An item in words alone under such a step in words ({@code 向 reactor 发送 event}
 * under {@code 完成后进入回调 cb}) is its sub-step, not a remark on it ({@link ItemRemarks}): a remark says
 * what a call does; words under words go on with the flow. Both readings hold only in a block the layout
 * found to be such a flow ({@code BlockShape.WORDED_FLOW}: a title naming the flow, or an {@code in X::f}
 * caption); in any other bullet tree an item in words at the margin starts a root of its own, and words
 * under words are a remark.
 */
final class WordedFlowItems {

    private WordedFlowItems() {
    }

    /**
     * Whether line {@code index}, at the margin under an implied root already made ({@code impliedRoot}), is
     * a step in words led by a fence's bullet, with another item at its column before it.
     */
    static boolean topStep(List<TraceLine> lines, int index, ToIntFunction<TraceLine> lead, boolean impliedRoot) {
        TraceLine l = lines.get(index);
        if (!impliedRoot || l.reading() == null || l.reading().kind() != StepKind.PROSE || lead.applyAsInt(l) != RootlessForests.ITEM) {
            return false;
        }
        for (int k = index - 1; k >= 0; k--) {
            TraceLine o = lines.get(k);
            if (o.isBlank() || o.isCommentOnly() || o.indent() > l.indent()) {
                continue;
            }
            return o.indent() == l.indent() && lead.applyAsInt(o) == RootlessForests.ITEM;
        }
        return false;
    }

    /** Whether {@code above}, the step an item in words stands under, is itself a step in words. */
    static boolean wordsUnderWords(TraceLine above) {
        return above.reading() != null && above.reading().kind() == StepKind.PROSE && above.reading().expression() == null;
    }
}
