package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;

/**
 * The frames of a call stack pasted in innermost first (grammar's {@code PastedStacks}), once
 * {@link CopiedStackChains} has turned the block bottom up, read as the author reads them:
 * <pre>
 * scsi_end_requeue+0x116/0x1e0      a call of scsi_end_requeue, called by the frame below
 * blk_done_softirq+0x8e/0xc0
 * __do_softirq+0xd9/0x2c4           the outermost frame: the root
 *
 *  =&gt; do_writepagex                 an ftrace frame: a call of do_writepagex
 *  =&gt; ksys_sync                     its bottom frame is the stack's root, its arrow only the dump's dress
 * </pre>
 * A frame's {@code +0x116/0x1e0} (where in the function the call was made) and {@code [module]} are residue of
 * the dump: the frame is a call of the function it names, not an expression. The block's first line once turned
 * (the bottom frame) loses the arrow the dump printed before every frame, so that it is the root.
 */
final class PastedStackFrames {

    /** A frame with its offset: the name, {@code +0x../0x..}, a module perhaps. */
    private static final Pattern OFFSET_FRAME =
            Pattern.compile("^([A-Za-z_][\\w]*(?:\\.[\\w]+)*)(?:\\(\\))?\\+0x[0-9a-fA-F]+/0x[0-9a-fA-F]+(?:\\s*\\[[^\\]]*\\])?\\s*$");

    private PastedStackFrames() {
    }

    /** {@code lines} (turned bottom up) with such frames read as calls and the arrow of the first step dropped. */
    static List<TraceLine> apply(List<TraceLine> lines, boolean stack) {
        if (!stack) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        boolean first = true;
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            StepReader.Reading r = l.reading();
            if (r == null) {
                continue;
            }
            Matcher m = OFFSET_FRAME.matcher(r.text().strip());
            if (m.matches()) {
                Expr.Name name = new Expr.Name(m.group(1), l.range());
                r = new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(name, List.of(), l.range()), null, null, null,
                        r.context());
            }
            Arrow arrow = first && l.indent() == 0 ? Arrow.NONE : l.arrow();
            if (r != l.reading() || arrow != l.arrow()) {
                out.set(i, new TraceLine(l.line(), l.indent(), arrow == l.arrow() ? l.textIndent() : l.indent(), arrow, r,
                        l.range(), l.comments()));
            }
            first = false;
        }
        return out;
    }
}
