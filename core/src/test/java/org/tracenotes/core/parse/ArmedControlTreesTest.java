package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees whose arms lead C's control flow ({@code |-switch (x)}, {@code |-case A:}, {@code |-break;},
 * {@code |-if (…)}, {@code |-else}) read as their authors mean them: each branch a step, its body the arms one
 * level deeper; a return macro ({@code XX_RETURN(v)}) is a return. Every fragment is made up.
 */
class ArmedControlTreesTest {

    @Test
    void aSwitchDrawnWithBarArmsNestsItsCasesAndTheirBodies() {
        assertShape("""
                root run_step(a)
                  switch switch (mode)
                    case case MODE_A:
                      break break
                    case case MODE_B:
                      call do_b(a)
                      return RUN_RETURN(-1)
                  call finish(a)
                """, "run_step(a)", "\t|-switch (mode)", "\t\t|-case MODE_A:", "\t\t\t|-break;", "\t\t|-case MODE_B:",
                "\t\t\t|-do_b(a);", "\t\t\t|-RUN_RETURN(-1);", "\t|-finish(a);");
    }

    @Test
    void anElisionAtTheColumnOfTheNextArmIsItsSibling() {
        assertShape("""
                root run_step(a)
                  switch switch (mode)
                    prose ...
                    case case MODE_A:
                      break break
                  call finish(a)
                """, "run_step(a)", "\t|-switch (mode)", "\t\t...", "\t\t|-case MODE_A:", "\t\t\t|-break;", "\t|-finish(a);");
    }

    @Test
    void anElisionAfterTheLastArmAtItsColumnIsTheArmsSibling() {
        assertShape("""
                root run_step(a)
                  switch switch (mode)
                    case case MODE_A:
                      break break
                    prose ...
                  call finish(a)
                """, "run_step(a)", "\t|-switch (mode)", "\t\t|-case MODE_A:", "\t\t\t|-break;", "\t\t...", "\t|-finish(a);");
    }

    @Test
    void anElisionUnderAShallowerStepIsNoSiblingOfTheArmsAboveButARemarkOnThatStep() {
        assertShape("""
                root run_step(a)
                  call prepare(a)
                    call check(a)
                  call finish(a)
                """, "run_step(a)", "\t|-prepare(a);", "\t\t|-check(a);", "\t|-finish(a);", "\t\t...");
    }

    @Test
    void branchesDrawnWithOtherArmsNestTheirBodies() {
        assertShape("""
                root run_step(a)
                  if if (ready)
                    call do_a(a)
                  else else
                    call do_b(a)
                  call finish(a)
                """, "run_step(a)", "  +-- if (ready)", "  |   `-- do_a(a);", "  +-- else", "  |   `-- do_b(a);", "  `-- finish(a);");
    }

    @Test
    void aConditionalReturnMacroStaysACall() {
        assertShape("""
                root run_step(a)
                  call check_step(a)
                    call RETURN_IF_ERROR(a)
                  if if (a > 1)
                    return TRACE_RETURN(0)
                """, "run_step(a)", "\t|-check_step(a)", "\t\t|-RETURN_IF_ERROR(a);", "\t|-if (a > 1)", "\t\t|-TRACE_RETURN(0);");
    }

    private static void assertShape(String expected, String... lines) {
        Note note = Parsing.fenced(lines);
        assertEquals(expected, NotationVariantsTest.shape(note), () -> String.join("\n", lines));
    }
}
