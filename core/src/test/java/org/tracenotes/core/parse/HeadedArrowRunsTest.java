package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/**
 * Headings among arrows at a fence's margin, the count of marks giving the depth ({@code -->} and {@code ##} one
 * level down, {@code --->} and {@code ###} two), and a call's two-way note naming the hook it implements
 * (made-up fragments).
 */
class HeadedArrowRunsTest {

    @Test
    void headingsAndArrowsAtTheMarginNestByTheirMarks() {
        Parsing.assertShape("""
                root flush_thread
                  call flush_begin
                  loop while循环
                    call flush_pending
                    if 当 dirty > limit 时
                      call flush_iterate
                        call write_pages
                    else dirty <= limit 时
                      call flush_complete
                  call flush_end
                """,
                "flush_thread",
                "-->flush_begin",
                "## while循环",
                "--->flush_pending",
                "### 当 dirty > limit 时",
                "---->flush_iterate",
                "     -->write_pages",
                "### dirty <= limit 时",
                "---->flush_complete",
                "-->flush_end");
    }

    @Test
    void anEnglishLoopHeadingTakesTheLongerArrowsUnderIt() {
        Parsing.assertShape("""
                root pump_events
                  call open_queue
                  loop while the queue is not empty
                    call take_event
                      call decode_event
                    call dispatch_event
                  call close_queue
                """,
                "pump_events",
                "-> open_queue",
                "## while the queue is not empty",
                "--> take_event",
                "---> decode_event",
                "--> dispatch_event",
                "-> close_queue");
    }

    @Test
    void aTwoWayArrowAfterACallNamesTheHookItImplements() {
        Parsing.assertShape("""
                root save_state
                  call disk_save_setup<==>dev->ops->save_setup
                  call net_save <=> ops.save
                """,
                "save_state",
                "  -> disk_save_setup<==>dev->ops->save_setup",
                "  -> net_save <=> ops.save");
    }

    @Test
    void aSingleHashCommentAmongArrowsStaysAComment() {
        Parsing.assertShape("""
                root start_up
                  call init_a
                  call init_b
                    call init_c
                """,
                "start_up",
                "-> init_a",
                "# the second one is slow",
                "-> init_b",
                "  -> init_c");
    }

    @Test
    void anIfHeadingIsABranchAndTheShorterArrowAfterItLeavesIt() {
        Parsing.assertShape("""
                root bake
                  call preheat
                  if if it burns
                    call scrape
                  call serve
                """,
                "bake",
                "-->preheat",
                "### if it burns",
                "--->scrape",
                "-->serve");
    }
}
