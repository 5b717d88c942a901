package org.tracenotes.core.parse;

import static org.tracenotes.core.parse.Parsing.assertShape;

import org.junit.jupiter.api.Test;

/**
 * Marks authors put before a step that C does not know: a loop's label in words, emphasis, a run of
 * middle dots eliding levels before an arrow. Each is read as the step after the mark, where it stands.
 * Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class DecoratedStepsTest {

    @Test
    void aLoopLabelInWordsBeforeANameIsTheCallMadeOverAndOver() {
        assertShape("""
                root foo_thread
                  call bar_start
                    call loop: bar_commit
                      call baz_flush
                      call baz_sync
                """,
                "foo_thread",
                " |",
                " +-> bar_start",
                "     |",
                "     loop: bar_commit",
                "      |",
                "      +-> baz_flush",
                "      |",
                "      +-> baz_sync");
    }

    @Test
    void aLoopLabelInCapitalsIsTheSameLabel() {
        assertShape("""
                root foo_thread
                  call bar_start
                    call Loop: commit
                      call baz_flush
                  call qux_start
                    call LOOP:  flush
                      call qux_sync
                """,
                "foo_thread",
                " |",
                " +-> bar_start",
                " |   |",
                " |   Loop: commit",
                " |    |",
                " |    +-> baz_flush",
                " |",
                " +-> qux_start",
                "     |",
                "     LOOP:  flush",
                "      |",
                "      +-> qux_sync");
    }

    @Test
    void emphasisBeforeACallIsTheCall() {
        assertShape("""
                root foo_alloc
                  call bar_get
                  call !!! baz_drop_all { event: baz_drop }
                """,
                "foo_alloc",
                " |",
                " +-> bar_get",
                " |",
                " +-> !!! baz_drop_all { event: baz_drop }");
    }

    @Test
    void anArrowLedByMiddleDotsStandsAtItsArrowsColumn() {
        assertShape("""
                root foo_dead()
                  call foo_report()
                    call bar_complete()
                      call baz_signal(x)
                    call ···-> qux_wake(st, false)
                """,
                "foo_dead()",
                "-> foo_report()",
                "   -> bar_complete()",
                "      -> baz_signal(x)",
                "···-> qux_wake(st, false)");
    }

    @Test
    void anArrowLedByMiddleDotsAndABlankStandsAtItsArrowsColumn() {
        assertShape("""
                root foo_dead()
                  call foo_report()
                    call bar_complete()
                    call ·· -> qux_wake(st)
                """,
                "foo_dead()",
                "-> foo_report()",
                "   -> bar_complete()",
                "·· -> qux_wake(st)");
    }

    @Test
    void aTreeBranchWithoutItsHeadOrCarryingALabelLeadsTheCall() {
        assertShape("""
                root foo_write
                  call bar_begin
                    call +-when locked-> baz_wait
                  call bar_mid
                  call +-  qux_enter <-  qux_write
                  call bar_end
                """,
                "foo_write",
                " |",
                " +-> bar_begin",
                " |   |",
                " |   +-when locked-> baz_wait",
                " |",
                " +-> bar_mid",
                " |",
                " +-  qux_enter <-  qux_write",
                " |",
                " +-> bar_end");
    }
}
