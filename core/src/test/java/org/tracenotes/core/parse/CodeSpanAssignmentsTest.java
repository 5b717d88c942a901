package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Steps in words opening with a code span that holds an assignment. Every fragment is made up. */
class CodeSpanAssignmentsTest {

    @Test
    void aStepOpeningWithAnAssignmentInACodeSpanIsThatAssignmentAndAComparisonStaysWords() {
        assertEquals("""
                root [dev.c/dev_open()]  ( ./dev.c
                  assign `dev->state = READY`, 把设备标成就绪
                  call `dev_setup(dev)`, 准备设备
                  prose `dev->mode == RAW`, 原始模式
                  assign `slots[0] = NULL` 清空
                  call `dev_start(dev)`
                """, Parsing.shape(Parsing.parse(String.join("\n",
                "- **工作流程**",
                "",
                "0. [dev.c/dev_open()](./dev.c)",
                "1. `dev->state = READY`, 把设备标成就绪",
                "2. `dev_setup(dev)`, 准备设备",
                "3. `dev->mode == RAW`, 原始模式",
                "4. `slots[0] = NULL` 清空",
                "5. `dev_start(dev)`") + "\n")));
    }

    @Test
    void aSettingInACodeSpanStaysWords() {
        assertEquals("""
                root [dev.c/dev_open()]  ( ./dev.c
                  prose `CONFIG_DEV = y`, 打开选项
                  assign `dev->level = 3`, 设级别
                  call `dev_start(dev)`
                """, Parsing.shape(Parsing.parse(String.join("\n",
                "- **工作流程**",
                "",
                "0. [dev.c/dev_open()](./dev.c)",
                "1. `CONFIG_DEV = y`, 打开选项",
                "2. `dev->level = 3`, 设级别",
                "3. `dev_start(dev)`") + "\n")));
    }
}
