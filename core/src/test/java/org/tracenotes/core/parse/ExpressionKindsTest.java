package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a whole step written as an expression is: a call through a member or a table's entry, or another expression. Made-up steps. */
class ExpressionKindsTest {

    @Test
    void aMemberOfATablesEntryIsCalledThroughAsAMemberIs() {
        assertEquals("""
                root\s
                  call start_cpu
                    call ops.bring_up
                    call hp_states[STEP_UP].startup.single
                    call ops[i]->probe
                    call slots[n].ops->start()
                """, Parsing.shape(Parsing.parse("""
                ```
                -> start_cpu
                   -> ops.bring_up
                   -> hp_states[STEP_UP].startup.single
                   -> ops[i]->probe
                   -> slots[n].ops->start()
                ```
                """)));
    }

    @Test
    void aTablesEntryAloneOrAnArithmeticOfMembersStaysAnExpression() {
        assertEquals("""
                root\s
                  call start_cpu
                    expression slots[i]
                    expression a[i].n + 1
                """, Parsing.shape(Parsing.parse("""
                ```
                -> start_cpu
                   -> slots[i]
                   -> a[i].n + 1
                ```
                """)));
    }
}
