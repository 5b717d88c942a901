package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Lists of bare function names outside fences and frame numbers in fences ({@code TitledNameRuns},
 * {@code PastedStacks} in the grammar): an item in words over a run of names one
 * level deeper is a path caller first under the item; a flat list whose last name enters the kernel (and whose first
 * does not) is a stack copied innermost first, read bottom up; a fence of {@code -000|f()} frames is a debugger's
 * stack, innermost first. Lists of things (variants of one function, options, settings, names with remarks, a list
 * of system calls) stay text. Every fragment is made up.
 */
class TitledNameListsTest {

    private static void assertRead(String expected, String text) {
        Note note = Parsing.parse(text);
        assertEquals(expected, Parsing.shape(note), text);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), () -> text + "\n=> " + Parsing.shape(note));
    }

    @Test
    void aNumberedItemInWordsOverTabbedNamesIsAPathUnderTheItem() {
        assertRead("root 위젯 드라이버\n  call __irq_widget\n    call widget_dispatch\n      call widget_handle_one\n        call widget_ack_irq\n",
                "1. 사용자 공간\n\n2. 위젯 드라이버\n\t- __irq_widget\n\t- widget_dispatch\n\t- widget_handle_one\n"
                + "\t- widget_ack_irq\n\n3. 끝\n");
    }

    @Test
    void eachScenarioItemOverItsNamesIsAPathOfItsOwn() {
        assertRead("root close()  시스템 콜\n  call sys_widget_close\n    call widget_release\n      call widget_free_slots\n"
                + "root 시그널을 받아 종료\n  call slow_work_pending\n    call widget_deliver\n      call widget_release\n",
                "- 위젯을 닫는 두 경로\n\t- close() 시스템 콜\n\t\t- sys_widget_close\n\t\t- widget_release\n"
                + "\t\t- widget_free_slots\n\t- 시그널을 받아 종료\n\t\t- slow_work_pending\n\t\t- widget_deliver\n\t\t- widget_release\n\n");
    }

    @Test
    void anItemOverVariantsOfOneFunctionOrOverSettingsStaysText() {
        assertNoTrace("- The new helpers\n  - widget_alloc()\n  - widget_alloc_node()\n  - widget_alloc_zeroed()\n");
        assertNoTrace("- Options\n  - CONFIG_WIDGET_A\n  - CONFIG_WIDGET_B\n  - CONFIG_WIDGET_C\n");
        assertNoTrace("- Useful ones:\n  - widget_get\n  - gadget_find\n  - sprocket_put\n");
        assertNoTrace("1. Exported helpers\n   - widget_get\n   - gadget_find\n   - sprocket_put\n");
        assertNoTrace("- Types\n  - widget_t\n  - gadget_t\n  - sprocket_t\n");
    }

    @Test
    void namesWithRemarksTwoNamesAlikeOrTooFewStayText() {
        assertNoTrace("- Steps\n  - widget_open opens it\n  - widget_read\n  - widget_close\n");
        assertNoTrace("- Steps\n  - widget_open\n  - widget_read\n  - widget_open\n");
        assertNoTrace("- Steps\n  - widget_open\n  - widget_read\n");
    }

    @Test
    void aFlatListUnderAHeadingEndingInAnEntryIsAStackReadBottomUp() {
        assertRead("root ret_fast_syscall\n  call sys_close\n    call filp_close\n      call widget_put\n        call widget_free\n",
                "#### widget close log\n- widget_free\n- widget_put\n- filp_close\n- sys_close\n- ret_fast_syscall\n\nMore words.\n");
    }

    @Test
    void aLogFrameWithItsOffsetAndARemarkIsAFrameToo() {
        assertRead("root sys_close\n  call widget_put+0x1c/0x40  // 참조 해제\n    call widget_free\n",   // the frame's offset kept (core's PastedStackFrames)
                "- 종료\n\t- widget_free\n\t- widget_put+0x1c/0x40 // 참조 해제\n\t- sys_close\n- other words\n");
    }

    @Test
    void aListStartingAtTheEntryOrAListOfSystemCallsIsNoStack() {
        assertNoTrace("#### syscalls we hook\n- sys_open\n- sys_read\n- sys_close\n");
        assertNoTrace("### Helpers\n- widget_open\n- widget_read\n- widget_close\n");
    }

    @Test
    void aFenceOfNumberedDebuggerFramesIsAStackInnermostFirst() {
        assertRead("root ret_to_user()\n  call widget_ioctl()\n    call widget_poll(timeout = 100)\n      call widget_wait()\n",
                "```\n-000|widget_wait()\n-001|widget_poll(timeout = 100)\n-002:widget_ioctl()\n-003:ret_to_user()\n```\n");
    }

    @Test
    void aFenceOfOtherMinusNumberedLinesStaysWhatItWas() {
        assertNoTrace("```\n-000|widget_wait()\n    |  timeout = 100\n-001|widget_poll()\n-002|widget_ioctl()\n```\n");
        assertNoTrace("```\n-001: old line one\n-002: old line two\n-003: old line three\n```\n");
        assertNoTrace("```\n-001|widget_a()\n-002|widget_b()\n-003|widget_c()\n```\n");
    }
    @Test
    void aNumberedListOfKernelFunctionsWithTheirTreeFilesIsAPathFromItemOne() {
        assertRead("root widget_write  ：写入数据 net/widget.c\n  call widget_sendmsg:net/ipv4/widget.c\n"
                + "    call widget_xmit:net/core/widget_out.c\n      call widget_queue:net/core/dev\n",
                "### 各层函数\n\n    1 widget_write：写入数据 net/widget.c\n    2 widget_sendmsg:net/ipv4/widget.c\n"
                + "    3 widget_xmit:net/core/widget_out.c\n    4 widget_queue:net/core/dev\n\nMore words.\n");
    }

    @Test
    void numberedFunctionsWithFilesOfAnotherTreeOrWithWordsOnEachItemStayText() {
        assertNoTrace("1. slow_start: rewritten in net/tcp.c\n2. bad_free: removed from mm/pool.c\n"
                + "3. leak_fix: moved to mm/alloc.c\n4. net_cb: see net/cb.c\n");
        assertNoTrace("1 parse_args:src/args.c\n2 load_config:src/config.c\n3 run_main:src/main.c\n4 save_state:src/state.c\n");
        assertNoTrace("1 widget_a: fixed a leak net/a.c\n2 widget_b: sped up net/b.c\n3 widget_c:net/c.c\n4 widget_d:net/d.c\n");
        assertNoTrace("1 widget_a:net/a.py\n2 widget_b:net/b.py\n3 widget_c:net/c.py\n4 widget_d:net/d.py\n");
        assertNoTrace("1 widget_a:net/a.c\n2 widget_b:net/b.c\n3 widget_c:net/c.c\n");
    }
}
