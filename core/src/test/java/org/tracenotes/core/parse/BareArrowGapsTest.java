package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A bare arrow between two steps at its column is a gap the author's copied lines left (a blank line of
 * the function, each line behind an arrow): no step. A bare arrow deeper than the step above stands for
 * that step's body left out and stays a step in words. Every fragment is made up.
 */
class BareArrowGapsTest {

    @Test
    void aBareArrowBetweenSiblingsIsAGapNotAStep() {
        assertEquals("""
                root\s
                  call widget_init
                    assign rc = part_register(&a_part, 1)
                    call part_setup()
                    call part_start()
                """, Parsing.shape(Parsing.parse("""
                ```
                -> widget_init
                  -> rc = part_register(&a_part, 1);
                  ->
                  -> part_setup();
                  ->
                  -> /* Start the parts */
                  -> part_start();
                ```
                """)));
    }

    @Test
    void aBareArrowDeeperThanTheStepAboveIsItsBodyLeftOut() {
        assertEquals("""
                root\s
                  call widget_init
                    call part_setup()
                      prose\s
                    call part_start()
                """, Parsing.shape(Parsing.parse("""
                ```
                => widget_init
                   => part_setup()
                      =>
                   => part_start()
                ```
                """)));
    }

    @Test
    void aBareArrowBetweenCallsThatAreNoStatementsStandsForStepsLeftOut() {
        assertEquals("""
                root\s
                  call widget_init()
                    call part_setup()
                    prose\s
                    call part_start()
                """, Parsing.shape(Parsing.parse("""
                ```
                -> widget_init()
                   -> part_setup()
                   ->
                   -> part_start()
                ```
                """)));
    }

    @Test
    void aSemicolonInARemarkMakesNoStatement() {
        assertEquals("""
                root\s
                  call widget_init()
                    call part_setup()  // sets up a; see b
                    prose\s
                    call part_start()
                """, Parsing.shape(Parsing.parse("""
                ```
                -> widget_init()
                   -> part_setup()  // sets up a; see b
                   ->
                   -> part_start()
                ```
                """)));
    }

    @Test
    void aBareArrowThatEndsTheBlockStays() {
        assertEquals("""
                root\s
                  call widget_init
                    call part_setup()
                    prose\s
                """, Parsing.shape(Parsing.parse("""
                ```
                => widget_init
                   => part_setup()
                   =>
                ```
                """)));
    }
}
