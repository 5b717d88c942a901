package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.StepKind;

/**
 * The steps of chains written in words under captions (the layout's {@code WORDED_CHAINS},
 * {@code org.tracenotes.grammar.WordedChainCaptions}): each caption at the block's margin is a root (a one-word {@code name:} too, in words), and each
 * line under it is one step in words, the whole chain its text, nested by its column (a line under a link of
 * the line above is that line's child):
 * <pre>
 * the driver                                                           root
 *     alloc struct my_driver -&gt; call drv_register() -&gt; add to the list   a step in words
 *     walk the device list -&gt; bind_one() -&gt; point dev at the driver     a loop in words ({@code walk …}, {@code 遍历 …})
 *                            -&gt; add dev to its own list                  a step of the line above
 * </pre>
 * A line under a caption is never the wrapped rest of the caption or of the line above, nor a remark on it:
 * the author wrote one step a line. A chain's first link that reads as code ({@code hub -> alloc …} as a
 * member) is words too.
 */
final class WordedChainSteps {

    private WordedChainSteps() {
    }

    /** The block's lines as steps in words under their captions, when {@code chains}; else {@code lines}. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean chains) {
        if (!chains) {
            return lines;
        }
        int column = Integer.MAX_VALUE;
        for (TraceLine l : lines) {
            if (l.reading() != null) {
                column = Math.min(column, l.indent());
            }
        }
        List<TraceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null) {
                continue;
            }
            if (l.indent() == column) {
                if (r.kind() == StepKind.LABEL) {   // `remove:` a caption, a root, not a label nested under the caption before
                    out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                            new StepReader.Reading(StepKind.PROSE, r.text(), null, null, null, null, r.context()), l.range(), l.comments()));
                }
                continue;
            }
            StepReader.Reading words = r.kind() == StepKind.PROSE || r.kind() == StepKind.LOOP ? r   // `遍历 …`: a loop in words
                    : new StepReader.Reading(StepKind.PROSE, r.text(), null, null, null, null, r.context());
            Arrow arrow = l.arrow() == Arrow.NONE ? Arrow.DASH : l.arrow();   // a step of its own, as an arrow leads one
            out.set(i, new TraceLine(l.line(), l.indent(), l.arrow() == Arrow.NONE ? l.indent() : l.textIndent(), arrow, words,
                    l.range(), l.comments()));
        }
        return out;
    }
}
