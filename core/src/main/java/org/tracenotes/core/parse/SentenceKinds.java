package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * What a step in Chinese words does when its sentence opens with what it does: {@code 调用 `f` …} (calls
 * {@code f}, also {@code 调用返回 `long f(…)`}) is a call, its body the callee's steps; {@code 当 … 时 …}
 * (when …, then …) is an if, what the sentence does and the steps under it done under that condition.
 * <pre>
 * 1. 调用 `dev_get` 取得设备。          a call
 * 2. 当 `dev->busy` 时调用 `dev_wait` 。  an if
 * </pre>
 */
final class SentenceKinds {

    private SentenceKinds() {
    }

    /** The kind of a step in words whose sentence opens with a call word and a code span, or with 当…时; else {@code kind}. */
    static StepKind of(StepKind kind, TraceLine line) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE || r == null) {
            return kind;
        }
        String s = r.text();
        if (s.isEmpty() || s.charAt(0) != '\u8C03' && s.charAt(0) != '\u5F53') {
            return kind;   // the cheap test: the sentence opens with 调 or 当
        }
        if (s.startsWith("\u8C03\u7528")) {   // 调用
            int p = 2;
            if (s.startsWith("\u8FD4\u56DE", p)) {   // 调用返回: calls and returns what it returns
                p += 2;
            }
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            return p < s.length() && s.charAt(p) == '`' ? StepKind.CALL : kind;
        }
        if (s.charAt(0) == '\u5F53') {   // 当 … 时: when …
            int when = s.indexOf('\u65F6');
            int stop = s.indexOf('\u3002');
            return when > 1 && (stop < 0 || when < stop) ? StepKind.IF : kind;
        }
        return kind;
    }
}
