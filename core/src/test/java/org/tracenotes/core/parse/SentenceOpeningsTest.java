package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/**
 * Steps in Chinese words read by how their sentence opens or ends, past inline HTML markup: 返回 `x` is a
 * return, 执行/使用 `f` a call, 在 … 时， an if, …，如果是则： an if. Every fragment is made up.
 */
class SentenceOpeningsTest {

    @Test
    void returnAndRunAndUseBeforeAFunctionAreAReturnAndCalls() {
        Parsing.assertShape("""
                root close_x
                  call 执行 `might_wait_x` 标注。
                  call 使用 `get_pos_x` 获取偏移量
                  return 返回 `flush_x` 的返回值。
                """, "close_x", "  -> 执行 `might_wait_x` 标注。", "  -> 使用 `get_pos_x` 获取偏移量", "  -> 返回 `flush_x` 的返回值。");
    }

    @Test
    void useOfAFieldOrAConstantStaysWords() {
        Parsing.assertShape("""
                root read_x
                  prose 使用 `dev->mode` 判定是否可读
                  prose 使用 `GFP_X` 分配
                  prose 返回值是长度
                """, "read_x", "  -> 使用 `dev->mode` 判定是否可读", "  -> 使用 `GFP_X` 分配", "  -> 返回值是长度");
    }

    @Test
    void aWhenBeforeACommaAndAnIfSoAreConditions() {
        Parsing.assertShape("""
                root release_x
                  if 在设备开启了通知，并且定义了 `ops_x` 时，调用 `ops_x`
                  if 检查文件是否为目录，如果是则：
                    call drop_dir_x
                  prose 在 x.c 里面做同样的事，同时释放
                """, "release_x", "  -> 在设备开启了通知，并且定义了 `ops_x` 时，调用 `ops_x`", "  -> 检查文件是否为目录，如果是则：",
                "      -> drop_dir_x", "  -> 在 x.c 里面做同样的事，同时释放");
    }

    @Test
    void markupAroundTheWordsIsSkipped() {
        Parsing.assertShape("""
                root release_x
                  if <font color="#c00000">当驱动定义了</font> `rel_x` <font color="#c00000">时，调用</font> `rel_x`
                  call <font color="#7f7f7f">执行</font> `might_wait_x` 标注
                """, "release_x", "  -> <font color=\"#c00000\">当驱动定义了</font> `rel_x` <font color=\"#c00000\">时，调用</font> `rel_x`",
                "  -> <font color=\"#7f7f7f\">执行</font> `might_wait_x` 标注");
    }

    @Test
    void useOfATypeStaysWordsAndUseOfACallIsOne() {
        Parsing.assertShape("""
                root fork_x
                  prose 使用 `task_struct` 描述进程
                  prose 使用 `spinlock_t` 保护链表
                  call 使用 `alloc_pid_x()` 分配
                """, "fork_x", "  -> 使用 `task_struct` 描述进程", "  -> 使用 `spinlock_t` 保护链表", "  -> 使用 `alloc_pid_x()` 分配");
    }

    @Test
    void goingBackToAFunctionIsNoReturn() {
        Parsing.assertShape("""
                root read_x
                  prose 返回 `do_read_x` 继续看
                  return 返回 `flush_x` 的结果
                  return 返回 `0`
                """, "read_x", "  -> 返回 `do_read_x` 继续看", "  -> 返回 `flush_x` 的结果", "  -> 返回 `0`");
    }

    @Test
    void aWhenInALaterClauseOrAtAVersionIsNoConditionOfAt() {
        Parsing.assertShape("""
                root remove_x
                  prose 在 5.10 版本时，该函数被移除了
                  prose 在 x.c 里定义了它，启动时，调用它
                """, "remove_x", "  -> 在 5.10 版本时，该函数被移除了", "  -> 在 x.c 里定义了它，启动时，调用它");
    }
    @Test
    void aWordOfOrderBeforeCallsAndACodeSpanIsStillACall() {
        Parsing.assertShape("""
                root open_x
                  call 首先调用`alloc_fd_x()`
                  call 然后，调用 `install_fd_x` 登记
                  prose 首先检查参数
                  prose 最后调用者返回
                """, "open_x", "  -> 首先调用`alloc_fd_x()`", "  -> 然后，调用 `install_fd_x` 登记", "  -> 首先检查参数",
                "  -> 最后调用者返回");
    }
}
