package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Markdown {@code - } bullets in a fence, indented under a {@code ->} step, listing what that step does: each
 * item is a step of that arrow step (a call, an assignment, words beside them), a trailing {@code (remark)}
 * a remark; the next {@code ->} line goes on as it would without them. {@code - x} in C, a diff, a YAML list,
 * a list outside a fence, words alone under a step, items under a step in words ({@code -> Usage}) and
 * {@code fix(scope): text} items keep their reading. Every fragment is made up.
 */
class ArrowStepBulletsTest {

    @Test
    void callItemsUnderAnArrowStepAreItsCallsTheirRemarksRemarks() {
        assertEquals("""
                root\s
                  call pump_stop_all  ( drivers/pump/core.c
                    call pump_send_all(STOP_VECTOR)  (vec 0xf3)
                    call pump_send_all(NMI_VECTOR)
                    prose then every pump drains
                    call pump_irq_entry  ( drivers/pump/irq.c
                      call pump_park  ( drivers/pump/park.c
                """, Parsing.shape(Parsing.parse("""
                ```
                -> pump_stop_all (drivers/pump/core.c)
                   - pump_send_all(STOP_VECTOR) (vec 0xf3)
                   - pump_send_all(NMI_VECTOR)
                   - then every pump drains
                -> pump_irq_entry (drivers/pump/irq.c)
                -> pump_park (drivers/pump/park.c)
                ```
                """)));
    }

    @Test
    void assignmentItemsAreAssignmentsAndTheChainGoesOnFromTheirStep() {
        assertEquals("""
                root pump_boot  ( drivers/pump/boot.c
                  call pump_bring_up  ( drivers/pump/boot.c
                    call pump_wake  ( drivers/pump/wake.c
                      assign entry_ip = boot_hdr->entry
                      assign pump_stack = idle->sp
                      call pump_kick  ( drivers/pump/wake.c
                """, Parsing.shape(Parsing.parse("""
                ```md
                pump_boot (drivers/pump/boot.c)
                -> pump_bring_up (drivers/pump/boot.c)
                -> pump_wake (drivers/pump/wake.c)
                   - entry_ip = boot_hdr->entry
                   - pump_stack = idle->sp
                -> pump_kick (drivers/pump/wake.c)
                ```
                """)));
    }

    @Test
    void inAStaircaseItemsBelongToTheStepAboveThemAndAnItemUnderAnItemIsItsCallee() {
        assertEquals("""
                root pump_boot
                  call pump_probe  ( drivers/pump/probe.c
                    call pump_map_regs(dev)  # map them
                      call pump_log(dev)
                    call pump_start
                      call ops->enable(dev)
                      call pump_run
                """, Parsing.shape(Parsing.parse("""
                ```
                pump_boot
                  -> pump_probe (drivers/pump/probe.c)
                     - pump_map_regs(dev) # map them
                       - pump_log(dev)
                     -> pump_start
                        - ops->enable(dev)
                        -> pump_run
                ```
                """)));
    }

    @Test
    void itemsIndentedWithATabAndABlankLineAmongThemAreCallsToo() {
        assertEquals("""
                root\s
                  call pump_a
                    call pump_b(x)
                    call pump_c(y)
                  call pump_d
                """, Parsing.shape(Parsing.parse("```\n-> pump_a\n\t- pump_b(x)\n\n\t- pump_c(y)\n-> pump_d\n```\n")));
    }

    @Test
    void minusInCAndItemsUnderAnAssignmentKeepTheirReading() {
        assertEquals("""
                root\s
                  call pump_reset(dev)
                  assign ret = -ENOMEM
                  expression - 1
                  assign total = base_len
                  expression - pad_len(x)
                """, Parsing.shape(Parsing.parse("""
                ```
                -> pump_reset(dev)
                   ret = -ENOMEM
                   - 1
                -> total = base_len
                   - pad_len(x)
                ```
                """)));
    }

    @Test
    void itemsUnderAStepInWordsOrAnExpressionKeepTheirReading() {
        assertEquals("""
                root\s
                  prose Notes for today
                  expression - fix_bug(123)
                  expression x - y
                  expression - z_calc(1)
                """, Parsing.shape(Parsing.parse("""
                ```
                -> Notes for today
                   - fix_bug(123)
                -> x - y
                   - z_calc(1)
                ```
                """)));
    }

    @Test
    void wordsAloneUnderAStepKeepTheirReading() {
        assertEquals("""
                root\s
                  call pump_open
                    prose - the lock is taken first
                  call pump_close
                """, Parsing.shape(Parsing.parse("""
                ```
                -> pump_open
                   - the lock is taken first
                -> pump_close
                ```
                """)));
    }

    @Test
    void aDiffAYamlListAndAListOutsideFencesStayNoTrace() {
        assertNoTrace("""
                ```diff
                -> pump_open(dev)
                -   old_open(dev)
                +   new_open(dev)
                ```
                """);
        assertNoTrace("""
                ```yaml
                steps:
                  - run_pump(x)
                  - stop_pump(y)
                ```
                """);
        assertNoTrace("""
                Some words

                - pump_open(dev)
                - pump_close(dev)
                """);
    }

    @Test
    void conventionalCommitItemsInAFenceStayWords() {
        assertEquals("""
                root\s
                  call tag_v1_4
                    prose - fix(lexer): keep tabs
                    prose - feat(api): add csv export
                    prose - chore: bump deps
                  call tag_v1_5
                    prose - perf(db): cache queries
                """, Parsing.shape(Parsing.parse("""
                Changes:

                ```
                -> tag_v1_4
                   - fix(lexer): keep tabs
                   - feat(api): add csv export
                   - chore: bump deps
                -> tag_v1_5
                   - perf(db): cache queries
                ```
                """)));
    }

    @Test
    void itemsUnderWordStepsInAMarkdownFenceKeepTheirReading() {
        assertEquals("""
                root\s
                  call Setup
                  expression - fetch(repo)
                  prose - read the guide first
                  call Deploy
                  expression - ship(build)
                """, Parsing.shape(Parsing.parse("""
                Plan:

                ```markdown
                -> Setup
                   - fetch(repo)
                   - read the guide first
                -> Deploy
                   - ship(build)
                ```
                """)));
    }

    @Test
    void callsFollowedByWordsUnderAStateNameStayWords() {
        assertEquals("""
                root\s
                  call paused
                    prose - resume() goes back to playing
                    assign - delay = 5
                  call playing
                    prose - pause() goes back to paused
                """, Parsing.shape(Parsing.parse("""
                ```
                -> paused
                   - resume() goes back to playing
                   - delay = 5
                -> playing
                   - pause() goes back to paused
                ```
                """)));
    }

    @Test
    void aTodoListUnderBareWordStepsReadsTheSameUnderEveryStep() {
        assertEquals("""
                root PLAN
                  call server
                    prose - add_route(path) handler
                    prose - drop the old logger
                  call client
                    prose - signup form
                    expression - profile(view)
                """, Parsing.shape(Parsing.parse("""
                ```
                PLAN
                -> server
                   - add_route(path) handler
                   - drop the old logger
                -> client
                   - signup form
                   - profile(view)
                ```
                """)));
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
