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

    @Test
    void aNestedListOfGlossedCallsUnderATitleNamingNoFlowStaysCode() {
        assertEquals("", read("""
                ```
                # gadget library functions
                - gadget_mount(dev), mounts a gadget
                  - gadget_mount_at(dev, dir), same at a folder
                - gadget_stop(g), stops it
                  - gadget_drain(g), drains it first
                - gadget_stat(g, out), fills the stats
                ```
                """));
        assertEquals("", read("""
                ```
                # 备忘清单
                - make_queue(), 还没写完
                  - size_queue(), 容量不对
                - drop_queue(), 文档要改
                  - test_queue(), 补测试
                ```
                """));
    }

    @Test
    void aTitleNamingTheCallsInEnglishMakesAFlow() {
        assertEquals("""
                root\s
                  call gadget_mount(dev), entered from the shell
                    call gadget_probe()
                      prose reads the gadget's table
                    call gadget_attach()
                  call gadget_done(), wakes the waiter
                    call gadget_signal()
                """, read("""
                ```
                # gadget mount call flow
                - gadget_mount(dev), entered from the shell
                  - gadget_probe()
                    - reads the gadget's table
                  - gadget_attach()
                - gadget_done(), wakes the waiter
                  - gadget_signal()
                ```
                """));
    }

    @Test
    void anUntitledBulletTreeKeepsItsItemsInWordsAsAtTheStart() {
        assertEquals("""
                root\s
                  call blk_run_queue()
                    call blk_dispatch()
                      call nvme_queue_rq()
                        prose rings the doorbell  once a batch
                root after that the queue idles
                  prose the timer may fire  much later
                root blk_flush_plug()
                  call blk_mq_flush()
                """, read("""
                ```
                - blk_run_queue()
                  - blk_dispatch()
                    - nvme_queue_rq()
                      - rings the doorbell
                        - once a batch
                - after that the queue idles
                  - the timer may fire
                    - much later
                - blk_flush_plug()
                  - blk_mq_flush()
                ```
                """));
    }

    @Test
    void aCaptionNamingAFileIsNoFunctionOverTheList() {
        assertEquals("", read("""
                # Notes

                In loader.go:
                - loader.Open()
                - read_manifest()
                \t- fs.ReadDir()
                \t\t- fs.Stat()

                Words.

                In gadget.h:
                - gadget_init()
                - gadget_register()
                \t- list_add_tail()
                \t\t- gadget_notify()
                """));
    }
}
