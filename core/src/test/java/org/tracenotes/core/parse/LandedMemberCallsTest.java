package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A link of an arrowed call chain written as a member set to the function named after it
 * ({@code --> ops->read_page = foo_read_page}) is a call landing in that function; an assignment written
 * otherwise stays one. Every fragment is made up.
 */
class LandedMemberCallsTest {

    private static String shape(String text) {
        return Parsing.shape(Parsing.parse(text));
    }

    @Test
    void aMemberSetToItsImplementationInACallChainIsACall() {
        String s = shape("""
                ```
                READ: sys_widget_read
                --> widget_read
                --> file->w_op->read_iter = gadget_read_iter
                --> generic_gadget_read
                --> io->g_ops->fill_pages = gadget_fill_pages
                --> submit_pages
                ```
                """);
        assertTrue(s.contains("call file->w_op->read_iter = gadget_read_iter\n"), s);
        assertTrue(s.contains("call io->g_ops->fill_pages = gadget_fill_pages\n"), s);
        assertFalse(s.contains("assign"), s);
    }

    @Test
    void aDottedMemberLinkWithABodyIsACallToo() {
        String s = shape("""
                ```
                -> widget_open
                   -> gadget_fops.open_file = plain_open_file
                      -> plain_setup
                ```
                """);
        assertTrue(s.contains("call gadget_fops.open_file = plain_open_file\n"), s);
    }

    @Test
    void aValueNamedOtherwiseStaysAnAssignment() {
        String s = shape("""
                ```
                -> widget_enter
                   -> regs->ip = handler
                      -> widget_leave
                ```
                """);
        assertTrue(s.contains("assign regs->ip = handler\n"), s);
    }

    @Test
    void aTableOfOperationsStaysAnAssignment() {
        String s = shape("""
                ```
                -> widget_mmap
                   -> area->area_ops = gadget_area_ops
                      -> widget_map_pages
                ```
                """);
        assertTrue(s.contains("assign area->area_ops = gadget_area_ops\n"), s);
    }

    @Test
    void anArrowlessOrEndedStatementStaysAnAssignment() {
        String s = shape("""
                ```
                widget_probe()
                    gadget->open_port = serial_open_port
                    register_gadget(gadget);
                ```
                """);
        assertTrue(s.contains("assign gadget->open_port = serial_open_port\n"), s);
        String t = shape("""
                ```
                -> widget_probe
                   -> gadget->open_port = serial_open_port;
                      -> register_gadget
                ```
                """);
        assertFalse(t.contains("call gadget->open_port"), t);
    }

    @Test
    void aLinkAmongStatementsStaysAnAssignment() {
        String s = shape("""
                ```
                -> widget_setup()
                   -> n = count_parts(w)
                   -> w->on_ready = gadget_on_ready
                   -> w->count = n
                ```
                """);
        assertTrue(s.contains("assign w->on_ready = gadget_on_ready\n"), s);
    }

    @Test
    void aCallbackSetAmongSiblingCallsStaysAnAssignment() {
        String s = shape("""
                ```
                -> widget_setup()
                   -> part_init()
                   -> w->on_ready = gadget_on_ready
                   -> part_start()
                ```
                """);
        assertTrue(s.contains("assign w->on_ready = gadget_on_ready\n"), s);
        String t = shape("""
                ```
                +-> widget_init
                +-> gadget_register
                +-> widget_ops.on_ready = widget_on_ready
                +-> widget_ops.on_leave = widget_on_leave
                ```
                """);
        assertFalse(t.contains("call widget_ops"), t);
    }

    @Test
    void proseWithAnEqualSignStaysNoTrace() {
        assertTrue(Parsing.parse("""
                The handler is set with dev->on_ready = gadget_on_ready before the device starts,
                so every later read goes through it.
                """).traceBlocks().isEmpty());
    }
}
