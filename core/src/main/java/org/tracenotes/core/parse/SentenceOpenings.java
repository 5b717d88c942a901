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
    /** 如果是则：, 若是：, 如果是的话，… at the end: if so, what follows below. */
    private static final Pattern IF_SO = Pattern.compile("(?:如果|若)是(?:的话)?[，,]?则?[:：]\\s*$");
    /** A code span naming a function: lower case, an underscore, maybe its parentheses. */
    private static final Pattern FUNCTION_SPAN = Pattern.compile("`[a-z][a-z0-9]*_[a-z0-9_]*(?:\\([^`]*\\))?`.*");

    /** The kind of a step in words ({@code kind} prose) by its sentence; {@code kind} when nothing says more. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String s = r.text();
        if (s.indexOf('<') >= 0) {   // the cheap test: markup opens with <
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
        if (c0 == '\u8FD4' && c1 == '\u56DE' && spanAfter(s, 2)) {   // 返回 `x`
            return StepKind.RETURN;
        }
        if ((c0 == '\u6267' && c1 == '\u884C' || c0 == '\u4F7F' && c1 == '\u7528')   // 执行, 使用
                && spanAfter(s, 2) && FUNCTION_SPAN.matcher(s.substring(firstNonBlank(s, 2))).matches()) {
            return StepKind.CALL;
        }
        if (c0 == '\u5728' && whenBeforeComma(s)) {   // 在 … 时，
            return StepKind.IF;
        }
        int last = s.length() - 1;
        if ((s.charAt(last) == '\uFF1A' || s.charAt(last) == ':') && IF_SO.matcher(s).find()) {
            return StepKind.IF;
        }
        return kind;
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

    /** Whether a 时 that is a word of its own stands right before a comma, outside code spans, before the sentence's end. */
    private static boolean whenBeforeComma(String s) {
        boolean code = false;
        for (int k = 2; k + 1 < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '`') {
                code = !code;
            } else if (!code && c == '\u3002') {
                return false;   // the sentence ended without a "when"
            } else if (!code && SentenceKinds.timeWord(s, k) && (s.charAt(k + 1) == '\uFF0C' || s.charAt(k + 1) == ',')) {
                return true;
            }
        }
        return false;
    }
}
