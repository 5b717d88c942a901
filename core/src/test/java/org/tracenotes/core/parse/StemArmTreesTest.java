package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Call trees drawn with arms hung from stems that carry noise between their nodes: lines of stems alone,
 * remarks in words under a node, conditions ({@code +-[?] x}, a bare {@code [?] y}) whose branches are led by
 * outcomes ({@code Y--}, {@code N--}, {@code yes--}), and the step a condition takes written under its text.
 * Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class StemArmTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void remarksUnderNodesAndStemLinesAreNoSteps() {
        assertEquals("""
                root do_open (open.c)
                  call path_lookup (namei.c)
                    call walk_component (namei.c)
                    prose look at the cache first
                  call vfs_open (open.c)
                """, read(
                "do_open (open.c)",
                "checks the flags before anything else",
                "|",
                "+--path_lookup (namei.c)",
                "|  |",
                "|  +--walk_component (namei.c)",
                "|  |  finds the dentry of each part",
                "|  |",
                "|  +--look at the cache first",
                "|",
                "+--vfs_open (open.c)",
                "   opens the file and returns it"));
    }

    @Test
    void conditionsHangTheirOutcomesFromUnderTheirMark() {
        assertEquals("""
                root do_read (read.c)
                  call lookup_page (cache.c)
                    if page!=NULL
                      call copy_page (cache.c)
                      call read_page (disk.c)
                    call mark_accessed (cache.c)
                  if count > limit
                    call split_read (read.c)
                  if count == 0
                    call return_zero (read.c)
                  call finish_read (read.c)
                """, read(
                "do_read (read.c)",
                "|",
                "+--lookup_page (cache.c)",
                "|  |  looks the page up in the cache",
                "|  |",
                "|  +-[?] page!=NULL",
                "|  |  |",
                "|  |  Y--copy_page (cache.c)",
                "|  |  |",
                "|  |  N--read_page (disk.c)",
                "|  |     reads it from the disk",
                "|  |",
                "|  +--mark_accessed (cache.c)",
                "|",
                "+-[?] count > limit",
                "|  |",
                "|  Y--split_read (read.c)",
                "|  |",
                "|  [?] count == 0",
                "|   |",
                "|   Y--return_zero (read.c)",
                "|",
                "+--finish_read (read.c)",
                "   updates the counters"));
    }

    @Test
    void anOutcomeThatOpensAListHangsItsCasesFromItsOwnArm() {
        assertEquals("""
                root queue_io
                  if has_budget(q)
                    if len <= SMALL_LEN
                      call send_inline (net.c)
                    if len <= MAX_LEN
                      call send_copy (net.c)
                  call defer_io (net.c)
                """, read(
                "queue_io",
                "|",
                "+-[?] has_budget(q)",
                "|  |",
                "|  yes--+--len <= SMALL_LEN",
                "|       |  send_inline (net.c)",
                "|       |",
                "|       +--len <= MAX_LEN",
                "|          send_copy (net.c)",
                "|",
                "+--defer_io (net.c)"));
    }

    @Test
    void backquotedArmsAndWordsOfAnyScriptUnderThemRead() {
        assertEquals("""
                root sys_mount
                  call copy_mount_options()
                  call do_mount()
                    call path_mount()
                    if 如果是 remount
                      call do_remount()
                """, read(
                "sys_mount",
                "|-- copy_mount_options()",
                "|   从用户态拷贝参数",
                "`-- do_mount()",
                "    |-- path_mount()",
                "    |   解析挂载点",
                "    `-- 如果是 remount",
                "        do_remount()"));
    }

    @Test
    void aDirectoryListingDrawnTheSameWayIsNoTrace() {
        assertEquals("", read(
                "project",
                "|-- src/",
                "|   |-- main.c",
                "|   |   the entry point",
                "|   `-- util.c",
                "|-- docs/",
                "`-- README.md"));
    }

    @Test
    void codeAtACallsTextColumnIsItsNextStepAndAConditionsIsItsBody() {
        assertEquals("""
                root flush_all
                  call lock_all()
                  call flush_one()
                  call sync_meta()
                  if dirty > 0
                    call write_back()
                """, read(
                "flush_all",
                "|",
                "+--lock_all()",
                "   flush_one()",
                "|",
                "+--sync_meta()",
                "|",
                "+--dirty > 0",
                "   write_back()"));
    }

    @Test
    void boxesAndWiresAreNoTree() {
        assertEquals("", read(
                "+--------+      +---------+",
                "| client | ---> | server  |",
                "+--------+      +---------+",
                "     |",
                "     +--> logs"));
    }
}
