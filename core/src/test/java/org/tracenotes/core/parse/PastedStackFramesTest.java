package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A call stack pasted into a note innermost frame first, one bare frame a line (a kernel's {@code f+0x1c/0x40}
 * frames, an ftrace {@code => f} stack, frames numbered {@code -000:} or {@code -000|} down the page, a Markdown list of the
 * frames' names), reads bottom up when the text says which end is the outermost: offsets, an entry point at the
 * bottom, zero-padded frame numbers, a caption naming a stack. Without such evidence, and in a raw dump, the
 * lines keep their reading. Every fragment is made up.
 */
class PastedStackFramesTest {

    @Test
    void framesWithOffsetsInAFenceReadBottomUp() {
        assertEquals("""
                root __do_softirq+0xd9/0x2c4
                  call blk_done_softirq+0x8e/0xc0
                    call scsi_io_completion+0x5c/0x620
                      call scsi_end_requeue+0x116/0x1e0
                """, Parsing.shape(Parsing.fenced("scsi_end_requeue+0x116/0x1e0", "scsi_io_completion+0x5c/0x620",
                "blk_done_softirq+0x8e/0xc0", "__do_softirq+0xd9/0x2c4")));
    }

    @Test
    void framesWithOffsetsInTheNotesTextReadBottomUp() {
        assertEquals("""
                root widget_irq+0x10/0x40
                  call widget_done+0x2c/0x90
                    call widget_free+0x5/0x20
                """, Parsing.shape(Parsing.parse(
                "# Completion\n\nwidget_free+0x5/0x20\nwidget_done+0x2c/0x90\nwidget_irq+0x10/0x40\n\nThe end.\n")));
    }

    @Test
    void anFtraceStackEndingInASyscallEntryReadsBottomUpItsLastFrameTheRoot() {
        assertEquals("""
                root ksys_sync
                  call iterate_bdevx
                    call do_writepagex
                      call write_cache_pagex
                        call __ext9_write_page
                """, Parsing.shape(Parsing.parse("""
                Seen on sync:

                 => __ext9_write_page
                 => write_cache_pagex
                 => do_writepagex
                 => iterate_bdevx
                 => ksys_sync
                """)));
    }

    @Test
    void framesNumberedFromZeroWithLeadingZerosReadBottomUp() {
        assertEquals("""
                root sys_wait4()
                  call do_wait()
                    call schedule()
                      call __schedule()
                """, Parsing.shape(Parsing.fenced("-000:__schedule()", "-001:schedule()", "-002:do_wait()", "-003:sys_wait4()")));
    }

    @Test
    void aListOfNamesEndingInAnEntryPointReadsBottomUp() {
        assertEquals("""
                root ret_from_fork
                  call kthread
                    call widget_thread
                      call widget_poll()
                """, Parsing.shape(Parsing.parse("#### widget log\n- widget_poll()\n- widget_thread\n- kthread\n- ret_from_fork\n\nThe end.\n")));
    }

    @Test
    void aColumnOfArrowsWithoutEvidenceStaysARunOfSiblings() {
        assertEquals("""
                root widget_write
                  call lock_page
                  call widget_copy
                  call unlock_page
                """, Parsing.shape(Parsing.parse("widget_write\n => lock_page\n => widget_copy\n => unlock_page\n")));
    }

    @Test
    void aCallerFirstColumnWithTheEntryOnTopIsNoStackReadUpsideDown() {
        assertEquals("""
                root\s
                  call ksys_write
                  call vfs_write
                  call widget_write
                """, Parsing.shape(Parsing.parse("Notes:\n\n => ksys_write\n => vfs_write\n => widget_write\n")));
    }

    @Test
    void aRawDumpUnderItsHeaderStaysNoTrace() {
        assertEquals(0, Parsing.parse("<stack trace>\n => widget_a+0x1a/0x40\n => widget_b+0x2/0x10\n => widget_c+0x3/0x10\n")
                .traceBlocks().size());
        assertEquals(0, Parsing.parse("Call Trace:\nwidget_a+0x1a/0x40\nwidget_b+0x2/0x10\nwidget_c+0x3/0x10\n")
                .traceBlocks().size());
    }

    @Test
    void aFenceHoldingMoreThanFramesStaysADump() {
        assertEquals(0, Parsing.fenced("RIP: 0010:widget_a+0x1a/0x40", "RAX: 0000000000000000 RBX: 0000000000000001",
                "widget_a+0x1a/0x40", "widget_b+0x2/0x10", "widget_c+0x3/0x10").traceBlocks().size());
    }

    @Test
    void framesCutFromADumpWithUnreliableFramesStayText() {
        assertEquals(0, Parsing.parse("dump_widget+0x71/0x97\n? widget_x+0x1e/0x176\nwidget_a+0x1a/0x40\nwidget_b+0x2/0x10\n"
                + "widget_c+0x3/0x10\n").traceBlocks().size());
    }

    @Test
    void aListOfQuotedNamesEndingInAReturnPathReadsBottomUpTheQuotesKept() {
        assertEquals("""
                root `slow_work_pending`
                  call `widget_signal()`
                    call `widget_exit`
                """, Parsing.shape(Parsing.parse("### widget exit\n- `widget_exit`\n- `widget_signal()`\n- `slow_work_pending`\n\nDone.\n")));
    }

    @Test
    void aRemarkUnderTheLastItemStaysOutsideTheStack() {
        assertEquals("""
                root ksys_close
                  call widget_put
                    call widget_free
                """, Parsing.shape(Parsing.parse("- widget_free\n- widget_put\n- ksys_close\n    widget_note\n")));
    }

    @Test
    void aDebuggersFrameWindowWithBarsAndArgumentsReadsBottomUpOnStrayIndents() {
        assertEquals("""
                root ret_to_user()
                  call widget_ioctl(cmd = 2)
                    call widget_wait()
                """, Parsing.shape(Parsing.fenced("-000|widget_wait()", "  -001|widget_ioctl(cmd = 2)", "-002|ret_to_user()")));
    }

    @Test
    void proseAndPlainListsStayText() {
        assertEquals(0, Parsing.parse("Things to try:\n- apples\n- pears\n- kthread\n\nDone.\n").traceBlocks().size());
        assertEquals(0, Parsing.parse("Steps:\n0: start\n1: stop\n2: reset\n").traceBlocks().size());
    }
}
