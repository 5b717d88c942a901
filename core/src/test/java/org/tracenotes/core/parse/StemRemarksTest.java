package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Words written on a bare {@code |} stem under a step drawn off that stem ({@code |----> f()}) are a
 * remark on the step, no step of their own; code on the stem, words under a branch, words with a body
 * and trees whose steps are all arrowless stem lines keep their steps. Every fragment is made up.
 */
class StemRemarksTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void wordsInChineseOnTheStemUnderAnArrowedCallAreNoSteps() {
        assertEquals("""
                root ring_tick()
                  call ring_account()
                  call ring_check()
                  call ring_flush()
                """, read(
                "ring_tick()",
                "   |---->ring_account()",
                "   |        统计本次运行消耗的时间",
                "   |---->ring_check()",
                "   |        检查环上的条目是否已经超过了",
                "   |        它允许的上限，超过则标记",
                "   |        需要刷新",
                "   |---->ring_flush()"));
    }

    @Test
    void wordsInEnglishOnTheStemUnderAnArrowedAssignmentAreNoSteps() {
        assertEquals("""
                root slot_update()
                  assign used = now - slot->start
                  call slot_commit(slot, used)
                  call slot_release(slot)
                """, read(
                "slot_update()",
                "  |---->used = now - slot->start;",
                "  |          the time since the slot was taken",
                "  |---->slot_commit(slot, used);",
                "  |---->slot_release(slot);"));
    }

    @Test
    void aRemarkUnderCodeOnTheStemBelongsToThatCodeNotToTheTree() {
        assertEquals("""
                root queue_tick()
                  call queue_charge(q)
                  if if (budget > limit)
                    call queue_kick(q)
                  else else
                    assign d = q->now - q->last
                """, read(
                "queue_tick()",
                "    |---->queue_charge(q);",
                "    |---->if (budget > limit)",
                "    |          queue_kick(q);",
                "    |          把队列的重新调度标志置位",
                "    |---->else",
                "    |          d = q->now - q->last;"));
    }

    @Test
    void aRemarkOnANestedStemUnderItsOwnArrowIsNoStep() {
        assertEquals("""
                root pool_tick()
                  call pool_scan()
                    call pool_age(p)
                    call pool_trim(p)
                  call pool_done()
                """, read(
                "pool_tick()",
                "  |---->pool_scan()",
                "         |---->pool_age(p);",
                "         |     更新每一页的年龄",
                "         |---->pool_trim(p);",
                "  |---->pool_done()"));
    }

    @Test
    void wordsUnderABranchOnTheStemAreItsBody() {
        assertEquals("""
                root cache_tick()
                  if if (stale)
                    prose 先把旧的条目全部丢掉
                    prose 再重新读一遍配置
                  call cache_fill()
                """, read(
                "cache_tick()",
                "   |---->if (stale)",
                "   |        先把旧的条目全部丢掉",
                "   |        再重新读一遍配置",
                "   |---->cache_fill()"));
    }

    @Test
    void wordsOnTheStemWithLinesBelowThemAreAStep() {
        assertEquals("""
                root map_tick()
                  call map_walk()
                    prose 先锁住整张表
                      call map_age(e)
                  call map_done()
                """, read(
                "map_tick()",
                "   |---->map_walk()",
                "   |        先锁住整张表",
                "   |           map_age(e)",
                "   |---->map_done()"));
    }

    @Test
    void treesWhoseStepsAreArrowlessStemLinesKeepTheirSteps() {
        assertEquals("""
                root boot_all
                  call load_config
                    prose 读取所有的配置项
                    call walk_items
                  call check_args
                  call make_board
                """, read(
                "boot_all",
                "    |   load_config",
                "    |   |   读取所有的配置项",
                "    |   |   walk_items",
                "    check_args",
                "    make_board"));
    }
}
