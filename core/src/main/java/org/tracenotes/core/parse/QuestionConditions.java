package org.tracenotes.core.parse;

import java.util.List;
import java.util.Locale;
import org.tracenotes.core.model.StepKind;

/**
 * A condition written as a yes-or-no question over the steps done when the answer is yes: a step in words
 * or an expression ending in a question mark ({@code ?} or {@code ？}) with a body deeper below it is an
 * {@code if}. A question without a body is a remark, and one opening with a question word ({@code why},
 * {@code how}, {@code 为什么} …) asks for an explanation, not a condition, so both stay what they are.
 * <pre>
 * -> count == limit?          an if
 *      -> save the state      its body
 * -> page dirty ?             an if
 *      -> write it back
 * -> 缓存命中？                an if
 *      -> 直接返回
 * -> why twice?               a remark (a question word), whatever stands under it
 * </pre>
 */
final class QuestionConditions {

    /** Words that open a question asking for an explanation or a place, not whether something holds. */
    private static final List<String> QUESTION_WORDS = List.of("why ", "how ", "what ", "where ", "who ", "which ",
            "为什么", "为何", "怎么", "如何", "什么", "哪");

    private QuestionConditions() {
    }

    /** {@code kind}, or an if for a question in words or an expression with a body below it. */
    static StepKind of(StepKind kind, TraceLine line, List<TraceLine> lines, int index) {
        StepReader.Reading r = line.reading();
        if (kind != StepKind.PROSE && kind != StepKind.EXPRESSION || r == null || !endsWithQuestionMark(r.text())) {
            return kind;   // the cheap test: a question mark last
        }
        return asksWhether(r.text()) && AuthorLayout.bodyFollows(lines, index) ? StepKind.IF : kind;
    }

    /** Whether the text's last character past trailing blanks is a question mark. */
    private static boolean endsWithQuestionMark(String text) {
        int e = text.length();
        while (e > 0 && (text.charAt(e - 1) == ' ' || text.charAt(e - 1) == '\t')) {
            e--;
        }
        return e > 1 && (text.charAt(e - 1) == '?' || text.charAt(e - 1) == '\uFF1F');
    }

    /** Whether the question asks whether something holds: it opens with no question word and holds only one mark. */
    private static boolean asksWhether(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : QUESTION_WORDS) {
            if (lower.startsWith(w)) {
                return false;
            }
        }
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            marks += c == '?' || c == '\uFF1F' ? 1 : 0;
        }
        return marks == 1;
    }
}
