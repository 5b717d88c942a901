package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Steps written as source locations ({@code fs/x.c:caller:callee:12}, {@code fs/x.c:12 f()}, tagged
 * {@code [BUG-1] …}) in a staircase, fenced or not, under a caption (made-up fragments).
 */
class LocatedStepsTest {

    @Test
    void aLocationChainIsTheCallOfItsLastNamedPart() {
        Parsing.assertShape("""
                root fs/open.c:open_file:do_open:120  # opens it
                  call fs/namei.c:do_open:walk_path:380  # walks
                    call fs/namei.c:walk_path:lookup_one(dentry):370
                  call fs/open.c:open_file:install_fd:121
                """,
                "fs/open.c:open_file:do_open:120 # opens it",
                "        fs/namei.c:do_open:walk_path:380 # walks",
                "                fs/namei.c:walk_path:lookup_one(dentry):370",
                "        fs/open.c:open_file:install_fd:121");
    }

    @Test
    void aLocationWithOneNameAndItsLineIsThatCall() {
        Parsing.assertShape("""
                root net/core/dev.c:queue_xmit:410
                  call net/core/dev.c:pick_tx:388
                    call drivers/net/nic.c:nic_send:77
                """,
                "net/core/dev.c:queue_xmit:410",
                "    net/core/dev.c:pick_tx:388",
                "        drivers/net/nic.c:nic_send:77");
    }

    @Test
    void aLineNumberedPathBeforeACallIsWhereTheCallIs() {
        Parsing.assertShape("""
                root mm/zone.c:120 fill_zone()
                  call mm/zone.c:88 take_pages(z)
                    call mm/buddy.c:40 split_block()
                  call mm/zone.c:130 mark_full(z)
                """,
                "mm/zone.c:120 fill_zone()",
                "    mm/zone.c:88 take_pages(z)",
                "        mm/buddy.c:40 split_block()",
                "    mm/zone.c:130 mark_full(z)");
    }

    @Test
    void aTagInCapitalsBeforeAStepPointsItOut() {
        Parsing.assertShape("""
                root sched/core.c:run_tick:update_load:300
                  call [BUG-2] sched/fair.c:update_load:decay_avg:90
                    call [WINDOW] sched/fair.c:decay_avg:clamp_avg:95
                  call [WARN] reset_clock()
                """,
                "sched/core.c:run_tick:update_load:300",
                "    [BUG-2] sched/fair.c:update_load:decay_avg:90",
                "        [WINDOW] sched/fair.c:decay_avg:clamp_avg:95",
                "    [WARN] reset_clock()");
    }

    /** Each group is a tree of its own; its caption stays the note's text (the grids' convention: the caption is no root). */
    @Test
    void captionedStaircasesOfLocationsOutsideAFenceAreTrees() {
        Note note = Parsing.parse("""
                # Crash notes

                The writer takes the lock first.

                  写者路径:
                  fs/pipe.c:pipe_write:lock_pipe:512 # 先拿锁
                        fs/pipe.c:lock_pipe:mutex_lock(pipe_mutex):80 # 持有它
                                [BUG-1] fs/pipe.c:pipe_write:wait_room:530 # 在这里睡眠

                  reader path:
                  fs/pipe.c:pipe_read:lock_pipe:300 # blocks here
                        [WAIT] fs/pipe.c:lock_pipe:mutex_lock(pipe_mutex):80

                That is the deadlock.
                """);
        assertEquals("""
                root fs/pipe.c:pipe_write:lock_pipe:512  # 先拿锁
                  call fs/pipe.c:lock_pipe:mutex_lock(pipe_mutex):80  # 持有它
                    call [BUG-1] fs/pipe.c:pipe_write:wait_room:530  # 在这里睡眠
                root fs/pipe.c:pipe_read:lock_pipe:300  # blocks here
                  call [WAIT] fs/pipe.c:lock_pipe:mutex_lock(pipe_mutex):80
                """, Parsing.shape(note));
    }

    @Test
    void compilerDiagnosticsAndGrepHitsAreNoSteps() {
        Note note = Parsing.parse("""
                # Build log

                    drivers/net/nic.c:77:12: warning: unused variable 'len'
                        drivers/net/nic.c:80:5: note: declared here
                    drivers/net/nic.c:91:  nic_send(dev, skb);
                        drivers/net/nic.c:95:  return 0;

                Fixed in the next commit.
                """);
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void grepHitsWithTheLineNumberBeforeTheMatchedTextAreNoStepsEvenIndented() {
        Note note = Parsing.parse("""
                # Where frob is exported

                ```
                $ grep -rn "EXPORT_ALIAS(frob_put" lib/
                lib/frob.c:301:EXPORT_ALIAS(frob_put);
                    lib/frob_extra.c:77:EXPORT_ALIAS(frob_put);
                ```
                """);
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void statusTagsOverIndentedNamesAreALogNoTrace() {
        for (String log : List.of("""
                [OK] mount_disks
                    [OK] check_quota
                    [PASS] load_plugins
                [FAIL] bring_up_wifi
                    [WARN] lease_expired
                """, """
                [TODO] write_docs
                    [DONE] spell_check
                    [WIP] draw_figures
                [RUN] case_merge
                    [SKIPPED] case_merge_big
                """)) {
            Note note = Parsing.parse("# Status\n\n```\n" + log + "```\n");
            assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
        }
    }

    @Test
    void aStatusTagBeforeACallStillPointsItOut() {
        Parsing.assertShape("""
                root sched/core.c:run_tick:update_load:300
                  call [OK] sched/fair.c:update_load:decay_avg:90
                  call [FAIL] reset_clock()
                """,
                "sched/core.c:run_tick:update_load:300",
                "    [OK] sched/fair.c:update_load:decay_avg:90",
                "    [FAIL] reset_clock()");
    }

    @Test
    void bracketedWordsInAListAreNoTags() {
        Note note = Parsing.parse("""
                # Changelog

                Version 2:
                [FIX] the parser no longer drops blank lines
                    [NEW] a flag to keep comments
                        [DOC] the README explains the flag

                - [x] done
                - [ ] todo
                """);
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }
}
