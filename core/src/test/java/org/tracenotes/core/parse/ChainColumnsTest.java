package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A fenced column of call hops, {@code a() -> b()} one a line at one column, going on with bare calls and
 * stages in words: a careful reader reads every line as a step of one flow in time order, side by side under
 * the block's implied root (a hop that repeats the callee above as its caller is a line of its own, not
 * nested under it). Columns of data relations, graph sources, tables of callers and indented trees are not
 * such columns. Every fragment is made up.
 */
class ChainColumnsTest {

    @Test
    void hopsOneALineAreStepsOfOneFlow() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                main() -> parse_args()
                parse_args() -> load_config()
                load_config() -> open_file()
                ```
                """));
        assertEquals("root \n  call main() -> parse_args()\n  call parse_args() -> load_config()\n  call load_config() -> open_file()",
                shape.strip());
    }

    @Test
    void longArrowsAndLongerHopsToo() {
        String shape = Parsing.shape(Parsing.parse("""
                ```text
                sys_open() --> do_sys_open() --> do_filp_open()
                do_filp_open() --> path_openat()
                path_openat() --> finish_open() --> vfs_open()
                ```
                """));
        assertTrue(shape.startsWith("root \n  call sys_open() --> do_sys_open() --> do_filp_open()\n  call do_filp_open() --> path_openat()\n"), shape);
    }

    @Test
    void theColumnGoesOnWithBareCallsAndStagesInWords() {
        String shape = Parsing.shape(Parsing.parse("""
                ```text
                firmware -> boot_main()
                boot_main() -> mm_setup()
                sched_setup() -> idle_loop()
                run_initcalls()
                bus scan
                dev_probe()
                console ready
                ```
                """));
        assertEquals("root \n  call firmware -> boot_main()\n  call boot_main() -> mm_setup()\n  call sched_setup() -> idle_loop()\n"
                + "  call run_initcalls()\n  prose bus scan\n  call dev_probe()\n  prose console ready", shape.strip());
    }

    @Test
    void anIndentedFenceIsOneFlowToo() {
        String shape = Parsing.shape(Parsing.parse("""
                1. the path:

                   ```
                   irq_entry() => irq_dispatch()
                   irq_dispatch() => timer_isr()
                   ```
                """));
        assertTrue(shape.startsWith("root \n  call irq_entry() => irq_dispatch()\n  call irq_dispatch() => timer_isr()"), shape);
    }

    @Test
    void aColumnOfDataRelationsIsNoFlow() {
        assertEquals("", shapeOf("""
                ```
                DEVICE  -> dev_group -> hw_group
                IOAS    -> page_table -> domains
                ```
                """));
    }

    @Test
    void graphSourceEdgesAreNoFlow() {
        assertEquals("", shapeOf("""
                ```
                run_loop -> enter_guest;
                enter_guest -> handle_exit [color=blue];
                ```
                """));
    }

    @Test
    void aTableOfCallersWithRemarksIsNoFlow() {
        assertEquals("", shapeOf("""
                ```
                enqueue_task    -> update_load (ENQUEUE)    # task queued
                dequeue_task    -> update_load (DEQUEUE)    # task leaves
                ```
                """));
    }

    @Test
    void shellOutputWithArrowsIsNoFlow() {
        assertEquals("", shapeOf("""
                ```
                lrwxrwxrwx 1 root root 7 Jan 1 vmlinuz -> boot/vmlinuz()
                lrwxrwxrwx 1 root root 7 Jan 1 initrd -> boot/initrd()
                ```
                """));
    }

    private static String shapeOf(String text) {
        Note note = Parsing.parse(text);
        return Parsing.shape(note).strip();
    }

    @Test
    void filesFlowingIntoCallsAreNoFlow() {
        assertEquals("", shapeOf("""
                ```
                notes.txt -> split_words()
                words.tmp -> count_words()
                ```
                """));
    }
}
