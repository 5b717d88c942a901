package org.tracenotes.core.parse;

import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * Conditions written in words, the one list of their words. In Chinese, a line opening with a condition
 * word ({@code 如果减到0，…}, {@code 若是…}, {@code 若…}, {@code 假如…}) is an {@code if} in words, also when it
 * states its own consequence after a comma ({@code 如果写满，则发送}, {@code …，就…}, {@code …，那么…}): every
 * gold set's readers read such a line as the condition of what it names. It starts a sentence; it never
 * wraps the line above. In English, a line in
 * words opening with {@code If } and ending with a colon ({@code If the queue is full:}) is an {@code if}
 * whose body follows; it is asked of every step in words of every block ({@link StepReader}), and the
 * capital and the colon keep it to such headers (a sentence {@code if it fails, retry} stays words).
 */
final class ConditionWords {

    /** The words that open a condition (若 alone too, not in 若干, several). */
    private static final String CONDITION = "如果|若是|假如|若(?!干)";
    /** The words that open the branch taken when the condition above does not hold: otherwise, else. */
    private static final String[] OTHERWISE = {"否则", "不然", "其他情况", "其它情况"};
    /** How far into a line the colon after an outcome word ({@code 成功 (…):}) may stand. */
    private static final int OUTCOME_HEAD = 32;

    private static final Pattern OPENS = Pattern.compile(CONDITION);
    private static final Pattern IF_IN_WORDS = Pattern.compile("^(?:" + CONDITION + ")");

    /** 如果是则：, 若是：, 如果是的话，… at the end of a sentence: if so, what follows below. */
    private static final Pattern IF_SO = Pattern.compile("(?:如果|若)是(?:的话)?[，,]?则?[:：]\\s*$");

    private ConditionWords() {
    }

    /**
     * What a step in words is by its condition words: an {@code if} ({@link #isIf}, or a success's branch),
     * an {@code else} (otherwise, or a failure's branch), or {@code PROSE} when it has none of them.
     */
    static StepKind kindOf(String text) {
        if (text.isEmpty()) {
            return StepKind.PROSE;
        }
        return isIf(text) ? QuotedLoopHeads.conditionKind(text) : opensSuccess(text) ? StepKind.IF   // 如果…（`while (…)`）: the loop it quotes
                : opensOtherwise(text) || opensFailure(text) ? StepKind.ELSE : StepKind.PROSE;
    }

    /** Whether a line in words opens with a condition word: it starts a sentence, it does not wrap one. */
    static boolean opensCondition(String text) {
        return !text.isEmpty() && text.charAt(0) >= 0x3000 && OPENS.matcher(text).lookingAt();
    }

    /**
     * Whether a line in words is an {@code if}: a condition that does not state its own consequence, or an
     * English one that ends with a colon, its body below ({@code If the queue is full:}).
     */
    private static boolean isIf(String text) {
        if (!text.isEmpty() && text.charAt(0) == 'I') {
            return text.startsWith("If ") && (text.endsWith(":") || text.endsWith("\uFF1A"));
        }
        return !text.isEmpty() && text.charAt(0) >= 0x3000 && IF_IN_WORDS.matcher(text).find();
    }

    /**
     * Whether a line in words opens with a word for "otherwise" ({@code 否则: f()}, {@code 不然，…},
     * {@code 其他情况下 …}): the {@code else} of the {@code if} before it at its level.
     */
    private static boolean opensOtherwise(String text) {
        if (text.isEmpty() || text.charAt(0) < 0x3000) {
            return false;
        }
        for (String w : OTHERWISE) {
            if (text.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line in words opens with the word for success and names the outcome before a colon
     * ({@code 成功 (cmpxchg): 继续执行}): the branch taken when the step above succeeds, an {@code if}.
     */
    private static boolean opensSuccess(String text) {
        return opensOutcome(text, "成功");
    }

    /**
     * Whether a line in words opens with the word for failure and names the outcome before a colon
     * ({@code 失败 (已被占用): 停止}): the branch taken otherwise, the {@code else} of the success above it.
     */
    private static boolean opensFailure(String text) {
        return opensOutcome(text, "失败");
    }

    /** Whether {@code text} starts with {@code word} and a colon ends its first clause, soon after. */
    private static boolean opensOutcome(String text, String word) {
        if (!text.startsWith(word)) {
            return false;
        }
        for (int i = word.length(); i < text.length() && i < OUTCOME_HEAD; i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\uFF1A') {
                return true;
            }
            if (c == '\uFF0C' || c == ',' || c == '\u3002') {
                return false;   // a sentence: `成功，则…`
            }
        }
        return false;
    }

    /** Whether a sentence in words ends with "if so:" ({@code …，如果是则：}): an {@code if}, its body below. */
    static boolean endsWithIfSo(String text) {
        return IF_SO.matcher(text).find();
    }
}
