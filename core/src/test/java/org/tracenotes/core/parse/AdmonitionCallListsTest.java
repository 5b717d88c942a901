package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bullet call outline inside a {@code :::} admonition whose title names a flow is a trace: the title its
 * root, the items its steps nested by indentation, calls glossed after {@code ，} or {@code :}, blank lines
 * between groups; a condition in words that quotes a loop's header in code is that loop. Lists of words,
 * flat lists of an API's functions, functions over their option fields ({@code `cfg.host`}) and lists in a
 * box whose title names no flow ({@code 调用方式}, {@code Call order}) stay prose. Every fragment is made up.
 */
class AdmonitionCallListsTest {

    @Test
    void aGlossedBulletOutlineInAFlowTitledAdmonitionIsACallTree() {
        assertEquals("""
                root :::note foo_loop 调用流程 static void foo_loop(void)
                  call `foo_set_flag()`: 后续研究
                  call `foo_enter()`: 进入
                  loop 如果不需要停止（`while (!need_stop())`），执行后续的动作
                    call foo_disable()  ，关闭中断
                    call **foo_idle_call()**，main function
                      call foo_select  ，选择状态
                      prose …
                      prose 事件发生，返回（注意，此时中断关闭）
                      call foo_reflect  ，更新状态
                  call foo_exit  ，和 enter 类似
                """, Parsing.shape(Parsing.parse("""
                ## foo

                :::note foo_loop 调用流程 static void foo_loop(void)

                - `foo_set_flag()`: 后续研究
                - `foo_enter()`: 进入

                - 如果不需要停止（`while (!need_stop())`），执行后续的动作
                  - foo_disable()，关闭中断

                  - **foo_idle_call()**，main function
                    - foo_select，选择状态
                    - …
                    - 事件发生，返回（注意，此时中断关闭）
                    - foo_reflect，更新状态

                - foo_exit，和 enter 类似
                :::
                """)));
    }

    @Test
    void aConditionQuotingNoLoopHeaderStaysAnIf() {
        assertEquals("""
                root :::info 调用流程 static int bar_probe(struct bar *b)
                  call `bar_lock()`: 加锁
                  if 如果设备忙（`bar_busy(b)`），等待
                    call bar_wait()  ，等待完成
                  call bar_setup()  ，初始化
                    call bar_map  ，映射寄存器
                """, Parsing.shape(Parsing.parse("""
                :::info 调用流程 static int bar_probe(struct bar *b)

                - `bar_lock()`: 加锁
                - 如果设备忙（`bar_busy(b)`），等待
                  - bar_wait()，等待完成
                - bar_setup()，初始化
                  - bar_map，映射寄存器
                :::
                """)));
    }

    @Test
    void aToDoListInWordsInsideATipStaysProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::tip 调用流程 待办

                - 整理 foo 的文档
                - 补充测试
                  - 单元测试
                  - 集成测试
                - 发布新版本
                :::
                """)));
    }

    @Test
    void glossedFunctionsUnderATitleNamingNoFlowStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::note widget API

                - widget_open()，打开设备
                - widget_close()，关闭设备
                - widget_read()，读取数据
                  - widget_peek()，只看不取
                :::
                """)));
    }

    @Test
    void aFlatListOfGlossedFunctionsStaysProseEvenUnderAFlowTitle() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::note 调用流程

                - widget_open()，打开设备
                - widget_close()，关闭设备
                - widget_read()，读取数据
                :::
                """)));
    }

    @Test
    void anApiReferenceUnderAHowToCallTipStaysProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::tip 调用方式
                - `open_session(cfg)`: 打开会话
                  - `cfg.host`: 服务地址
                  - `cfg.retry`: 重试次数
                - `send(msg)`: 发送消息
                - `close()`: 关闭
                :::
                """)));
    }

    @Test
    void hooksUnderACallOrderTitleStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::info Call order of the widget hooks
                - `onMount(w)`: once
                  - `w.props`: the props
                  - `w.store`: the store
                - `onUpdate(w)`: per change
                - `onUnmount()`: at the end
                :::
                """)));
    }

    @Test
    void optionFieldsUnderAnApiFunctionAreNoNestedCallsEvenUnderAFlowTitle() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                :::note 初始化流程
                - `setup(cfg)`: 读取配置
                  - `cfg.port`: 端口
                  - `cfg.mode`: 模式
                - `start()`: 启动
                - `stop()`: 停止
                :::
                """)));
    }

    @Test
    void anEnglishCallSequenceTitleOpensAnOutlineOfMemberCalls() {
        assertEquals("""
                root :::note Call sequence of bar_start
                  call `bar_lock()`: take the lock
                  call `drv.init()`: set up the driver
                    call `drv.map_regs()`: map the registers
                  call `bar_unlock()`: drop it
                """, Parsing.shape(Parsing.parse("""
                :::note Call sequence of bar_start
                - `bar_lock()`: take the lock
                - `drv.init()`: set up the driver
                  - `drv.map_regs()`: map the registers
                - `bar_unlock()`: drop it
                :::
                """)));
    }
}
