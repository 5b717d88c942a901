package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.StepKind;

/**
 * A step that is the word {@code Return} alone, capitalised as a sentence starts it,
 * closing a body in a drawn tree: the function returns there, a return step, not a call of a function named
 * {@code Return}. A C {@code return} is read as a return already; this reads its capitalised spelling the same way.
 * <pre>
 * widget_register()
 *   ├→ widget_add()
 *   └→ Return            a return
 * </pre>
 * Only a step after the block's first one (a lone {@code Return} opening a block is a title), with nothing after
 * the word: {@code Return value}, {@code Return to caller}, {@code Returns} and an all-caps {@code RETURN} (a state's
 * or a macro's name) stay as they were read.
 */
final class WordReturns {

    private WordReturns() {
    }

    /** The block's lines with each such step read as a return. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        boolean stepSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null) {
                continue;
            }
            if (!stepSeen || r.kind() != StepKind.CALL || !isReturnWord(r.text())) {
                stepSeen = true;
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                    new StepReader.Reading(StepKind.RETURN, r.text(), null, null, null, null, r.context()),
                    l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }

    private static boolean isReturnWord(String text) {
        return text.strip().equals("Return");
    }
}
