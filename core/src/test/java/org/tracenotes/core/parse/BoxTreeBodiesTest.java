package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Lines without an edge in a tree drawn with box edges: the body of the edged step above, or a remark on it (made-up fragments). */
class BoxTreeBodiesTest {

    @Test
    void aLineInWordsUnderAnEdgedStepIsARemarkNotAStep() {
        Parsing.assertShape("""
                root shut_down(why)
                  call halt_timers()
                  call flush_all()
                """,
                "shut_down(why)",
                "\u251c\u2500\u2500 halt_timers()",
                "\u2502   \u505c\u6b62\u6240\u6709\u5b9a\u65f6\u5668",
                "\u2514\u2500\u2500 flush_all()");
    }

    @Test
    void codeWithoutAnEdgeAtAnEdgedStepsTextColumnIsItsBody() {
        Parsing.assertShape("""
                root shut_down(why)
                  call halt_timers()
                    if if (forced)
                      call kill_all()
                  call flush_all()
                    loop for (;;)
                      call relax()
                """,
                "shut_down(why)",
                "\u251c\u2500\u2500 halt_timers()",
                "\u2502   if (forced)",
                "\u2502       kill_all()",
                "\u2514\u2500\u2500 flush_all()",
                "    for (;;)",
                "        relax()");
    }

    @Test
    void anEdgedChildUnderALineWithoutAnEdgeHangsFromThatLine() {
        Parsing.assertShape("""
                root shut_down(why)
                  call halt_timers()
                    if if (forced)
                      call kill_all()
                      call wait_all()
                """,
                "shut_down(why)",
                "\u2514\u2500\u2500 halt_timers()",
                "    if (forced)",
                "    \u251c\u2500\u2500 kill_all()",
                "    \u2514\u2500\u2500 wait_all()");
    }

    @Test
    void aDownArrowHeadAloneOnALineOnlyDraws() {
        Parsing.assertShape("""
                root user_side()
                  call open_dev()
                  call read_dev()
                root kernel_side()
                  call do_read()
                """,
                "user_side()",
                "\u251c\u2500 open_dev()",
                "\u2514\u2500 read_dev()",
                "     \u2502",
                "     \u25bc",
                "kernel_side()",
                "\u2514\u2500 do_read()");
    }

    @Test
    void wordsWithABodyOfTheirOwnStayAStep() {
        Parsing.assertShape("""
                root shut_down(why)
                  call park_cpus()
                  call halt_timers()
                    loop check every timer
                      call stop_timer(t)
                """,
                "shut_down(why)",
                "\u251c\u2500\u2500 park_cpus()",
                "\u2514\u2500\u2500 halt_timers()",
                "    check every timer",
                "        stop_timer(t)");
    }

    @Test
    void aStageArrowLeftOfTheEdgesAboveIsTheNextStageNotInTheLastItemsBody() {
        Parsing.assertShape("""
                root rx_loop()
                  call poll_ring()
                    call take_frames()
                    call wrap_buffers()
                  call deliver()
                    call run_hooks()
                  call wake_reader()
                """,
                "rx_loop()",
                "  \u2192 poll_ring()",
                "      \u251c\u2500 take_frames()",
                "      \u2514\u2500 wrap_buffers()",
                "  \u2192 deliver()",
                "      \u2514\u2500 run_hooks()",
                "  \u2192 wake_reader()");
    }

    @Test
    void anAsciiArrowStageLeftOfTheEdgesIsASiblingToo() {
        Parsing.assertShape("""
                root rx_loop()
                  call poll_ring()
                    call take_frames()
                    call wrap_buffers()
                  call deliver()
                """,
                "rx_loop()",
                "  -> poll_ring()",
                "       \u251c\u2500\u2500 take_frames()",
                "       \u2514\u2500\u2500 wrap_buffers()",
                "  -> deliver()");
    }
}
