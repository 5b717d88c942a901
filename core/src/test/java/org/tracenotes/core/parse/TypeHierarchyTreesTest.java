package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A type hierarchy drawn by indentation (CamelCase names, each child its parent's name with a prefix, at
 * least two children) is no trace. Call trees that look like one (snake-case callees ending with their
 * caller's name, parentheses, a child with another name) stay traces. Every fragment is made up.
 */
class TypeHierarchyTreesTest {

    @Test
    void subtypesUnderTheirBaseTypeAreNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```cpp
                // src/include/foo/slots.h
                SlotBase
                    VirtualSlotBase      // 虚拟
                    HeapSlotBase         // 物理
                    BufferHeapSlotBase   // 缓冲
                ```
                """)));
    }

    @Test
    void aDeeperHierarchyIsNoTraceEither() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                PageSource
                    FilePageSource
                        CachedFilePageSource
                        MappedFilePageSource
                    NetPageSource
                ```
                """)));
    }

    @Test
    void snakeCaseCalleesEndingWithTheirCallersNameStayATrace() {
        assertEquals("""
                root sys_read
                  call ksys_read
                  call __ksys_read
                """, Parsing.shape(Parsing.parse("""
                ```
                sys_read
                    ksys_read
                    __ksys_read
                ```
                """)));
        assertEquals("""
                root sys_read
                  call ksys_read
                    call vfs_read
                      call new_vfs_read
                  call compat_sys_read
                """, Parsing.shape(Parsing.parse("""
                ```
                sys_read
                    ksys_read
                        vfs_read
                            new_vfs_read
                    compat_sys_read
                ```
                """)));
    }

    @Test
    void aChildWithAnotherNameKeepsTheTree() {
        assertEquals("""
                root InitTask
                  call StartInitTask
                  call PostInitTask
                  call RunQueue
                """, Parsing.shape(Parsing.parse("""
                ```
                InitTask
                    StartInitTask
                    PostInitTask
                    RunQueue
                ```
                """)));
        assertEquals("""
                root InitTask
                  call StartInitTask
                  call PostInitTask
                  call run_queue
                """, Parsing.shape(Parsing.parse("""
                ```
                InitTask
                    StartInitTask
                    PostInitTask
                    run_queue
                ```
                """)));
    }

    @Test
    void callsWithParenthesesStayATrace() {
        assertEquals("""
                root InitTask()
                  call StartInitTask()
                  call PostInitTask()
                  call LateInitTask()
                """, Parsing.shape(Parsing.parse("""
                ```
                InitTask()
                    StartInitTask()
                    PostInitTask()
                    LateInitTask()
                ```
                """)));
    }

    @Test
    void aChainOfOneChildAtEachLevelStaysATrace() {
        assertEquals("""
                root InitTask
                  call StartInitTask
                    call RunStartInitTask
                      call LateRunStartInitTask
                """, Parsing.shape(Parsing.parse("""
                ```
                InitTask
                    StartInitTask
                        RunStartInitTask
                            LateRunStartInitTask
                ```
                """)));
    }
}
