package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A walk-through whose item numbers count the depth ({@code 0.} the head, {@code 1.} its steps, {@code 2.} theirs,
 * siblings repeating their number) hangs under its head; a star before a step marks it, a bullet in words among
 * the items is a remark; bullets under a caption that names a call stack are a chain. Every fragment is made up.
 */
class DepthNumberedListsTest {

    @Test
    void aListWhoseNumbersCountTheDepthHangsUnderItsHeadWithAStackChainedUnderItsCaption() {
        assertEquals("""
                root the loader calls Loader.java load() which calls Widget.java start()
                  call checkConfig()
                  call Widget.java init()
                    call validate(spec)  // the spec must name a part
                    prose 初始化 table
                    assign ★ handle = openPart(table)
                    call PartBuffer(size, flags)
                    if 如果 不需要 更多 数据，放入 queue 中，再循环读取
                    prose 调用栈如下：
                      call PartFactory$Adaptive.make(spec)
                        call PartFilterWrapper.make(spec)
                          call PartRegistry.make(spec)
                      call PartRegistry.make()
                        prose 检查 part 是否可用
                        call partCache.put(spec, part)
                  prose 返回 widget
                """, Parsing.shape(Parsing.parse("""
                # Widget start

                0. the loader calls Loader.java load() which calls Widget.java start()
                    1. checkConfig()
                    1. Widget.java init()
                        2. validate(spec) // the spec must name a part
                        2. 初始化 table
                        2. ★ handle = openPart(table)
                        2. new PartBuffer(size, flags)
                        2. 如果 不需要 更多 数据，放入 queue 中，再循环读取
                        - 中间 框架 代码
                        2. 调用栈如下：
                            - PartFactory$Adaptive.make(spec) // adapter
                            - PartFilterWrapper.make(spec)
                            - PartRegistry.make(spec)
                            3. PartRegistry.make()
                                4. 检查 part 是否可用
                                4. partCache.put(spec, part)
                    1. 返回 widget
                """)));
    }

    @Test
    void aListNumberedInSequenceKeepsItsReading() {
        assertEquals("""
                root\s
                  prose the loader calls Loader.java load() which calls Widget.java start()
                    call checkConfig()
                    call Widget.java init()
                      call validate(spec)  // the spec must name a part
                      prose 初始化 table
                      prose ★ handle = openPart(table)
                      declaration new PartBuffer(size, flags)
                      loop 如果 不需要 更多 数据，放入 queue 中，再循环读取
                      prose 调用栈如下：
                        call PartFactory$Adaptive.make(spec)
                          call PartFilterWrapper.make(spec)
                            call PartRegistry.make(spec)
                        call PartRegistry.make()
                          prose 检查 part 是否可用
                          call partCache.put(spec, part)
                    prose 返回 widget
                """, Parsing.shape(Parsing.parse("""
                # Widget start

                1. the loader calls Loader.java load() which calls Widget.java start()
                    2. checkConfig()
                    3. Widget.java init()
                        4. validate(spec) // the spec must name a part
                        5. 初始化 table
                        6. ★ handle = openPart(table)
                        7. new PartBuffer(size, flags)
                        8. 如果 不需要 更多 数据，放入 queue 中，再循环读取
                        - 中间 框架 代码
                        9. 调用栈如下：
                            - PartFactory$Adaptive.make(spec) // adapter
                            - PartFilterWrapper.make(spec)
                            - PartRegistry.make(spec)
                            10. PartRegistry.make()
                                11. 检查 part 是否可用
                                12. partCache.put(spec, part)
                    13. 返回 widget
                """)));
    }

    @Test
    void bulletsUnderACaptionThatNamesNoStackStayAsTheyWere() {
        assertEquals("""
                root the loader calls Loader.java load() which calls Widget.java start()
                  call checkConfig()
                  call Widget.java init()
                    call validate(spec)  // the spec must name a part
                    prose 初始化 table
                    assign ★ handle = openPart(table)
                    call PartBuffer(size, flags)
                    if 如果 不需要 更多 数据，放入 queue 中，再循环读取
                    prose 步骤如下：
                      call PartFilterWrapper.make(spec)
                      call PartRegistry.make(spec)
                        call PartRegistry.make()
                          prose 检查 part 是否可用
                          call partCache.put(spec, part)
                  prose 返回 widget
                """, Parsing.shape(Parsing.parse("""
                # Widget start

                0. the loader calls Loader.java load() which calls Widget.java start()
                    1. checkConfig()
                    1. Widget.java init()
                        2. validate(spec) // the spec must name a part
                        2. 初始化 table
                        2. ★ handle = openPart(table)
                        2. new PartBuffer(size, flags)
                        2. 如果 不需要 更多 数据，放入 queue 中，再循环读取
                        - 中间 框架 代码
                        2. 步骤如下：
                            - PartFactory$Adaptive.make(spec) // adapter
                            - PartFilterWrapper.make(spec)
                            - PartRegistry.make(spec)
                            3. PartRegistry.make()
                                4. 检查 part 是否可用
                                4. partCache.put(spec, part)
                    1. 返回 widget
                """)));
    }

    @Test
    void bulletsInWordsUnderAStackCaptionAreRemarksNotFrames() {
        assertEquals("""
                root the loader calls Loader.java load() which calls Widget.java start()
                  call checkConfig()
                  call Widget.java init()
                    call validate(spec)  // the spec must name a part
                    prose 初始化 table
                    assign ★ handle = openPart(table)
                    call PartBuffer(size, flags)
                    if 如果 不需要 更多 数据，放入 queue 中，再循环读取
                    prose 调用栈如下：
                      call PartRegistry.make()
                        prose 检查 part 是否可用
                        call partCache.put(spec, part)
                  prose 返回 widget
                """, Parsing.shape(Parsing.parse("""
                # Widget start

                0. the loader calls Loader.java load() which calls Widget.java start()
                    1. checkConfig()
                    1. Widget.java init()
                        2. validate(spec) // the spec must name a part
                        2. 初始化 table
                        2. ★ handle = openPart(table)
                        2. new PartBuffer(size, flags)
                        2. 如果 不需要 更多 数据，放入 queue 中，再循环读取
                        - 中间 框架 代码
                        2. 调用栈如下：
                            - 先 初始化 缓存
                            - 再 启动 线程
                            - 最后 返回
                            3. PartRegistry.make()
                                4. 检查 part 是否可用
                                4. partCache.put(spec, part)
                    1. 返回 widget
                """)));
    }

    @Test
    void aCallStackNamedInProseOverAListOfWordsStaysNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The call stack:

                - outer_run()
                - middle_run()
                - inner_run()

                Shopping list:
                - apples
                - pears
                """)));
    }

    @Test
    void aSeveralTimesLoopStaysALoopWhileAConditionFirstBecomesAnIf() {
        assertEquals("""
                root the pump calls Reader.java poll()
                  call lock(queue)
                  call Reader.java fill()
                    assign ★ n = readPart(buf)
                    loop 若干次读取 part，再循环
                    if 若 队列 已满，放回 queue，再循环
                    call PartBuffer(n)
                  call unlock(queue)
                """, Parsing.shape(Parsing.parse("""
                # Part reader

                0. the pump calls Reader.java poll()
                    1. lock(queue)
                    1. Reader.java fill()
                        2. ★ n = readPart(buf)
                        2. 若干次读取 part，再循环
                        2. 若 队列 已满，放回 queue，再循环
                        2. new PartBuffer(n)
                    1. unlock(queue)
                """)));
    }

    @Test
    void bulletsUnderAStackCaptionWithAnyWordOfTheOneListAreAChain() {
        assertEquals("""
                root the pump calls Reader.java poll()
                  call lock(queue)
                  call Reader.java fill()
                    prose 函数堆栈如下：
                      call PartSource.read(buf)
                        call PartCodec.decode(buf)
                      call PartCodec.check()
                    prose the backtrace here:
                      call PartSink.write(buf)
                        call PartSink.flush()
                  call unlock(queue)
                """, Parsing.shape(Parsing.parse("""
                # Part reader

                0. the pump calls Reader.java poll()
                    1. lock(queue)
                    1. Reader.java fill()
                        2. 函数堆栈如下：
                            - PartSource.read(buf)
                            - PartCodec.decode(buf)
                            3. PartCodec.check()
                        2. the backtrace here:
                            - PartSink.write(buf)
                            - PartSink.flush()
                    1. unlock(queue)
                """)));
    }
}
