package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A call tree drawn sideways, growing to the right: a caller ends with a fork {@code name --|}, its
 * {@code |-->} arms stand on the fork's rail above and below its row, the caller on the middle row. Each
 * row is read as its first step, under the row holding that step's caller. Every fragment is made up.
 */
class MiddleRowForksTest {

    @Test
    void aForkOwnsTheArmsAboveAndBelowItsRow() {
        assertEquals("""
                root run_cmd --> run  |--> run_foo  |--> start_gc
                  call create_foo  |--> birth_cry
                    call new_main_foo
                  call serve_http --> http_loop
                """, Parsing.shape(Parsing.parse("""
                ```
                                                    |--> new_main_foo
                                                    |
                                  |--> create_foo --|--> birth_cry
                                  |                 |
                run_cmd --> run --|--> run_foo      |--> start_gc
                                  |
                                  |--> serve_http --> http_loop
                ```
                """)));
    }

    @Test
    void aRootForkWithAForkOnItsOwnRowAndForksFurtherRight() {
        assertEquals("""
                root Start  |--> foo_modules --|  |--> foo_certs
                  call foo_prepare
                  call foo_dirs
                  call foo_watch
                  call foo_sync
                  call foo_fast
                    call foo_up
                      call rt_status
                      call foo_deps
                    call foo_resync
                  call foo_loop --> foo_iter
                """, Parsing.shape(Parsing.parse("""
                ```
                        |--> foo_prepare
                        |
                        |                     |--> foo_dirs
                Start --|--> foo_modules -----|--> foo_certs
                        |                     |--> foo_watch
                        |
                        |                                   |--> rt_status
                        |--> foo_sync                       |
                        |                  |--> foo_up -----|
                        |                  |                |--> foo_deps
                        |--> foo_fast -----|
                        |                  |
                        |                   |--> foo_resync
                        |
                        |--> foo_loop --> foo_iter
                ```
                """)));
    }

    @Test
    void anArmTreeWithoutForksKeepsItsReading() {
        assertEquals("""
                root run_cmd
                  call create_foo
                    call birth_cry
                  call serve_http
                """, Parsing.shape(Parsing.parse("""
                ```
                run_cmd
                  |--> create_foo
                  |      |--> birth_cry
                  |--> serve_http
                ```
                """)));
    }

    @Test
    void armsWhoseRailReachesNoForkStayAsRead() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ```
                                 |--> new_main_foo
                                 |
                 run_cmd --> run --|--> run_foo
                                 |
                                 |--> serve_http
                ```
                """)));
    }

    @Test
    void proseAndTablesWithForkLikeBarsStayNoTrace() {
        assertTrue(Parsing.parse("""
                # Notes

                The pipe joins them: run foo --| then bar --| then baz.

                | name | what --| |
                |------|------|
                | do_x | runs |
                """).traceBlocks().isEmpty());
        assertTrue(Parsing.parse("""
                ```
                +--------+      +--------+
                | foo    |------| bar    |
                +--------+      +--------+
                ```
                """).traceBlocks().isEmpty());
    }
}
