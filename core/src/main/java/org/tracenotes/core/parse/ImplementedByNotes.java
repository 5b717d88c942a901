package org.tracenotes.core.parse;

import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;

/**
 * A call with a note that says which hook it implements, joined by a two-way arrow
 * ({@code ram_save_setup<==>se->ops->save_live_setup}, {@code ext4_read <=> f_op->read}, {@code f() <-> ops.g}):
 * the step is the call before the arrow; what follows names the same function by the pointer it is reached
 * through. C has no {@code <==>} nor {@code <=>} between two names; {@code <->} is read only after a name.
 */
final class ImplementedByNotes {

    private ImplementedByNotes() {
    }

    /** The call before a two-way arrow in {@code text}, the whole text kept, or null when there is none. */
    static StepReader.Reading read(String text, SourceRange range, ParserRuleContext context) {
        int arrow = text.indexOf("<=");
        int end = arrow < 0 ? -1 : text.startsWith("<==>", arrow) ? arrow + 4 : text.startsWith("<=>", arrow) ? arrow + 3 : -1;
        if (end < 0) {
            arrow = text.indexOf("<->");
            end = arrow < 0 ? -1 : arrow + 3;
        }
        if (arrow < 1 || end >= text.length()) {
            return null;   // the cheap test: no two-way arrow after something
        }
        String before = text.substring(0, arrow).strip();
        String after = text.substring(end).strip();
        if (before.isEmpty() || after.isEmpty() || !Character.isJavaIdentifierStart(after.charAt(0))) {
            return null;
        }
        StepReader.Reading call = CodeInProse.read(before, range, context);
        return call == null || call.kind() != StepKind.CALL ? null
                : new StepReader.Reading(StepKind.CALL, text, call.expression(), null, null, null, context);
    }
}
