package org.tracenotes.core.parse;

import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * More of what a step in Chinese words does, read from how its sentence opens or ends, after
 * {@link SentenceKinds}; inline HTML markup an editor leaves in the words ({@code <font color="…">当</font>})
 * is skipped first, so the sentence is read as its words:
 * <pre>
 * 返回 `f` 的返回值。                  a return (returns …)
 * 执行 `might_x` 标注。                a call (runs f); 使用 `get_pos_x` 获取… (uses f) too
 * 在设备开启了通知，并且定义了 `op` 时，调用 … an if (在 … 时， when …)
 * 检查文件是否为目录，如果是则：      an if (checks …, if so:), its body below
 * </pre>
 * 执行 and 使用 make a call only before a code span naming a function (lower case, an {@code _}, no member
 * access): {@code 使用 `dev->mode` 判定…} and {@code 使用 `GFP_X`} stay words. 在 (at, in) is a
 * preposition as often as not: only a 时 that is a word of its own, right before a comma, makes it "when".
 */
final class SentenceOpenings {

    private SentenceOpenings() {
    }

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?>");
    /** A code span naming a function: lower case, an underscore, maybe its parentheses. */
    private static final Pattern FUNCTION_SPAN = Pattern.compile("`[a-z][a-z0-9]*_[a-z0-9_]*(?:\\([^`]*\\))?`.*");
    /**
     * A code span naming a type, not written as a call: C's {@code _t} types and structures
     * ({@code spinlock_t}, {@code task_struct}): 使用 (uses) one of them is no call.
     */
    private static final Pattern TYPE_SPAN = Pattern.compile("`(?:[a-z0-9_]*_t|[a-z0-9_]*struct[a-z0-9_]*)`.*");
    /** A code span holding a bare function name (lower case, an underscore, no parentheses), then words. */
    private static final Pattern NAME_THEN_WORDS = Pattern.compile("`[a-z][a-z0-9]*_[a-z0-9_]*`\\s*([^\\s。，,.;；:：!！]).*");

    /** The kind of a step in words ({@code kind} prose) by its sentence; {@code kind} when nothing says more. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String s = r.text();
        if (s.length() < 3 || s.charAt(0) < 0x3000 && s.charAt(0) != '<') {
            return kind;   // the cheap test: a sentence in Chinese, or markup around it
        }
        if (hasMarkup(s)) {
            s = MARKUP.matcher(s).replaceAll("").strip();
            StepKind k = SentenceKinds.ofSentence(kind, s);
            if (k != kind) {
                return k;
            }
        }
        if (s.length() < 3 || s.charAt(0) < 0x3000) {
            return kind;   // the cheap test: a sentence in Chinese
        }
        char c0 = s.charAt(0);
        char c1 = s.charAt(1);
        if (c0 == '\u8FD4' && c1 == '\u56DE' && spanAfter(s, 2) && !goesBackTo(s.substring(firstNonBlank(s, 2)))) {   // 返回 `x`
            return StepKind.RETURN;
        }
        boolean run = c0 == '\u6267' && c1 == '\u884C';   // 执行
        boolean use = c0 == '\u4F7F' && c1 == '\u7528';   // 使用
        if ((run || use) && spanAfter(s, 2)) {
            String span = s.substring(firstNonBlank(s, 2));
            if (FUNCTION_SPAN.matcher(span).matches() && (run || !TYPE_SPAN.matcher(span).matches())) {
                return StepKind.CALL;
            }
        }
        if (c0 == '\u5728' && whenBeforeComma(s)) {   // 在 … 时，
            return StepKind.IF;
        }
        int last = s.length() - 1;
        if ((s.charAt(last) == '\uFF1A' || s.charAt(last) == ':') && ConditionWords.endsWithIfSo(s)) {
            return StepKind.IF;
        }
        return kind;
    }

    /**
     * Whether {@code span}, the code span after 返回 and what follows it, says "go back to" a function rather
     * than "return": a bare function name followed by words other than its value ({@code 返回 `do_read_x`
     * 继续看}); {@code 返回 `flush_x` 的返回值}, {@code 返回 `0`}, {@code 返回 `ret`。} are returns.
     */
    private static boolean goesBackTo(String span) {
        java.util.regex.Matcher m = NAME_THEN_WORDS.matcher(span);
        return m.matches() && m.group(1).charAt(0) != '\u7684';   // 的: its value, its result
    }

    /** Whether {@code s} holds markup: a {@code <} followed by a letter or {@code /}. */
    private static boolean hasMarkup(String s) {
        for (int i = s.indexOf('<'); i >= 0 && i + 1 < s.length(); i = s.indexOf('<', i + 1)) {
            char c = s.charAt(i + 1);
            if (c == '/' || c < 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a code span opens at {@code p}, past blanks. */
    private static boolean spanAfter(String s, int p) {
        int q = firstNonBlank(s, p);
        return q < s.length() && s.charAt(q) == '`';
    }

    private static int firstNonBlank(String s, int p) {
        while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\t')) {
            p++;
        }
        return p;
    }

    /**
     * Whether a 时 that is a word of its own stands right before a comma, outside code spans, in the clause
     * 在 opens: the clause ends at its first comma, as 当's does ({@link SentenceKinds}), unless the next
     * clause goes on with the condition ({@code 并且}, {@code 而且}, {@code 或者}: 在 A，并且 B 时，); a version
     * number in it ({@code 在 5.10 版本时}) makes it a point in time, no condition.
     */
    private static boolean whenBeforeComma(String s) {
        boolean code = false;
        for (int k = 2; k + 1 < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '`') {
                code = !code;
            } else if (code) {
                continue;
            } else if (c == '\u3002' || (c == '\uFF0C' || c == ',') && !goesOnWithCondition(s, k + 1)) {
                return false;   // the clause ended without a "when"
            } else if (c == '.' && k > 0 && Character.isDigit(s.charAt(k - 1)) && Character.isDigit(s.charAt(k + 1))) {
                return false;   // a version: 在 5.10 版本时
            } else if ((SentenceKinds.timeWord(s, k) || c == '\u540E' && s.charAt(k - 1) != '\u6700' && colonAt(s, k + 1)) && (s.charAt(k + 1) == '\uFF0C' || s.charAt(k + 1) == ',' || colonAt(s, k + 1))) {   // also 在 X 时: f(), 在 X 后: f()
                return true;
            }
        }
        return false;
    }

    private static boolean colonAt(String s, int k) {
        return s.charAt(k) == ':' || s.charAt(k) == '\uFF1A';
    }

    /** Whether the clause at {@code p} (past blanks) goes on with the condition before it: 并且, 而且, 或者 (and, or). */
    private static boolean goesOnWithCondition(String s, int p) {
        int q = firstNonBlank(s, p);
        return s.startsWith("\u5E76\u4E14", q) || s.startsWith("\u800C\u4E14", q) || s.startsWith("\u6216\u8005", q);
    }
}
