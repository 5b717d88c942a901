package org.tracenotes.core.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.tracenotes.core.model.SourceRange;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.StepTags;

/**
 * A label in brackets before a step's text ({@code [Step 3] probe_bus()}, {@code [2] kgdb_panic(buf)},
 * {@code [步骤 4] …}), or tags them in capitals ({@code [BUG-1] f()}, {@code [WINDOW] g}, {@link StepTags}): the author numbers or points out the steps; the label is not what the step does, the text after it
 * is. A step whose text after its label is code is read as that code (a call, an assignment); one whose
 * text after it is words stays words. Two calls joined by {@code +} after a label ({@code [2] f() + g()}) are
 * the steps done, f then g: the step is read as the call to f.
 *
 * <p>So are a sub-step's number in parentheses ({@code （2）调用 f()}, {@code (3) 若…}): the step is what
 * follows it, read as any step is; and a label in words ending with a colon before a statement
 * ({@code 注册设备：dev_add(d);}, {@code 设置回调：ops->cb = f;}): the step is that call or assignment. Words
 * after the colon ({@code 注意：foo_bar 是宏}) are no statement; the step stays words. So is a statement followed by
 * words ({@code 初始化：kmalloc(size) 可能失败}): only a whole statement after the colon is the step. A remark's label
 * ({@link RemarkWords}: {@code 注意：kmalloc(size);}) is no step label: what follows is said about the step above.
 */
final class StepLabels {

    /** A bracketed step number: an optional word (Step, 步骤, 第…步), digits, the bracket, a blank. */
    private static final Pattern LABEL = Pattern.compile("\\[\\s*(?:[Ss]tep|STEP|步骤|第)?\\s*\\d{1,3}\\s*(?:步)?\\]\\s+");

    /** A sub-step's number in parentheses, ASCII or full width, and the blanks after it. */
    private static final Pattern SUB_NUMBER = Pattern.compile("^[(\uFF08]\\d{1,2}[)\uFF09]\\s*");
    /** A statement opening words: a name with members, then a call's parenthesis or an assignment's {@code =}. */
    private static final Pattern STATEMENT = Pattern.compile("^[A-Za-z_][\\w]*+(?:(?:->|\\.)[A-Za-z_]\\w*+)*\\s*(?:\\(|[-+*/|&]?=(?!=))");

    private StepLabels() {
    }

    /** The text after a sub-step's number ({@code （2）…}, {@code (3) …}), or null when the text opens with none or is only one. */
    static String afterSubNumber(String text) {
        if (text.length() < 4 || text.charAt(0) != '(' && text.charAt(0) != '\uFF08') {
            return null;   // the cheap test
        }
        Matcher m = SUB_NUMBER.matcher(text);
        return m.lookingAt() && m.end() < text.length() ? text.substring(m.end()) : null;
    }

    /** {@code r}, the reading of the text after a sub-step's number, with the whole {@code text} as its text. */
    static StepReader.Reading relabelled(StepReader.Reading r, String text) {
        return new StepReader.Reading(r.kind(), text, r.expression(), r.inline(), r.label(), r.declaredType(), r.context());
    }

    /** The statement after a label in words ending with a colon ({@code 注册设备：dev_add(d);}), or null. */
    private static StepReader.Reading afterWordsLabel(String text, SourceRange range, ParserRuleContext context) {
        int colon = text.indexOf('\uFF1A');
        if (colon < 1 || text.charAt(0) < 0x3000 || text.lastIndexOf('`', colon) >= 0) {
            return null;   // the label opens in Chinese and holds no code span
        }
        String rest = text.substring(colon + 1).strip();
        Matcher statement = STATEMENT.matcher(rest);
        if (!statement.lookingAt() || !wholeStatement(rest, statement.end())
                || RemarkWords.isRemarkLabel(text.substring(0, colon))) {
            return null;
        }
        StepReader.Reading code = CodeInProse.read(rest, range, context);
        return code == null ? null
                : new StepReader.Reading(code.kind(), text, code.expression(), code.inline(), code.label(), code.declaredType(), context);
    }

    /**
     * Whether {@code rest}, whose statement opening ends at {@code opened}, is that statement and nothing else: a
     * call's argument list closes at the end (a {@code ;} may follow, then nothing or a trailing note after a tab or two
     * blanks), an assignment's value holds no
     * words in Chinese after it.
     */
    private static boolean wholeStatement(String rest, int opened) {
        if (rest.charAt(opened - 1) != '(') {
            for (int i = opened; i < rest.length(); i++) {
                if (rest.charAt(i) >= 0x3000) {
                    return false;
                }
            }
            return true;
        }
        int depth = 1;
        int i = opened;
        while (i < rest.length() && depth > 0) {
            char c = rest.charAt(i++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        while (i < rest.length() && rest.charAt(i) == ';') {
            i++;
        }
        int blanks = i;
        while (blanks < rest.length() && Character.isWhitespace(rest.charAt(blanks))) {
            blanks++;
        }
        // the statement ends the line, or a trailing note follows it after a tab or two blanks (README, "Trailing notes")
        return depth == 0 && (blanks == rest.length() || rest.charAt(i) == '\t' || blanks - i >= 2);
    }

    /** The step the text after a leading step label says when it is code, or null (no label, or words after it). */
    static StepReader.Reading read(String text, SourceRange range, ParserRuleContext context) {
        if (text.length() >= 4 && text.charAt(0) >= 0x3000) {
            return afterWordsLabel(text, range, context);   // `注册设备：dev_add(d);`
        }
        if (text.length() < 4 || text.charAt(0) != '[') {
            return null;   // the cheap test
        }
        Matcher m = LABEL.matcher(text);
        int after = m.lookingAt() ? m.end() : StepTags.pastTag(text, 0);   // `[BUG-1] f()`: a tag pointing the step out
        if (after == 0 || after == text.length()) {
            return null;
        }
        String rest = text.substring(after);
        StepReader.Reading code = QualifiedCalls.read(rest, range, context);   // `[WARN] mm/x.c:f:12`
        code = code == null ? CodeInProse.read(rest, range, context) : code;
        int plus = code == null ? rest.indexOf(" + ") : -1;
        if (plus > 0) {
            code = CodeInProse.read(rest.substring(0, plus).strip(), range, context);   // `f() + g()`: f and g, f first
            code = code != null && code.kind() == StepKind.CALL ? code : null;
        }
        return code == null ? null
                : new StepReader.Reading(code.kind(), text, code.expression(), code.inline(), code.label(), code.declaredType(), context);
    }
}
