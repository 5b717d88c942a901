package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Numbered Markdown lists outside any fence under a caption that says a flow follows: the items are the
 * steps of a function, bullets under an item its body, an item numbered 0 naming the function the root.
 * Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class FlowCaptionListsTest {

    private static Note parse(String... lines) {
        return Parsing.parse(String.join("\n", lines) + "\n");
    }

    private static String read(String... lines) {
        return Parsing.shape(parse(lines));
    }

    @Test
    void aNumberedListUnderAFlowCaptionIsATraceWhoseItemZeroIsTheRoot() {
        assertEquals("""
                root [dev.c/dev_open()](./dev.c) 里有注释  ( ./dev.c
                  prose 检查 `flags` 的范围
                  call `dev_setup(dev)`, 准备设备
                  call `slot_alloc()`, 分配槽位
                  prose 把状态设为就绪
                  call `dev_start(dev)`
                """, read(
                "Some words.",
                "",
                "- **调用流程**",
                "",
                "0. [dev.c/dev_open()](./dev.c) 里有注释",
                "1. 检查 `flags` 的范围",
                "2. `dev_setup(dev)`, 准备设备",
                "3. `slot_alloc()`, 分配槽位",
                "4. 把状态设为就绪",
                "5. `dev_start(dev)`",
                "",
                "More words."));
    }

    @Test
    void bulletsUnderANumberedItemAreTheBodyOfItsCallByTheirIndentation() {
        assertEquals("""
                root [ring.c/ring_open()]  ( ./ring.c
                  prose 创建一个指针 `r`
                  call 将 `r` 传入 `ring_create()`
                    call `ring_create()` 内部调用 `__ring_create()`
                      call `slot_get()`
                      call `ops->init()`
                        call `page_get()`
                    call `ring_map()` 把它映射进来
                  prose 返回错误值
                """, read(
                "call flow:",
                "",
                "0. [ring.c/ring_open()](./ring.c)",
                "1. 创建一个指针 `r`",
                "2. 将 `r` 传入 `ring_create()`",
                "\t- `ring_create()` 内部调用 `__ring_create()`",
                "\t\t- `slot_get()`",
                "\t\t- `ops->init()`",
                "\t\t\t- `page_get()`",
                "\t- `ring_map()` 把它映射进来",
                "3. 返回错误值"));
    }

    @Test
    void aListNumberedFromOneUnderAFlowCaptionHasAnImpliedRoot() {
        Note note = parse(
                "**Call flow**",
                "",
                "1. `queue_lock(q)`",
                "2. `queue_fill(q, n)`",
                "3. `queue_unlock(q)`");
        assertEquals(1, note.traceBlocks().size());
        assertEquals(3, Parsing.onlyRoot(note).body().size());
    }

    @Test
    void instructionsUnderACaptionWithoutAFlowWordStayProse() {
        assertTrue(parse(
                "**Steps:**",
                "",
                "1. Run `make defconfig()` first",
                "2. Set `CONFIG_X = y` in the file",
                "3. Build with `make(1)`",
                "4. Boot it").traceBlocks().isEmpty());
    }

    @Test
    void aFlowListThatNamesOneFunctionInPassingStaysProse() {
        assertTrue(parse(
                "工作流程：",
                "",
                "1. 打开设备文件",
                "2. 读取配置, 参见 `dev_read()`",
                "3. 写入结果",
                "4. 关闭文件").traceBlocks().isEmpty());
    }

    @Test
    void aListOfLinksUnderACallCaptionStaysProse() {
        assertTrue(parse(
                "- **Call graphs**",
                "",
                "1. [the open path](./open.md)",
                "2. [the read path](./read.md)",
                "3. [the write path](./write.md)").traceBlocks().isEmpty());
    }

    @Test
    void aLongSentenceEndingWithAColonIsNoCaption() {
        assertTrue(parse(
                "In this release the flow of calls changed in several places, as follows:",
                "",
                "1. `dev_open()` was renamed",
                "2. `dev_close()` was removed",
                "3. `dev_read()` takes a flag").traceBlocks().isEmpty());
    }

    @Test
    void aNumberedListRightUnderAParagraphLineIsNotCaptioned() {
        assertTrue(parse(
                "调用流程:",
                "1. `a_open()` opens",
                "2. `a_read()` reads",
                "3. `a_close()` closes").traceBlocks().isEmpty());
    }

    @Test
    void aWordThatOnlyHoldsFlowOrCallNamesNoFlow() {
        for (String caption : new String[] {"**Overflow helpers:**", "Workflow:", "To build locally:", "**Syscall conventions:**",
                "Recall:", "**Calls:**"}) {
            assertTrue(parse(
                    caption,
                    "",
                    "1. `dev_add_checked(a, b, &sum)` returns true on overflow",
                    "2. `dev_array_size(n, sz)` saturates",
                    "3. `dev_struct_size(p, m, n)` sizes arrays").traceBlocks().isEmpty(), caption);
        }
    }

    @Test
    void aCaptionNamingAFlowOrACallChainInWordsIsAFlowCaption() {
        for (String caption : new String[] {"**Call flow:**", "Call chain:", "**Open flow**", "调用流程："}) {
            assertEquals(1, parse(
                    caption,
                    "",
                    "1. `dev_lock(d)`",
                    "2. `dev_fill(d, n)`",
                    "3. `dev_unlock(d)`").traceBlocks().size(), caption);
        }
    }

    @Test
    void settingsInCodeSpansAreNoAssignmentsInCode() {
        assertTrue(parse(
                "**Build flow:**",
                "",
                "1. Set `CONFIG_DEV_A = y` in .config",
                "2. Set `CONFIG_DEV_B = m` too",
                "3. Set `DEV_LEVEL = 3` as well",
                "4. Set `dev_debug = y` last").traceBlocks().isEmpty());
    }
}
