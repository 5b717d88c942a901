package org.tracenotes.core.parse;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.LocatedSteps;

/**
 * The step a location chain names ({@link LocatedSteps}: {@code kernel/fork.c:copy_process:sched_fork:2618 # note}):
 * its last part that is no line number, read as code ({@code percpu_down_read(sem)} a call, {@code ss->attach} a
 * call through the pointer), or, when that part is no code as a whole ({@code trylock/block}, two names for the
 * same place), a call of the name it starts with. The step keeps its whole text.
 */
final class LocatedStepCalls {

    private LocatedStepCalls() {
    }

    /** The reading of {@code text}, a location chain whose step starts at index {@code step}; never null. */
    static StepReader.Reading read(String text, int step, SourceRange r, ParserRuleContext context) {
        int end = LocatedSteps.stepEnd(text, step);
        StepReader.Reading code = CodeInProse.read(text.substring(step, end), at(r, step, end), context);
        if (code != null && code.kind() != StepKind.PROSE) {
            return new StepReader.Reading(code.kind(), text, code.expression(), code.inline(), code.label(), code.declaredType(), context);
        }
        int name = step;
        while (name < end && PlainTextCalls.isNamePart(text.charAt(name))) {
            name++;
        }
        Expr.Name callee = new Expr.Name(text.substring(step, name), at(r, step, name));
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Call(callee, List.of(), r), null, null, null, context);
    }

    /** The range of characters [from, to) of the step's text at {@code r}. */
    private static SourceRange at(SourceRange r, int from, int to) {
        return new SourceRange(r.line(), r.column() + from, r.line(), r.column() + to, r.offset() + from, r.offset() + to);
    }
}
