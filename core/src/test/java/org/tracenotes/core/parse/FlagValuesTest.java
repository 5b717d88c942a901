package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/** A constant in capitals, a blank and its value in parentheses is a flag listed with its value, not a call (made-up fragments). */
class FlagValuesTest {

    @Test
    void flagsListedWithTheirValuesAreWords() {
        Parsing.assertShape("""
                root dump_info(mask)
                  prose SHOW_TASKS (0x01)
                  prose SHOW_MEMORY (0x02)
                """,
                "dump_info(mask)",
                "  -> SHOW_TASKS (0x01)",
                "  -> SHOW_MEMORY (0x02)");
    }

    @Test
    void aMacroCalledWithItsArgumentRightAfterItsNameIsACall() {
        Parsing.assertShape("""
                root dump_info(mask)
                  call WARN_ONCE(1)
                  call SHOW_TASKS (mask)
                """,
                "dump_info(mask)",
                "  -> WARN_ONCE(1)",
                "  -> SHOW_TASKS (mask)");
    }
}
