package org.tracenotes.core.parse;

import java.util.List;
import org.tracenotes.core.model.StepKind;

/**
 * The if an alternative ({@code -> else}, {@code -> else if (…)}) belongs to: the if whose chain is still
 * open as the last step among its siblings (a lone brace between skipped), or else a condition written
 * without its {@code if} ({@code => flags & LOG_DIRTY} … {@code => else}), which becomes that if.
 */
final class IfChains {

    private IfChains() {
    }

    /** The head of the chain an alternative among {@code siblings} joins, or null when no if is open. */
    static StepNode headFor(List<StepNode> siblings) {
        StepNode head = openChain(siblings);
        if (head == null && (head = AuthorLayout.conditionWithoutIf(siblings)) != null) {
            head.kind = StepKind.IF;   // a condition written without its `if`
        }
        return head;
    }

    /** The if whose chain is still open as the last of {@code siblings} (a lone brace between is skipped). */
    static StepNode openChain(List<StepNode> siblings) {
        for (int i = siblings.size() - 1; i >= 0; i--) {
            StepNode s = siblings.get(i);
            if (s.kind == StepKind.BRACE) {
                continue;
            }
            StepNode head = s.chainHead != null ? s.chainHead : s;
            return head.kind == StepKind.IF && !s.chainClosed() ? head : null;
        }
        return null;
    }
}
