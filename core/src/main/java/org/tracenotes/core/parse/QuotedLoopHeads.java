package org.tracenotes.core.parse;

import java.util.regex.Pattern;
import org.tracenotes.core.model.StepKind;

/**
 * A condition in words that quotes, in a code span, the loop it stands for: the author tells the loop's
 * test in words and gives its header in code beside them, so the step is that loop, its body the lines
 * under it, not an {@code if}.
 * <pre>
 * - 如果不需要停止（`while (!need_stop())`），执行后续的动作
 *   - foo_disable()，关闭中断
 *   - foo_idle_call()
 * </pre>
 * Asked only of a line {@link ConditionWords} reads as a condition ({@code 如果…}, {@code 若…}); the code span
 * opens with {@code while} or {@code for} and a {@code (}. A condition that quotes any other code
 * ({@code 如果 `flags & F_X`}, {@code 如果 `dev_busy()` 返回真}) stays an {@code if}.
 */
final class QuotedLoopHeads {

    /** A code span holding a loop's header: {@code `while (…`}, {@code `for (…`}. */
    private static final Pattern LOOP_SPAN = Pattern.compile("`\\s*(?:while|for)\\s*\\(");

    private QuotedLoopHeads() {
    }

    /** The kind of a line read as a condition in words: a {@code loop} when it quotes a loop's header, else an {@code if}. */
    static StepKind conditionKind(String text) {
        return LOOP_SPAN.matcher(text).find() ? StepKind.LOOP : StepKind.IF;
    }
}
