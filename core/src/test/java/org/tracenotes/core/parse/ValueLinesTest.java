package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/**
 * Worked values under an assignment step ({@code org.tracenotes.grammar.ValueLines}): deeper lines led by
 * a lone {@code =} continue the assignment, no steps of their own. Every fragment is made up.
 */
class ValueLinesTest {

    @Test
    void valueLinesUnderAnAssignmentContinueIt() {
        Parsing.assertShape("""
                root calc_size()
                  assign n = (end - start) >> shift; = (4096 - 0) >> 12 = 1
                  call done(n)
                """, "calc_size()", "=> n = (end - start) >> shift;", "     = (4096 - 0) >> 12", "     = 1", "=> done(n)");
    }

    @Test
    void valueLinesUnderACallArrowAssignmentContinueIt() {
        Parsing.assertShape("""
                root tick()
                  assign delta = now - last = 250 - 200 = 50
                  call rearm(delta)
                """, "tick()", "    -> delta = now - last", "         = 250 - 200", "         = 50", "    -> rearm(delta)");
    }

    @Test
    void anEqualsLineUnderAComparisonContinuesNothing() {
        String shape = Parsing.shape(Parsing.fenced("check()", "-> if (a == b)", "     = same", "-> finish()"));
        org.junit.jupiter.api.Assertions.assertFalse(shape.contains("(a == b) ="), shape);
    }
}
