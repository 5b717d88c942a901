package org.tracenotes.core.parse;

import java.util.ArrayList;
import java.util.List;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.CodeLinks;

/**
 * A step written as a Markdown link to the function's source ({@code [Pump::prime][prime_link]},
 * {@code [**native Pump#prime**](url)}, {@code [pump_prime](url)（remark）}): a call of the name the link's text
 * ends with ({@link CodeLinks}); the link's target and a remark after it are no part of the step. A link whose
 * text is words ({@code [see the docs](url)}) stays as it was read.
 */
final class LinkedStepCalls {

    private LinkedStepCalls() {
    }

    /** The block's lines with each step that is such a link read as the call it names. */
    static List<TraceLine> apply(List<TraceLine> lines) {
        List<TraceLine> out = null;
        for (int i = 0; i < lines.size(); i++) {
            TraceLine l = lines.get(i);
            StepReader.Reading r = l.reading();
            if (r == null || r.kind() == StepKind.CALL || r.text().isEmpty() || r.text().charAt(0) != '[') {
                continue;   // the cheap test: most steps are no link
            }
            String name = CodeLinks.linkedName(r.text());
            if (name == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(lines);
            }
            Expr.Name callee = new Expr.Name(name, l.range());
            out.set(i, new TraceLine(l.line(), l.indent(), l.textIndent(), l.arrow(),
                    new StepReader.Reading(StepKind.CALL, r.text(), new Expr.Call(callee, List.of(), l.range()), null, null, null, r.context()),
                    l.range(), l.comments()));
        }
        return out == null ? lines : out;
    }
}
