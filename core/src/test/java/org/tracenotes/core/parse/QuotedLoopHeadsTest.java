package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.StepKind;

/**
 * A condition in words that quotes a loop's header in a code span ({@code 若未停止（`while (!x_done())`）})
 * is that loop, also in a plain indentation tree; a condition quoting other code, or a word that merely
 * starts like {@code for}, stays an {@code if}. Every fragment is made up.
 */
class QuotedLoopHeadsTest {

    @Test
    void aConditionQuotingAWhileHeaderIsALoopInAPlainTree() {
        Parsing.assertShape("""
                root qux_worker
                  call qux_setup
                    call qux_map_regs
                  loop 若未停止（`while (!qux_done())`），继续
                    call qux_step
                    call qux_yield
                  call qux_exit
                """, "qux_worker", " qux_setup", "  qux_map_regs", " 若未停止（`while (!qux_done())`），继续",
                "  qux_step", "  qux_yield", " qux_exit");
    }

    @Test
    void aConditionQuotingOtherCodeStaysAnIfInAPlainTree() {
        Parsing.assertShape("""
                root qux_worker
                  call qux_setup
                    call qux_map_regs
                  if 若格式错误（`format_bad(q)`），退出
                    call qux_abort
                    call qux_unlock
                  call qux_exit
                """, "qux_worker", " qux_setup", "  qux_map_regs", " 若格式错误（`format_bad(q)`），退出",
                "  qux_abort", "  qux_unlock", " qux_exit");
    }

    @Test
    void onlyASpanOpeningWithWhileOrForAndAParenthesisQuotesALoop() {
        assertEquals(StepKind.LOOP, QuotedLoopHeads.conditionKind("如果还有（`for (i = 0; i < n; i++)`）"));
        assertEquals(StepKind.LOOP, QuotedLoopHeads.conditionKind("若未停止 ` while(!done)` 则继续"));
        assertEquals(StepKind.IF, QuotedLoopHeads.conditionKind("如果 `format(buf)` 失败"));
        assertEquals(StepKind.IF, QuotedLoopHeads.conditionKind("如果 `flags & F_WHILE`"));
        assertEquals(StepKind.IF, QuotedLoopHeads.conditionKind("如果一直 while (busy) 等待"));
    }
}
