package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A call stack written caller first, a flat column of calls one a line (maybe over an indented tree under its last
 * line), reads top-down when the text says so: an entry point on top and none at the bottom, a caption naming a
 * call path, names that build on each other. A list of functions, a stack pasted innermost first and prose keep
 * their reading. Every fragment is made up.
 */
class CallerFirstStacksTest {

    @Test
    void aFencedColumnUnderAStackCaptionWithABootRootOnTopReadsTopDown() {
        assertEquals("""
                root start_kernel()
                  call pump_setup()
                    call pump_prime()
                      call valve_open_all()
                """, Parsing.shape(Parsing.parse(
                "Pages get freed via the following call stack:\n\n```\nstart_kernel()\npump_setup()\npump_prime()\nvalve_open_all()\n```\n\nThe end.\n")));
    }

    @Test
    void anIndentedTreeUnderTheColumnsLastCallIsItsBody() {
        assertEquals("""
                root setup_arch()
                  call board.ops.pump_init()
                    call pump_prime()
                      call valve_fill()
                        call valve_lock()
                        call __valve_fill_one()
                          call valve_map()
                """, Parsing.shape(Parsing.parse("It fills each valve via the following call stack:\n\n```\nsetup_arch()\n"
                + "board.ops.pump_init()\npump_prime()\nvalve_fill()\n  valve_lock()\n  __valve_fill_one()\n    valve_map()\n```\n\nThe end.\n")));
    }

    @Test
    void aCaptionNamingACallPathReadsTheColumnTopDown() {
        assertEquals("""
                root pump_start()
                  call pump_prime()
                    call valve_fill()
                      call valve_map()
                """, Parsing.shape(Parsing.parse("The call path is:\n\n```\npump_start()\npump_prime()\nvalve_fill()\nvalve_map()\n```\n\nThe end.\n")));
    }

    @Test
    void namesBuildingOnTheOneAboveReadTopDownWithoutACaption() {
        assertEquals("""
                root widget_send()
                  call __widget_send()
                    call __widget_send_locked()
                      call widget_queue_xmit()
                """, Parsing.shape(Parsing.parse(
                "Some text.\n\n```\nwidget_send()\n__widget_send()\n__widget_send_locked()\nwidget_queue_xmit()\n```\n\nThe end.\n")));
    }

    @Test
    void aParagraphOfCallsWithABootRootOnTopReadsTopDown() {
        assertEquals("""
                root start_kernel()
                  call pump_setup()
                    call pump_prime()
                """, Parsing.shape(Parsing.parse("Freed via the following call stack:\n\nstart_kernel()\npump_setup()\npump_prime()\n\nThe end.\n")));
    }

    @Test
    void aListOfFunctionsStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse(
                "The API:\n\n```\nwidget_open()\nwidget_read()\nwidget_write()\nwidget_close()\n```\n\nThe end.\n")));
        assertEquals("", Parsing.shape(Parsing.parse("Useful functions:\n\nwidget_open()\nwidget_read()\nwidget_close()\n\nThe end.\n")));
    }

    @Test
    void aCaptionNamingACallStackAloneSaysNothingOfTheDirection() {
        assertEquals("", Parsing.shape(Parsing.parse(
                "The call stack:\n\n```\nwidget_open()\nwidget_read()\nwidget_write()\nwidget_close()\n```\n\nThe end.\n")));
    }

    @Test
    void aStackWithItsEntryAtTheBottomIsNotReadTopDown() {
        assertEquals("", Parsing.shape(Parsing.parse(
                "Hit here, call stack:\n\n```\n__widget_read()\nwidget_read()\nvfs_read()\nksys_read()\n```\n\nThe end.\n")));
        assertEquals("", Parsing.shape(Parsing.parse("Hit here:\n\n__widget_read()\nwidget_read()\nvfs_read()\nksys_read()\n\nThe end.\n")));
    }

    @Test
    void aColumnBackAtItsColumnAfterATreeKeepsItsSiblingReading() {
        assertEquals("""
                root start_kernel()
                root pump_setup()
                root pump_prime()
                  call valve_open_all()
                root valve_close()
                """, Parsing.shape(Parsing.parse("Pages get freed via the following call stack:\n\n```\nstart_kernel()\npump_setup()\n"
                + "pump_prime()\n  valve_open_all()\nvalve_close()\n```\n\nThe end.\n")));
    }

    @Test
    void proseLinesStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("Steps:\n\n```\nfirst we open\nthen we read\nthen we close\n```\n\nThe end.\n")));
        assertEquals("", Parsing.shape(Parsing.parse("It starts at boot via the call path:\n\nfirst the kernel\nthen the pump\nthen the valve\n\nThe end.\n")));
    }
}
