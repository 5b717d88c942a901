package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A debugger's call stack copied into a fence innermost frame first: each frame is called by the frame
 * below it, the bottom frame is the root, indented lines added above a frame are its callees. A
 * debugger's own dump (gdb, lldb, a kernel's call trace) and code that looks alike stay no trace.
 * Every fragment is made up.
 */
class CopiedStackChainsTest {

    @Test
    void framesCopiedFromAnIdeAreAChainFromTheBottom() {
        Note note = Parsing.parse("""
                The stack when it stops:
                ```c
                ring_poll(struct ring * r, int budget) (src/ring.c:93)
                loop_once(int flags, struct loop * l) (src/loop.c:398)
                loop_run(struct loop * l) (src/loop.c:495)
                main(int argc, char ** argv) (src/main.c:75)
                ```
                """);
        String shape = withoutLocations(Parsing.shape(note));
        assertEquals("""
                root main(int argc, char ** argv)
                  call loop_run(struct loop * l)
                    call loop_once(int flags, struct loop * l)
                      call ring_poll(struct ring * r, int budget)
                """, shape);
    }

    @Test
    void windowsPathsEmptyParametersAndAPlaceholderAtTheBottom() {
        Note note = Parsing.parse("""
                ```
                slot_take() (C:\\work\\pool\\slot.cpp:12)
                pool_grow(Pool * p) (pool\\pool.cpp:40)
                worker_start(void * arg) (pool\\worker.cpp:7)
                [External Code]
                ```
                """);
        String shape = withoutLocations(Parsing.shape(note));
        assertTrue(shape.startsWith("root worker_start(void * arg)"), shape);
        assertTrue(shape.contains("  call pool_grow(Pool * p)"), shape);
        assertTrue(shape.contains("    call slot_take()"), shape);
        assertTrue(!shape.contains("External"), shape);
    }

    @Test
    void indentedLinesAboveAFrameAreItsCallees() {
        Note note = Parsing.parse("""
                ```c
                        slot_free
                        slot_alloc
                    ring_refill
                    ring_kick
                ring_poll(struct ring * r) (src/ring.c:93)
                loop_once(struct loop * l) (src/loop.c:398)
                main(int argc, char ** argv) (src/main.c:75)
                ```
                """);
        String shape = withoutLocations(Parsing.shape(note));
        assertTrue(shape.contains("    call ring_poll(struct ring * r)\n      call ring_kick\n      call ring_refill\n"
                + "        call slot_alloc\n        call slot_free\n"), shape);
    }

    @Test
    void indentedFramesAboveAFrameChainAmongThemselves() {
        Note note = Parsing.parse("""
                ```c
                    page_find(struct map * m, long off) (mm/find.c:15)
                    map_page() (mm/map.h:20)
                map_write(struct file * f) (mm/write.c:90)
                sys_write(int fd) (fs/write.c:12)
                entry_syscall() (arch/entry.S:238)
                ```
                """);
        String shape = withoutLocations(Parsing.shape(note));
        assertTrue(shape.contains("    call map_write(struct file * f)\n      call map_page()\n"
                + "        call page_find(struct map * m, long off)\n"), shape);
    }

    @Test
    void aGdbBacktraceStaysAStackDump() {
        Note note = Parsing.parse("""
                ```
                #0  ring_poll (r=0x5555, budget=64) at src/ring.c:93
                #1  0x00005555555551a9 in loop_once (flags=0, l=0x7ffe) at src/loop.c:398
                #2  0x00005555555552b0 in loop_run (l=0x7ffe) at src/loop.c:495
                #3  0x00005555555553c1 in main (argc=1, argv=0x7ffe) at src/main.c:75
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void anLldbBacktraceAndAKernelCallTraceStayStackDumps() {
        Note note = Parsing.parse("""
                ```
                * frame #0: 0x0000000100003f40 app`ring_poll(r=0x1, budget=64) at ring.c:93:5
                  frame #1: 0x0000000100003e10 app`loop_once(flags=0) at loop.c:398:9
                  frame #2: 0x0000000100003d00 app`main(argc=1) at main.c:75:3
                ```

                ```
                Call Trace:
                 ring_poll+0x1c/0x40
                 loop_once+0x88/0x120
                 loop_run+0x30/0x50
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void callsWithAParenthesisedTailInCodeStayCode() {
        Note note = Parsing.parse("""
                ```c
                value = scale(x) (int)(y * 2);
                total = add(a, b) (long)c;
                printf("%d\\n", n) (void)0;
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aStackWhoseLowestLineIsNoFrameOrWithTooFewFramesStaysCode() {
        Note note = Parsing.parse("""
                ```c
                ring_poll(struct ring * r) (src/ring.c:93)
                loop_once(struct loop * l) (src/loop.c:398)
                main(int argc, char ** argv) (src/main.c:75)
                return 0;
                ```

                ```
                ring_poll(struct ring * r) (src/ring.c:93)
                main(int argc, char ** argv) (src/main.c:75)
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void proseWithLocationsInAListStaysText() {
        Note note = Parsing.parse("""
                Where things live:

                - ring_poll() (src/ring.c:93)
                - loop_once() (src/loop.c:398)
                - main() (src/main.c:75)
                """);
        assertEquals(0, note.traceBlocks().stream().filter(b -> b.roots().stream()
                .anyMatch(r -> r.text().contains("main"))).count(), () -> Parsing.shape(note));
    }

    /** The shape without the frames' locations, which the tree keeps as trailing notes. */
    private static String withoutLocations(String shape) {
        return shape.replaceAll("  \\( [^\\n]*", "");
    }
}
