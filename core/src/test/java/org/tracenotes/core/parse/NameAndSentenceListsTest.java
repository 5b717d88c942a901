package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Lists of calls written with the callees' names alone (or as links), remarks in words among them.
 * Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class NameAndSentenceListsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aListOfBareNamesNestedByBlanksIsACallTreeWithRemarksInWords() {
        String[] lines = {
                "## callers",
                "",
                " * ring_alloc",
                "   * __slot_get",
                "   * open(2) で ring_struct を作る ( make_ring )",
                "     * 失敗したら -EBUSY",
                " * ring_one, ring_two, __ring_three",
                "   * slot_zeroed",
                "     * __slot_get",
                "       * slot_pages",
                " * dev_fault",
                "   * do_dev_fault",
                "     * handle_dev_fault",
                "        * map_dev_page",
                "",
                "Words."};
        assertEquals("""
                root ring_alloc
                  call __slot_get
                root ring_one, ring_two, __ring_three
                  call slot_zeroed
                    call __slot_get
                      call slot_pages
                root dev_fault
                  call do_dev_fault
                    call handle_dev_fault
                      call map_dev_page
                """, read(lines));
        Note note = Parsing.parse(String.join("\n", lines) + "\n");
        long remarks = note.traceBlocks().get(0).roots().stream().mapToLong(r -> r.comments().size()).sum();
        assertEquals(2, remarks, () -> "remarks: " + note.traceBlocks());
    }

    @Test
    void boldNamesAndNamesFollowedByWordsAreCallsAndSentencesAboutOtherFunctionsAreRemarks() {
        assertEquals("""
                root __ring_alloc
                root __ring_alloc_mask
                  call get_slot_from_list
                    call slot_reclaim  で slot ごとに探す
                      call **shrink_slots**
                        call shrink_one
                  call **__ring_slowpath**
                    call wake_ringd  で ringd を起こす
                    call ring_compact
                """, read(
                " * __ring_alloc",
                "   * ringmask を NULL にして __ring_alloc_mask を呼ぶ",
                " * __ring_alloc_mask",
                "   * get_slot_from_list",
                "     * list から取れなかったら __ring_slowpath を呼ぶ",
                "     * slot_reclaim で slot ごとに探す",
                "       * **shrink_slots**",
                "         * shrink_one",
                "   * **__ring_slowpath**",
                "     * wake_ringd で ringd を起こす",
                "       * __RING_NO_WAKE が立っていない場合だけ",
                "     * ring_compact",
                ""));
    }

    @Test
    void aListOfLinksToCallsNestedByTabsIsACallTree() {
        assertEquals("""
                root [dev_loop()](#dev_loop)
                  call [schedule_dev()](#schedule_dev)
                    call [__schedule_dev()](#__schedule_dev)
                      call [dev_switch()](#dev_switch)
                """, read(
                "Call Graph",
                "",
                "- [dev_loop()](#dev_loop)",
                "\t- [schedule_dev()](#schedule_dev)",
                "\t\t- [__schedule_dev()](#__schedule_dev)",
                "\t\t\t- [dev_switch()](#dev_switch)",
                ""));
    }

    @Test
    void listsOfNamesSideBySideOrOfThingsStayProse() {
        assertEquals("", read(
                "Functions to read:",
                "",
                "- ring_alloc",
                "  - ring_free",
                "  - ring_grow",
                "- slot_get",
                "  - slot_put",
                "- dev_open"));
        assertEquals("", read(
                "Files:",
                "",
                "- mm",
                "  - page_alloc.c",
                "    - vmscan.c",
                "      - slab.c"));
        assertEquals("", read(
                "Flags:",
                "",
                "- GFP_KERNEL",
                "  - __GFP_IO",
                "    - __GFP_FS",
                "      - __GFP_RECLAIM"));
        assertEquals("", read(
                "- see ring_alloc for the rings",
                "  - and slot_get for the slots",
                "    - which uses slot_find and slot_lock",
                "      - then dev_open"));
    }

    @Test
    void itemsInWordsOfANameListAreNoSteps() {
        String shape = read(
                " * ring_alloc",
                "   * ring_init",
                "     * ここでは何もしない",
                "     * slot_get",
                "       * 失敗したら返す",
                "");
        assertEquals("""
                root ring_alloc
                  call ring_init
                    call slot_get
                """, shape);
        assertFalse(shape.contains("prose"), shape);
    }

    @Test
    void aNameEndingInACommaAndAOneWordItemInANameListAreCalls() {
        assertEquals("""
                root main
                  call dev_main_loop
                    call dev_poll,
                      call dev_dispatch
                        call dev_read
                """, read(
                "- main",
                "  - dev_main_loop",
                "    - dev_poll,",
                "      - dev_dispatch",
                "        - dev_read",
                ""));
    }

    @Test
    void aNumberedListOfSentencesThatCallIsAStepTreeUnderAnImpliedRoot() {
        assertEquals("""
                root\s
                  call `dev_read` 调用 `dev_read_one(int fd)` ：
                    call 调用 `dev_get` 从 `fd` 取得 `struct dev` 。
                    if 当 `.dev != NULL` 时：
                      call 使用 `dev_pos` 获取偏移量
                      call 调用 `vfs_dev_read(struct dev *d)` ：
                        if 当读取字节数大于0时，调用 `notify_read` 告知。
                        call 调用 `inc_reads` 增加计数。
                      prose 更新偏移量
                  return 返回 `0` 。
                """, read(
                "`read` 的流程如下：",
                "1. `dev_read` 调用 `dev_read_one(int fd)` ：",
                "\t1. 调用 `dev_get` 从 `fd` 取得 `struct dev` 。",
                "\t\t- `struct dev` 定义如下：",
                "\t\t```C",
                "struct dev {",
                "\tint id;",
                "};",
                "\t\t```",
                "\t2. 当 `.dev != NULL` 时：",
                "\t\t1. 使用 `dev_pos` 获取偏移量",
                "\t\t2. 调用 `vfs_dev_read(struct dev *d)` ：",
                "\t\t\t1. 当读取字节数大于0时，调用 `notify_read` 告知。",
                "\t\t\t2. 调用 `inc_reads` 增加计数。",
                "\t\t\t3. ",
                "\t\t3. 更新偏移量",
                "2. 返回 `0` 。",
                ""));
    }

    @Test
    void numberedListsOfThingsToDoStayProse() {
        assertEquals("", read(
                "Steps:",
                "",
                "1. 安装 `gcc` 和 `make`",
                "\t1. 运行 `./configure`",
                "\t2. 运行 `make_install`",
                "2. 检查 `dmesg`",
                "\t1. 看 `dev_open` 的输出"));
        assertEquals("", read(
                "1. call `dev_open` first",
                "2. then call `dev_read`",
                "3. and call `dev_close`",
                "4. done"));
        assertEquals("", read(
                "1. open the file",
                "   1. see `man 2 open`",
                "2. read it"));
    }

    @Test
    void aSentenceOpeningWithACallWordAndACodeSpanIsACallAndOneOpeningWithWhenIsAnIf() {
        assertEquals("""
                root\s
                  call 调用返回 `long dev_open(int fd)` ：
                    call 调用 `dev_get` 取得设备。
                    if 当 `dev->busy` 时：
                      call 调用 `dev_wait` 等待。
                    if 当计数为0时，调用 `dev_free` 释放。
                    call 调用 `dev_put` 放回：
                      prose 更新计数。
                    prose 调用它的次数很多。
                """, read(
                "流程：",
                "1. 调用返回 `long dev_open(int fd)` ：",
                "\t1. 调用 `dev_get` 取得设备。",
                "\t2. 当 `dev->busy` 时：",
                "\t\t1. 调用 `dev_wait` 等待。",
                "\t3. 当计数为0时，调用 `dev_free` 释放。",
                "\t4. 调用 `dev_put` 放回：",
                "\t\t1. 更新计数。",
                "\t5. 调用它的次数很多。",
                ""));
    }

    @Test
    void callInsideAWordCalledByCallerAndDoesNotCallNameNoCall() {
        assertEquals("", read(
                "流程：",
                "",
                "1. 被调用 `dev_open` 时检查参数：",
                "\t1. 调用者 `dev_user` 持有锁。",
                "\t2. 不调用 `dev_wait` 。",
                "2. typically `dev_get` is locally `dev_put`:",
                "\t1. a syscall `dev_read` with a callback `dev_cb`",
                "\t2. recall `dev_close`",
                "3. basically `dev_free`",
                ""));
    }

    @Test
    void aSentenceOpeningWithAWordStartingWithWhenOrATimeWordIsNoIf() {
        assertEquals("""
                root\s
                  call 调用 `dev_open` ：
                    prose 当前时间 `jiffies` 已更新。
                    prose 当然，此时 `dev->busy` 为假。
                    prose 当前 CPU 同时持有 `dev_lock` 。
                    if 当 `dev->busy` 为真的时候，调用 `dev_wait` 。
                  call 调用 `dev_close` ：
                    prose 更新计数。
                """, read(
                "流程：",
                "",
                "1. 调用 `dev_open` ：",
                "\t1. 当前时间 `jiffies` 已更新。",
                "\t2. 当然，此时 `dev->busy` 为假。",
                "\t3. 当前 CPU 同时持有 `dev_lock` 。",
                "\t4. 当 `dev->busy` 为真的时候，调用 `dev_wait` 。",
                "2. 调用 `dev_close` ：",
                "\t1. 更新计数。",
                ""));
    }

    @Test
    void nestedListsOfFieldsSettingsAndSectionLinksAreNoCallTree() {
        assertEquals("", read(
                "## Structures",
                "",
                "* ring_struct",
                "  * slot_struct",
                "    * slot_lock",
                "  * page_struct",
                "    * page_count",
                ""));
        assertEquals("", read(
                "## Contents",
                "",
                "- [ring_open()](#ring_open)",
                "  - [slot_get()](#slot_get)",
                "    - [page_map()](#page_map)",
                "  - [ring_close()](#ring_close)",
                ""));
        assertEquals("", read(
                "Settings:",
                "",
                "* vm_ring_ratio",
                "  * ring_background_ratio",
                "    * ring_expire_secs",
                "  * ring_writeback_secs",
                ""));
    }

    @Test
    void sectionLinksUnderALineNamingACallGraphAreACallTree() {
        assertEquals("""
                root [ring_open()](#ring_open)
                  call [slot_get()](#slot_get)
                    call [page_map()](#page_map)
                """, read(
                "Call graph",
                "",
                "- [ring_open()](#ring_open)",
                "\t- [slot_get()](#slot_get)",
                "\t\t- [page_map()](#page_map)",
                ""));
    }
}
