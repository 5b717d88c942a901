package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Arrow;

/**
 * Bullets listing, in a fence, what the {@code ->} step above them does (the layout's
 * {@code ARROW_STEP_BULLETS}, {@code org.tracenotes.grammar.ArrowStepBullets}, which made their bullets margins):
 * <pre>
 * -&gt; pump_stop_all (drivers/pump/core.c)
 *    - pump_send_all(STOP_VECTOR) (vec 0xf3)
 *    - pump_send_all(NMI_VECTOR)
 * -&gt; pump_park (drivers/pump/park.c)
 * </pre>
 * Items stand at their bullet's column ({@link SkippedMargins#itemColumns}), here often the step's text
 * column, where plain code would be the caller's next statement; each item is read one column right of its
 * bullet instead, so that it is a call of the step above it, and an item under an item a call of that one,
 * as the author nests them. The {@code ->} lines keep their columns.
 */
final class ArrowStepBulletDepths {

    private ArrowStepBulletDepths() {
    }

    /** The block's lines with each item whose bullet the lexer skipped one column right of it, when {@code bullets}. */
    static List<TraceLine> apply(List<TraceLine> lines, SourceText source, boolean bullets) {
        if (!bullets) {
            return lines;
        }
        List<TraceLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            TraceLine l = out.get(i);
            if (l.arrow() != Arrow.NONE || l.reading() == null || l.textIndent() <= l.indent() || !item(source.line(l.line()))) {
                continue;   // an arrow step, a comment, or a `- x` the lexer read as its text
            }
            out.set(i, new TraceLine(l.line(), l.indent() + 1, l.textIndent(), l.arrow(), l.reading(), l.range(), l.comments()));
        }
        return out;
    }

    /** Whether the line, past blanks, starts with a {@code -} and a blank: a dash item. */
    private static boolean item(String text) {
        String s = text.stripLeading();
        return s.length() > 1 && s.charAt(0) == '-' && (s.charAt(1) == ' ' || s.charAt(1) == '\t');
    }
}
