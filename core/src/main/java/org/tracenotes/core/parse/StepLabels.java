package org.tracenotes.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;

/**
 * A label in brackets before a step's text ({@code [Step 3] probe_bus()}, {@code [2] kgdb_panic(buf)},
 * {@code [步骤 4] …}): the author numbers the steps; the label is not what the step does, the text after it
 * is. A step whose text after its label is code is read as that code (a call, an assignment); one whose
 * text after it is words stays words. Two calls joined by {@code +} after a label ({@code [2] f() + g()}) are
 * the steps done, f then g: the step is read as the call to f.
 */
final class StepLabels {

    /** A bracketed step number: an optional word (Step, 步骤, 第…步), digits, the bracket, a blank. */
    private static final Pattern LABEL = Pattern.compile("\\[\\s*(?:[Ss]tep|STEP|步骤|第)?\\s*\\d{1,3}\\s*(?:步)?\\]\\s+");

    private StepLabels() {
    }

    /** The step the text after a leading step label says when it is code, or null (no label, or words after it). */
    static StepReader.Reading read(String text, SourceRange range, ParserRuleContext context) {
        if (text.length() < 4 || text.charAt(0) != '[') {
            return null;   // the cheap test
        }
        Matcher m = LABEL.matcher(text);
        if (!m.lookingAt() || m.end() == text.length()) {
            return null;
        }
        String rest = text.substring(m.end());
        StepReader.Reading code = CodeInProse.read(rest, range, context);
        int plus = code == null ? rest.indexOf(" + ") : -1;
        if (plus > 0) {
            code = CodeInProse.read(rest.substring(0, plus).strip(), range, context);   // `f() + g()`: f and g, f first
            code = code != null && code.kind() == StepKind.CALL ? code : null;
        }
        return code == null ? null
                : new StepReader.Reading(code.kind(), text, code.expression(), code.inline(), code.label(), code.declaredType(), context);
    }
}
