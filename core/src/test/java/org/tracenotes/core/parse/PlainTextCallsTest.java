package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Steps of plain-text notes, no code spans: 调用 right before the code it runs is that code's step, a
 * sub-step's number in parentheses and a label in words before a colon are no part of what the step does.
 * Every fragment is made up.
 */
class PlainTextCallsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void callWordRightBeforeCodeIsThatCodesStep() {
        assertEquals("""
                root pool_fill
                  call 调用pool_grow(p, 4);
                  assign 调用err = pool_take(p, &slot);
                  return 调用return err ?: pool_put(p);
                  call 调用：pool_wake(p)
                """, read(
                "1. pool_fill",
                "\t调用pool_grow(p, 4);",
                "\t调用err = pool_take(p, &slot);",
                "\t调用return err ?: pool_put(p);",
                "\t调用：pool_wake(p)",
                "",
                "2. pool_grow",
                "\t调用page_get(p);",
                "",
                "3. page_get",
                "\t调用zone_pick(z);"
                ).lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aClauseOpeningWithTheCallWordIsACallAndOneInsideAClauseIsNot() {
        assertEquals("""
                root pool_put
                  call 这里以读为例，继续调用pool_read
                  call 这里调用pool_wake
                  prose 在pool_exit中调用pool_put释放
                  if 如果满了，则调用pool_flush()
                  prose 调用e.g.Linux里的实现
                """, read(
                "1. pool_put",
                "\t这里以读为例，继续调用pool_read",
                "\t这里调用pool_wake",
                "\t在pool_exit中调用pool_put释放",
                "\t如果满了，则调用pool_flush()",
                "\t调用e.g.Linux里的实现",
                "",
                "2. pool_read",
                "\t调用page_get(p);",
                "",
                "3. pool_wake",
                "\t调用wake_up(q);"
                ).lines().limit(6).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aSubStepsNumberInParenthesesIsNoPartOfTheStep() {
        assertEquals("""
                root ring_poll
                  prose （1）设备收到数据。
                  call （2）调用 ring_pull(r)：
                  if (3) 若队列已满，调用 ring_flush()：
                    call ring_drop(r)
                """, read(
                "1. ring_poll",
                "\t（1）设备收到数据。",
                "\t（2）调用 ring_pull(r)：",
                "\t(3) 若队列已满，调用 ring_flush()：",
                "\t\tring_drop(r);",
                "",
                "2. ring_pull",
                "\t调用page_get(p);",
                "",
                "3. ring_flush",
                "\t调用wake_up(q);"
                ).lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aLabelInWordsBeforeAColonIsNoPartOfTheStatementAfterIt() {
        assertEquals("""
                root dev_setup
                  call 调用dev_check(d);
                  call 注册设备：dev_add(d);
                  assign 设置回调：ops->cb = my_cb;
                  prose 注意：dev_flag 是一个宏
                """, read(
                "1. dev_setup",
                "\t调用dev_check(d);",
                "\t注册设备：dev_add(d);",
                "\t设置回调：ops->cb = my_cb;",
                "\t注意：dev_flag 是一个宏",
                "",
                "2. dev_add",
                "\t调用bus_add(d);",
                "",
                "3. bus_add",
                "\t调用kobj_add(d);"
                ).lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void sentencesUnderASubNumberedStepAreRemarksOnIt() {
        assertEquals("""
                root ring_poll
                  prose （1）设备收到数据。
                  call （2）调用 ring_pull(r)：
                  call （3）调用 ring_done(r)
                """, read(
                "1. ring_poll",
                "\t（1）设备收到数据。",
                "\t（2）调用 ring_pull(r)：",
                "\t\t这会把请求放进队列，并唤醒读者。",
                "\t\t注意：此时关闭中断，避免重入。",
                "\t（3）调用 ring_done(r)",
                "",
                "2. ring_pull",
                "\t调用page_get(p);",
                "",
                "3. ring_done",
                "\t调用wake_up(q);"
                ).lines().limit(4).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void aLineOpeningWithTheCallWordIsAStepNotTheWrappedRestOfTheLineAbove() {
        assertEquals("""
                root pool_put
                  prose 这里先检查队列里是否还有等待的请求以及它们的状态和优先级然后再决定下一步怎么做
                  call 调用pool_wake进入正常流程
                """, read(
                "1. pool_put",
                "\t这里先检查队列里是否还有等待的请求以及它们的状态和优先级然后再决定下一步怎么做",
                "\t调用pool_wake进入正常流程",
                "",
                "2. pool_wake",
                "\t调用page_get(p);",
                "",
                "3. page_get",
                "\t调用zone_pick(z);"
                ).lines().limit(3).reduce("", (a, b) -> a + b + "\n"));
    }

    @Test
    void oneClauseReaderServesStepsAndItems() {
        org.junit.jupiter.api.Assertions.assertTrue(PlainTextCalls.opensClause("先锁住队列；首先调用", 8));
        org.junit.jupiter.api.Assertions.assertTrue(PlainTextCalls.opensClause("取出页面：调用", 5));
        org.junit.jupiter.api.Assertions.assertFalse(PlainTextCalls.opensClause("在tray_exit中调用", 11));
        org.junit.jupiter.api.Assertions.assertTrue(ItemSentences.callsInWords("取出页面，然后调用 tray_pull"));
        org.junit.jupiter.api.Assertions.assertFalse(ItemSentences.callsInWords("在tray_exit中调用tray_pull"));
    }
}
