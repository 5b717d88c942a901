package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Bullet call trees written as a flow in words: in a fence under a {@code # … 流程} title, items in prose with
 * calls among them; outside a fence, a bullet call stack under a caption naming its function
 * ({@code in Widget::open}). Look-alikes keep their reading. Every fragment is made up.
 */
class WordedFlowItemsTest {

    private static String read(String note) {
        return Parsing.shape(Parsing.parse(note));
    }

    @Test
    void aTitledFlowOfItemsInWordsIsATreeUnderAnImpliedRoot() {
        assertEquals("""
                root\s
                  call rpc_open_widget(), RPC 参数中带有widget的名字
                    call widget_open()
                      prose 分配并初始化 widget (struct widget *)
                      call 调用 g_ops.attach(), 也就是 Board::Attach(), 进入attach流程
                  prose ...
                  prose 完成后进入回调cb, 也就是 widget_open_continue()
                    prose 向 reactor 发送event, 执行widget_open_done
                  call widget_open_done()
                    prose 检查 widget 的状态
                    call widget_register()
                      call 调用 pin_init() 和 pin_start()
                """, read("""
                ```
                # open widget 流程
                - rpc_open_widget(), RPC 参数中带有widget的名字
                    - widget_open()
                      - 分配并初始化 widget (struct widget *)
                      - 调用 g_ops.attach(), 也就是 Board::Attach(), 进入attach流程
                - ...
                - 完成后进入回调cb, 也就是 widget_open_continue()
                  - 向 reactor 发送event, 执行widget_open_done
                - widget_open_done()
                  - 检查 widget 的状态
                  - widget_register()
                    - 调用 pin_init() 和 pin_start()
                ```
                """));
    }

    @Test
    void aTitledFlowMayOpenWithItsRootWrittenWithoutABullet() {
        assertEquals("""
                root rpc_make_board(), RPC 参数中带有board name
                  call board_construct()
                    prose 分配，初始化 struct board *b
                    call board_dev_register()
                      call board_thread_start()
                        prose 为每个core 创建线程
                      call board_set_opts()  ，不知道干啥的
                  prose 发送RPC调用结果，表明创建成功
                """, read("""
                ```
                # make board 流程:
                rpc_make_board(), RPC 参数中带有board name
                  - board_construct()
                    - 分配，初始化 struct board *b
                    - board_dev_register()
                      - board_thread_start()
                        - 为每个core 创建线程
                      - board_set_opts()，不知道干啥的
                  - 发送RPC调用结果，表明创建成功
                ```
                """));
    }

    @Test
    void aListOfFunctionsWithGlossesUnderATitleOfWordsStaysCode() {
        assertEquals("", read("""
                ```
                # widget API 说明
                - widget_open(), 打开一个widget
                - widget_close(), 关闭它
                - widget_read(), 读数据
                ```
                """));
    }

    @Test
    void glossedCallsWithoutAFlowTitleStayCode() {
        assertEquals("", read("""
                ```
                rpc_make_board(), RPC 参数中带有board name
                  - board_construct()
                    - 分配，初始化 struct board *b
                  - 发送RPC调用结果，表明创建成功
                ```
                """));
    }

    @Test
    void aCaptionNamingTheFunctionIsTheRootOfTheBulletStackUnderIt() {
        assertEquals("""
                root in Pump::collect
                  call pump->scan_roots(..
                  call followers.do_all()
                    call Pump::iterate()
                      call Space::iterate()
                        call oop_visit()
                """, read("""
                # Notes

                in Pump::collect
                - pump->scan_roots(..
                - followers.do_all()
                \t- Pump::iterate()
                \t\t- Space::iterate()
                \t\t\t- oop_visit()
                """));
    }

    @Test
    void aCaptionInWordsOverAListOfWordsStaysText() {
        assertEquals("", read("""
                # Notes

                in Release 2.1
                - faster start
                - fixed the parser
                \t- see issue 12
                """));
    }

    @Test
    void aSentenceStartingWithInOverCallsIsNoCaption() {
        assertEquals("", read("""
                # Notes

                in this section we call these:
                - pump->scan_roots(x)
                - followers.do_all()
                \t- Pump::iterate()
                \t\t- Space::iterate()
                """));
    }

    @Test
    void anItemUnderACallLeftOpenIsAStepOfItsOwnWhateverItsBlanks() {
        assertEquals("""
                root in Pump::collect
                  call pump->scan_roots(x)
                  call followers.do_all()
                    call Pump::iterate(..
                      call Space::iterate(
                        call oop_visit(..
                """, read("""
                # Notes

                in Pump::collect
                - pump->scan_roots(x)
                - followers.do_all()
                \t- Pump::iterate(..
                    \t- Space::iterate( // in space.cpp
                        \t- oop_visit(.. // in oop.hpp
                """).replaceAll("  //.*", ""));
    }
}
