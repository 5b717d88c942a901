package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void outcomesSpeltInAnyCaseReadAsTheirLetters() {
        String[] letters = {"run_job (job.c)", "|", "+-[?] queue empty", "|  |", "|  Y--sleep_job (job.c)", "|  |",
                "|  N--take_job (job.c)", "|", "+--finish_job (job.c)"};
        String[] words = {"run_job (job.c)", "|", "+-[?] queue empty", "|  |", "|  YES--sleep_job (job.c)", "|  |",
                "|  False--take_job (job.c)", "|", "+--finish_job (job.c)"};
        assertEquals(read(letters), read(words));
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
    void boxesAndWiresAreNoTree() {
        assertEquals("", read(
                "+--------+      +---------+",
                "| client | ---> | server  |",
                "+--------+      +---------+",
                "     |",
                "     +--> logs"));
    }

    @Test
    void aProcessTreeIsNoCallTree() {
        assertEquals("", read(
                "initd(1)-+-logger(20)-+-{logger}(21)",
                "         |            `-{logger}(22)",
                "         |-netd(30)-+-dhcpc(31)",
                "         |          `-{netd}(32)",
                "         |-cron(40)",
                "         `-login(50)---shell(51)---top(52)"));
    }

    @Test
    void anOutcomeOpeningCasesIsNoProcessTree() {
        String shape = read(
                "do_alloc (alloc.c)",
                "|",
                "+-[?] cache!=NULL",
                "|  |",
                "|  Y--+--size<=SMALL_MAX",
                "|     |  alloc_small (cache.c)",
                "|     |",
                "|     +--size<=LARGE_MAX",
                "|        alloc_large (cache.c)",
                "|",
                "+--alloc_slow (alloc.c)");
        assertTrue(shape.startsWith("root do_alloc (alloc.c)") && shape.contains("alloc_small (cache.c)")
                && shape.contains("call alloc_slow (alloc.c)"), shape);
    }
}
