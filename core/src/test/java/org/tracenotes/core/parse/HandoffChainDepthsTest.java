package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Small fences of handler chains: {@code f(next_ptr=g)} hand-offs one a line, each the callee of the line
 * handing on to it, maybe ended by the last function written out and the name it hands on to; and the
 * family's other two shapes, a {@code name:} head over TAB-indented handlers and {@code PHASE-->handler}
 * over the phase's other handlers. Look-alikes ({@code key=value} settings, calls with a keyword argument,
 * ordinary C) keep their reading. Every fragment is made up.
 */
class HandoffChainDepthsTest {

    @Test
    void eachHandOffIsTheCalleeOfTheLineAbove() {
        assertEquals("""
                root pump_send(pump_top_filter=pump_gate_filter)
                  call pump_gate_filter(pump_next_filter=pump_trim_filter)
                    call pump_trim_filter(pump_next_filter=pump_seal_filter)
                      call pump_seal_filter(pump_next_filter=pump_write)
                """, Parsing.shape(Parsing.parse("""
                ```
                pump_send(pump_top_filter=pump_gate_filter)
                pump_gate_filter(pump_next_filter=pump_trim_filter)
                pump_trim_filter(pump_next_filter=pump_seal_filter)
                pump_seal_filter(pump_next_filter=pump_write)
                ```
                """)));
    }

    @Test
    void theWrittenOutFunctionHoldsItsBodyAndTheNameAfterItsBrace() {
        assertEquals("""
                root pump_send(pump_top_filter=pump_gate_filter)
                  call pump_gate_filter(pump_next_filter=pump_trim_filter)
                    call pump_trim_filter(pump_next_filter=pump_last_filter)
                      call pump_last_filter()
                        if if (out.len > 0)
                          assign out.len = 0
                          brace }
                        return return pump_write()
                        call pump_write()
                        brace }
                """, Parsing.shape(Parsing.parse("""
                ```
                pump_send(pump_top_filter=pump_gate_filter)
                pump_gate_filter(pump_next_filter=pump_trim_filter)
                pump_trim_filter(pump_next_filter=pump_last_filter)
                pump_last_filter() {
                    if (out.len > 0) {
                        out.len = 0;
                    }
                    return pump_write()
                }
                pump_write()
                ```
                """)));
    }

    @Test
    void aLinkRestatedAfterAGapStandsBesideTheLineItRestates() {
        assertEquals("""
                root vat_open(vat_top_gate=vat_lock_gate)
                  call vat_lock_gate(vat_next_gate=vat_log_gate)
                    call vat_log_gate(vat_next_gate=vat_seal_gate)
                    call vat_log_gate(vat_next_gate=vat_commit)
                      call vat_commit()
                        assign vat.done = 1
                        call vat_flush()
                        brace }
                """, Parsing.shape(Parsing.parse("""
                - the gates, one pointer a line

                    ```
                    vat_open(vat_top_gate=vat_lock_gate)
                    vat_lock_gate(vat_next_gate=vat_log_gate)
                    vat_log_gate(vat_next_gate=vat_seal_gate)
                    \t
                    vat_log_gate(vat_next_gate=vat_commit)
                    vat_commit() {
                        vat.done = 1;
                    }
                    vat_flush()
                    ```
                """)));
    }

    @Test
    void memberPointersSemicolonsCommentsAndALastNameAlone() {
        assertEquals("""
                root vat_open(vat->next_gate=vat_lock_gate)
                  call vat_lock_gate(vat->next_gate=vat_log_gate)
                    call vat_log_gate(vat->next_gate=vat_commit)
                      call vat_commit()
                """, Parsing.shape(Parsing.parse("""
                ```c
                // the order of the gates
                vat_open(vat->next_gate=vat_lock_gate);
                vat_lock_gate(vat->next_gate=vat_log_gate);
                /* the log gate is optional */
                vat_log_gate(vat->next_gate=vat_commit);
                vat_commit()
                ```
                """)));
    }

    @Test
    void aNameHeadOverTabIndentedHandlersIsTheirRoot() {
        assertEquals("""
                root foo_send_header:
                  call foo_top_filter(foo_first_filter)
                  call foo_next_filter
                  call foo_header_filter
                    call foo_write_filter
                root bar_output:
                  call bar_top_body
                  call bar_next_body
                  prose ..........
                  call bar_write
                """, Parsing.shape(Parsing.parse("""
                ```
                foo_send_header:
                \tfoo_top_filter(foo_first_filter)
                \t/*****several filters*****/
                \tfoo_next_filter
                \tfoo_header_filter
                \t \tfoo_write_filter
                ```

                ```
                bar_output:
                \tbar_top_body
                \t// one or more body filters
                \tbar_next_body
                \t..........
                \tbar_write
                ```
                """)));
    }

    @Test
    void aPhaseArrowHeadsItsHandlersAlignedUnderTheFirst() {
        assertEquals("""
                root PUMP_RUN_PHASE-->pump_core_phase
                  call pump_a_handler
                  call pump_b_handler
                  call pump_c_handler
                """, Parsing.shape(Parsing.parse("""
                ```
                PUMP_RUN_PHASE-->pump_core_phase
                \t\t\t\t pump_a_handler
                \t\t\t\t pump_b_handler
                \t\t\t\t pump_c_handler
                ```
                """)));
    }

    @Test
    void settingsAndKeywordArgumentsStayNoTrace() {
        assertTrue(Parsing.parse("""
                ```
                name=pump
                size=10
                mode=fast
                ```

                ```
                set_opt(level=3)
                set_opt(mode=fast)
                set_opt(size=4)
                ```

                ```
                alpha(next=beta)
                gamma(next=delta)
                eps(next=zeta)
                ```
                """).traceBlocks().isEmpty());
    }

    @Test
    void aChainWithOrdinaryCodeAfterItIsNoHandOffChain() {
        assertTrue(Parsing.parse("""
                ```
                a_send(top=a_one)
                a_one(next=a_two)
                a_two(next=a_three)
                int x = 3;
                ```
                """).traceBlocks().isEmpty());
    }

    @Test
    void onlyTwoHandOffsAreTooFewForAChain() {
        assertTrue(Parsing.parse("""
                ```
                a_send(top=a_one)
                a_one(next=a_two)
                ```
                """).traceBlocks().isEmpty());
    }

    @Test
    void proseAboutHandOffsStaysNoTrace() {
        assertTrue(Parsing.parse("""
                Each filter calls the next one through its pointer, pump_send(top=gate) first,
                then gate(next=trim) and trim(next=seal), until the write filter sends the bytes.
                """).traceBlocks().isEmpty());
    }

    @Test
    void aFenceOfThousandsOfHandOffsIsReadQuickly() {
        StringBuilder b = new StringBuilder("```\n");
        for (int k = 0; k < 20_000; k++) {
            b.append("step").append(k).append("(next_fn=step").append(k + 1).append(")\n");
        }
        String text = b.append("```\n").toString();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Parsing.parse(text));
    }
}
