package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.LocatedSteps;
import org.tracenotes.grammar.SourceLocation;

/**
 * A step that names its callee qualified by where it lives, a form the expression grammar does not read:
 * {@code drivers/base/core.c::device_add}, {@code fs/x.c::f(arg)} (that file's function, called),
 * {@code struct bus_type::probe} (that member, called through the structure), and
 * {@code ops::set_mux = drivers/y.c::y_set_mux} (the member called, landing in the function named on the
 * right), and a name after its file's location and a separator ({@code mm/zone.c - init_zone()},
 * {@code mm/zone.c: init_zone()}, {@code mm/zone.c:120 init_zone()}), and a location chain's step
 * ({@code kernel/fork.c:copy_process:sched_fork:2618}, {@link LocatedStepCalls}). Each is a call of the name after the qualifier; the step keeps its text.
 */
final class QualifiedCalls {

    /** A qualifier of path characters ending in {@code ::}, after an optional {@code struct}/{@code union}. */
    private static final String QUALIFIER = "(?:(?:struct|union)\\s+)?[\\w./-]*[\\w.]::(?:[\\w./-]*[\\w.]::)*";
    private static final Pattern QUALIFIED_CALL = Pattern.compile(
            "^" + QUALIFIER + "([A-Za-z_]\\w*)\\s*(?:\\(.*\\))?\\s*;?"
            + "(?:\\s*=\\s*(?:" + QUALIFIER + ")?[A-Za-z_]\\w*\\s*;?)?$");

    /**
     * The call after a leading location ({@code SourceLocation#pastLeadingLocation}): a name that reads as code
     * (an underscore, or its argument list follows) or a name alone, ending the line or set off from a note by a
     * tab or two blanks ({@code postgres.c:PostmasterMain  starts the server}): C never writes a file, a colon
     * and a name, so the name is the function it holds. A note may follow ({@code f() = g()}, words); a word
     * and a blank ({@code mm/x.c: the zone code}) is a remark.
     */
    private static final Pattern LOCATED_CALL = Pattern.compile(
            "([A-Za-z_]\\w*)(?:(?<=_\\w{0,80})|(?=\\s*\\()|(?=\\s*$|\\s{2}|\\t))\\s*(?:\\([^()]*(?:\\([^()]*\\)[^()]*)*\\))?\\s*;?(?:\\s.*)?");

    private QualifiedCalls() {
    }

    /**
     * The call a qualified step makes, or null when {@code text} is no such step (the first test: it holds
     * {@code ::}).
     */
    static StepReader.Reading read(String text, SourceRange r, ParserRuleContext context) {
        Matcher m;
        if (text.indexOf("::") >= 0) {
            m = QUALIFIED_CALL.matcher(text);
        } else if (text.indexOf('.') < 0) {
            return null;   // a leading location names a source file: it has an extension's dot
        } else {
            int chained = LocatedSteps.chainedStep(text, 0);   // `fs/x.c:caller:callee:12`: the callee
            if (chained >= 0) {
                return LocatedStepCalls.read(text, chained, r, context);
            }
            int at = Math.max(SourceLocation.pastLeadingLocation(text, 0), LocatedSteps.afterNumberedPath(text, 0));
            if (at == 0) {
                return null;
            }
            m = LOCATED_CALL.matcher(text).region(at, text.length());
        }
        if (!m.matches()) {
            return null;
        }
        int from = m.start(1);
        int to = m.end(1);
        SourceRange at = new SourceRange(r.line(), r.column() + from, r.line(), r.column() + to,
                r.offset() + from, r.offset() + to);
        return new StepReader.Reading(StepKind.CALL, text, new Expr.Call(new Expr.Name(m.group(1), at), List.of(), r),
                null, null, null, context);
    }
}
