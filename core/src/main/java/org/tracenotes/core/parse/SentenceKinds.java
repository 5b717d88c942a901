package org.tracenotes.core.parse;

import org.tracenotes.core.model.StepKind;

/**
 * What a step in Chinese words does when its sentence opens with what it does: {@code 调用 `f` …} (calls
 * {@code f}, also {@code 调用返回 `long f(…)`}) is a call, its body the callee's steps; {@code 当 … 时 …}
 * (when …, then …) is an if, what the sentence does and the steps under it done under that condition.
 * In plain text, without code spans, 调用 right before the code it runs ({@code 调用f(x);},
 * {@code 调用ret = f(x);}, {@code …，继续调用f}) is that code's step ({@link PlainTextCalls}).
 * <pre>
 * 1. 调用 `dev_get` 取得设备。          a call
 * 2. 当 `dev->busy` 时调用 `dev_wait` 。  an if
 * 3. 然后调用 `dev_put` 。             a call: a word of order (首先, 然后, 接着, 最后, 之后) may open it
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
        String numbered = StepLabels.afterSubNumber(r.text());   // `（2）当 … 时`: the sentence after a sub-step's number
        return ofSentence(CodeSpanAssignments.of(kind, r.text()), numbered == null ? r.text() : numbered);
    }

    /** The kind of a step in words whose sentence, without markup, is {@code s} ({@link #of}); {@code kind} is prose. */
    static StepKind ofSentence(StepKind kind, String s) {
        if (s.isEmpty()) {
            return kind;
        }
        int order = SEQUENCE_FIRST.indexOf(s.charAt(0)) >= 0 ? orderWordEnd(s) : 0;
        if (order > 0 && s.startsWith("\u8C03\u7528", order)) {
            return ofSentence(kind, s.substring(order));   // 首先调用 `f`
        }
        if (s.startsWith("\u8C03\u7528")) {   // 调用
            int p = 2;
            if (s.startsWith("\u8FD4\u56DE", p)) {   // 调用返回: calls and returns what it returns
                p += 2;
            }
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            if (p < s.length() && s.charAt(p) == '`') {
                return StepKind.CALL;
            }
        } else if (s.charAt(0) == '\u5F53') {
            return opensWithWhen(s) ? StepKind.IF : kind;
        }
        StepKind plain = s.indexOf("\u8C03\u7528") >= 0 ? PlainTextCalls.kindOf(s) : null;
        return plain != null ? plain : kind;
    }

    /** The first characters of the words of order that may open a call's sentence: 首先, 然后, 接着, 最后, 之后. */
    private static final String SEQUENCE_FIRST = "\u9996\u7136\u63A5\u6700\u4E4B";
    private static final String[] SEQUENCE_WORDS = {"\u9996\u5148", "\u7136\u540E", "\u63A5\u7740", "\u6700\u540E",
            "\u4E4B\u540E"};

    /** Where a word of order opening {@code s} ends, past a comma and blanks after it; 0 when none opens it. */
    private static int orderWordEnd(String s) {
        for (String w : SEQUENCE_WORDS) {
            if (s.startsWith(w)) {
                int p = w.length();
                while (p < s.length() && (s.charAt(p) == ' ' || s.charAt(p) == '\uFF0C' || s.charAt(p) == ',')) {
                    p++;
                }
                return p;
            }
        }
        return 0;
    }

    /** Characters that make a word with 当 (当前 now, 当然 of course, 当中 among …): no "when" then. */
    private static final String WORDS_WITH_WHEN = "\u524D\u7136\u4E2D\u521D\u5730\u5E74\u5929\u65F6\u65E5\u4ECA"
            + "\u665A\u573A\u4E0B\u5373\u505A\u4F5C\u6210\u5FC3\u9009\u4EE3\u9762\u5C40\u4E8B\u52A1\u6743\u771F";
    /** Characters before 时 that make a word with it (同时 at once, 此时 now, 及时 in time …). */
    private static final String BEFORE_TIME_WORD = "\u540C\u6B64\u53CA\u6682\u4E34\u6309\u51C6\u5E73\u6709\u90A3\u8FD9\u5F7C\u5C4A\u5F53\u9002";
    /** Characters after 时 that make a word with it (时间 time, 时刻 moment, 时钟 clock …). */
    private static final String AFTER_TIME_WORD = "\u95F4\u523B\u671F\u949F\u5E8F\u4EE3\u533A\u957F\u6548\u5149";

    /**
     * Whether the sentence opens a condition, 当 … 时 (when …): 当 not starting a word (当前, 当然), then the
     * condition and 时 (or 时候) as a word of its own, in the same clause (before a {@code ，}, {@code ,},
     * {@code 。} or {@code .} outside code spans).
     */
    private static boolean opensWithWhen(String s) {
        if (s.charAt(0) != '\u5F53' || s.length() < 3 || WORDS_WITH_WHEN.indexOf(s.charAt(1)) >= 0) {
            return false;
        }
        boolean code = false;
        for (int k = 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '`') {
                code = !code;
            } else if (code) {
                continue;
            } else if (c == '\uFF0C' || c == ',' || c == '\u3002' || c == '.') {
                return false;   // the clause ended without a 时
            } else if (k > 1 && timeWord(s, k)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code s} holds at {@code k} a 时 (when, time) that is a word of its own, not part of 同时, 此时, 时间 … */
    static boolean timeWord(String s, int k) {
        return s.charAt(k) == '\u65F6' && (k == 0 || BEFORE_TIME_WORD.indexOf(s.charAt(k - 1)) < 0)
                && (k + 1 == s.length() || AFTER_TIME_WORD.indexOf(s.charAt(k + 1)) < 0);
    }
}
