package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A call stack copied top down as a flat column of bare frame names under its entry function: each frame is
 * called by the frame above it when the column shows it is a stack (its last frame shows argument values, its
 * names are layered as a call path, or stacks of one entry point part after common frames). The calls of one
 * body, an index of functions and a list written twice stay side by side. Every fragment is made up.
 */
class FrameColumnsTest {

    @Test
    void aColumnClosedByAFrameShowingArgumentValuesIsAChain() {
        Parsing.assertShape("""
                root boot_main
                  call probe_all
                    call scan_bus
                      call attach_dev
                        assign ret = map_window(base=0x0, len=65536)
                """, "boot_main", "    probe_all", "    scan_bus", "    attach_dev",
                "    ret = map_window(base=0x0, len=65536)");
    }

    @Test
    void aColumnLongerThanAnyStackStaysAList() {
        String[] lines = new String[102];
        lines[0] = "boot_main";
        for (int k = 1; k <= 100; k++) {
            lines[k] = "    probe_" + k;
        }
        lines[101] = "    ret = map_window(base=0x0, len=65536)";
        String shape = Parsing.shape(Parsing.fenced(lines));
        assertTrue(shape.lines().skip(1).allMatch(l -> l.startsWith("  ") && !l.startsWith("   ")), shape);
    }

    @Test
    void aStackOutsideAFenceBetweenRulesIsReadAlike() {
        String shape = Parsing.shape(Parsing.parse("""
                Where the window gets mapped:

                ------------------------------------------
                boot_main
                    probe_all
                    scan_bus
                    attach_dev
                    ret = map_window(base=0xfe000000, len=4096, flags=0x3)
                        ret = 0x7f10c000

                ------------------------------------------
                """));
        assertTrue(shape.contains("""
                  call probe_all
                    call scan_bus
                      call attach_dev
                """), shape);
    }

    @Test
    void theStoppedFrameMayShowValuesWithoutAnAssignment() {
        Parsing.assertShape("""
                root run_loop()
                  call poll_once()
                    call read_ring()
                      call copy_slot()
                        call memmove(dst=0x7ffd10, src=0x7ffc00, n=64)
                """, "run_loop()", "\tpoll_once()", "\tread_ring()", "\tcopy_slot()", "\tmemmove(dst=0x7ffd10, src=0x7ffc00, n=64)");
    }

    @Test
    void framesMayNameTheFileTheyAreIn() {
        String shape = Parsing.shape(Parsing.fenced("start_job", "    queue_work : work.c", "    run_worker : worker.c",
                "    grablock : lock.h", "    ret = spin(lock=0xffff8800, tries=3)"));
        assertTrue(shape.contains("      call grablock : lock.h"), shape);
        assertTrue(shape.contains("        assign ret = spin(lock=0xffff8800, tries=3)"), shape);
    }

    @Test
    void aColumnOfNamesLayeredAsACallPathIsAChain() {
        Parsing.assertShape("""
                root net_rx
                  call deliver_frame
                    call deliver_frame_core
                      call proto_input
                        call proto_input_finish
                """, "net_rx", "    deliver_frame", "    deliver_frame_core", "    proto_input", "    proto_input_finish");
    }

    @Test
    void stacksCaughtFromOneEntryPointPartAfterTheirCommonFrames() {
        String shape = Parsing.shape(Parsing.parse("""
                First hit:

                ```
                app_start
                    load_config
                    open_store
                    read_index
                ```

                Second hit:

                ```
                app_start
                    load_config
                    open_store
                    replay_log
                    apply_record
                ```
                """));
        assertEquals("""
                root app_start
                  call load_config
                    call open_store
                      call read_index
                root app_start
                  call load_config
                    call open_store
                      call replay_log
                        call apply_record
                """, shape);
    }

    @Test
    void aSideChainDeeperThanTheColumnHangsUnderItsFrameAndTheColumnGoesOnFromThatFrame() {
        String shape = Parsing.shape(Parsing.fenced("sys_entry", "    do_write", "    write_iter",
                "        --> try_cache --> cache_lookup", "    write_block", "    ret = submit(dev=0x8, sector=0x1f00)"));
        assertEquals("""
                root sys_entry
                  call do_write
                    call write_iter
                      call try_cache --> cache_lookup
                      call write_block
                        assign ret = submit(dev=0x8, sector=0x1f00)
                """, shape);
    }

    @Test
    void theCallsOfOneBodyStaySideBySide() {
        Parsing.assertShape("""
                root board_init
                  call setup_clocks
                  call setup_pins
                  call setup_uart
                  call setup_timer
                """, "board_init", "    setup_clocks", "    setup_pins", "    setup_uart", "    setup_timer");
    }

    @Test
    void aLastCallWithNamedArgumentsButNoAddressIsNoDebuggerFrame() {
        String shape = Parsing.shape(Parsing.fenced("board_init", "    setup_clocks", "    setup_pins", "    setup_uart",
                "    start_timer(period=100, mode=1)"));
        assertTrue(shape.contains("\n  call setup_pins\n  call setup_uart\n"), shape);
    }

    @Test
    void aLastCallWrittenAsCodeIsNoDebuggerFrame() {
        String shape = Parsing.shape(Parsing.fenced("board_init", "    setup_clocks", "    setup_pins", "    setup_uart",
                "    ret = open_port(0x3f8, 115200)"));
        assertTrue(shape.contains("\n  call setup_pins\n  call setup_uart\n"), shape);
    }

    @Test
    void aListWrittenTwiceAlikeStaysAList() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                fault_entry
                    anon_fault
                    file_fault
                    swap_fault
                ```

                In detail:

                ```
                fault_entry
                    anon_fault
                    file_fault
                    swap_fault
                ```
                """));
        assertFalse(shape.contains("    call file_fault"), shape);
    }

    @Test
    void twoListsUnderOneCallerThatPartAfterOneNameStayLists() {
        String shape = Parsing.shape(Parsing.parse("""
                ```
                fault_entry
                    anon_fault
                    file_fault
                    swap_fault
                ```

                ```
                fault_entry
                    anon_fault
                    numa_fault
                    wp_fault
                ```
                """));
        assertFalse(shape.contains("    call file_fault") || shape.contains("    call numa_fault"), shape);
    }

    @Test
    void aColumnWhoseCallsAreShownByIndentationStaysATree() {
        Parsing.assertShape("""
                root net_rx
                  call deliver_frame
                  call deliver_frame_core
                    call check_sum
                  call proto_input
                  call proto_input_finish
                """, "net_rx", "    deliver_frame", "    deliver_frame_core", "        check_sum", "    proto_input",
                "    proto_input_finish");
    }

    @Test
    void aStatementAmongTheNamesMakesTheColumnABody() {
        String shape = Parsing.shape(Parsing.fenced("net_rx", "    deliver_frame", "    deliver_frame_core", "    count++",
                "    proto_input", "    proto_input_finish"));
        assertFalse(shape.contains("    call deliver_frame_core"), shape);
    }

    @Test
    void frameLinesAreBareNamesWithAFileNoteAtMost() {
        assertTrue(FrameLines.isFrame("    alloc_pages"));
        assertTrue(FrameLines.isFrame("\talloc_pages()  "));
        assertTrue(FrameLines.isFrame("alloc_pages : mm/page_alloc.c"));
        assertFalse(FrameLines.isFrame("alloc_pages(gfp)"));
        assertFalse(FrameLines.isFrame("alloc_pages();"));
        assertFalse(FrameLines.isFrame("alloc_pages: the allocator"));
        assertFalse(FrameLines.isFrame("alloc_pages+0x1c/0x40"));
        assertFalse(FrameLines.isFrame("- alloc_pages"));
        assertTrue(FrameLines.isFrame("alloc_pages : page_alloc.c:4410"));
        assertFalse(FrameLines.isFrame("alloc_pages : e.g. the allocator"));
        assertFalse(FrameLines.isFrame("alloc_pages : mm/page_alloc.c and more"));
    }

    @Test
    void argumentValuesAreNamedAndShowAnAddress() {
        assertTrue(FrameLines.showsArgumentValues("ret = map(addr=0x0, len=4096)"));
        assertTrue(FrameLines.showsArgumentValues("  map (addr=0x7f00)"));
        assertFalse(FrameLines.showsArgumentValues("ret = map(addr, 0x1000)"));
        assertFalse(FrameLines.showsArgumentValues("map(len=4096)"));
        assertFalse(FrameLines.showsArgumentValues("if (x == 0x1)"));
        assertFalse(FrameLines.showsArgumentValues("map(addr=0x0) and more"));
    }
}
