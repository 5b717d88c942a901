package org.tracenotes.core.parse;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.Expr;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;

/**
 * A step that names its callee qualified by where it lives, a form the expression grammar does not read:
 * {@code drivers/base/core.c::device_add}, {@code fs/x.c::f(arg)} (that file's function, called),
 * {@code struct bus_type::probe} (that member, called through the structure), and
 * {@code ops::set_mux = drivers/y.c::y_set_mux} (the member called, landing in the function named on the
 * right). Each is a call of the name after the qualifier's last {@code ::}; the step keeps its text.
 * So is a call led by its source file and a {@code -} or a {@code :} ({@code mm/mmap.c - find_vma()},
 * {@code mm/mmap.c: find_vma(mm, addr)}), which the expression grammar reads as a subtraction or words.
 */
final class QualifiedCalls {

    /** A qualifier of path characters ending in {@code ::}, after an optional {@code struct}/{@code union}. */
    private static final String QUALIFIER = "(?:(?:struct|union)\\s+)?[\\w./-]*[\\w.]::(?:[\\w./-]*[\\w.]::)*";
    private static final Pattern QUALIFIED_CALL = Pattern.compile(
            "^" + QUALIFIER + "([A-Za-z_]\\w*)\\s*(?:\\(.*\\))?\\s*;?"
            + "(?:\\s*=\\s*(?:" + QUALIFIER + ")?[A-Za-z_]\\w*\\s*;?)?$");

    /** A C source's path with a {@code /}, a {@code -} or {@code :} between blanks, then a call or a name. */
    private static final Pattern FILE_LED_CALL = Pattern.compile(
            "^[\\w.-]*(?:/[\\w.-]+)+\\.[chS]\\s*(?::|\\s-)\\s*([A-Za-z_]\\w*)\\s*(?:\\(.*\\))?\\s*;?$");

    private QualifiedCalls() {
    }

    /**
     * The call a qualified step makes, or null when {@code text} is no such step (the first test: it holds
     * {@code ::}).
     */
    static StepReader.Reading read(String text, SourceRange r, ParserRuleContext context) {
        if (text.indexOf("::") < 0) {
            return null;
        }
        return call(QUALIFIED_CALL.matcher(text), text, r, context);
    }

    /**
     * The call a step led by its file makes ({@code mm/mmap.c - find_vma()}), or null when {@code text} is
     * no such step (the first test: a {@code /} before a {@code .c}, {@code .h} or {@code .S} and a blank).
     */
    static StepReader.Reading readFileLed(String text, SourceRange r, ParserRuleContext context) {
        int slash = text.indexOf('/');
        if (slash <= 0 || text.indexOf(' ') < slash) {
            return null;
        }
        return call(FILE_LED_CALL.matcher(text), text, r, context);
    }

    private static StepReader.Reading call(Matcher m, String text, SourceRange r, ParserRuleContext context) {
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
