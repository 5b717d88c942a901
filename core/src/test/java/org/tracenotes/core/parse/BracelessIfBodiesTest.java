package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * In a bare indentation tree (no arrows), an {@code if (cond)} written as C with nothing after its
 * condition guards the one statement after it, even when the author wrote that statement at the if's own
 * column, as C without braces does; the line after that statement is the if's sibling again. Every
 * fragment is made up.
 */
class BracelessIfBodiesTest {

    @Test
    void aBareIfGuardsTheOneStatementAtItsColumn() {
        assertEquals("""
                root widget_write
                  call widget_convert
                    assign err = widget_map
                    if if (strcmp(current->comm, "widget") == 0)
                      assign err = -ENOSPC
                    call widget_restore
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_write
                  widget_convert
                    err = widget_map
                    if (strcmp(current->comm, "widget") == 0)
                    err = -ENOSPC
                    widget_restore
                ```
                """)));
    }

    @Test
    void aBareIfWithADeeperBodyKeepsItsBody() {
        assertEquals("""
                root widget_write
                  if if (w->busy)
                    call widget_wait
                    call widget_kick
                  call widget_done
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_write
                  if (w->busy)
                    widget_wait
                    widget_kick
                  widget_done
                ```
                """)));
    }

    @Test
    void anIfWithItsStatementOnItsLineGuardsNothingBelow() {
        assertEquals("""
                root widget_write
                  call widget_convert
                    if if (w->busy) widget_wait();
                    call widget_kick
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_write
                  widget_convert
                    if (w->busy) widget_wait();
                    widget_kick
                ```
                """)));
    }

    @Test
    void aConditionInWordsGuardsNothingBelow() {
        assertEquals("""
                root widget_write
                  call widget_convert
                    if if the widget is busy
                    call widget_kick
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_write
                  widget_convert
                    if the widget is busy
                    widget_kick
                ```
                """)));
    }

    @Test
    void anArrowedStepAfterAnArrowedIfStaysItsSibling() {
        assertEquals("""
                root widget_write
                  if if (w->busy)
                  call widget_done()
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_write
                => if (w->busy)
                => widget_done()
                ```
                """)));
    }
}
