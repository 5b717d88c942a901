package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A call path written as one tight {@code ->} chain alone in a Markdown indented code block between paragraphs
 * of prose (a tab, a tab and two blanks in a list item, or four blanks and more) is a root of its own; a
 * {@code +->} line under a lone {@code |} is a call of it. C statements, member paths of short fields and chains
 * inside prose keep their reading. Every fragment is made up.
 */
class IndentedChainsTest {

    @Test
    void aTabIndentedChainBetweenParagraphsIsARoot() {
        assertEquals("""
                root timer_irq_entry->handle_timer_irq->local_timer_event->tick_do_periodic
                """, Parsing.shape(Parsing.parse("""
                # Ticks

                The timer's path, as the board takes it:

                \ttimer_irq_entry->handle_timer_irq->local_timer_event->tick_do_periodic

                Then the tick is counted.
                """)));
    }

    @Test
    void aChainEndingInAnElisionIsStillAChain() {
        assertEquals("""
                root scan_bus->probe_one->attach_driver->...
                root scan_bus->probe_one->bind_driver->\u2026
                """, Parsing.shape(Parsing.parse("""
                The bus is walked:

                \tscan_bus->probe_one->attach_driver->...

                or, later on:

                \tscan_bus->probe_one->bind_driver->\u2026

                and so on.
                """)));
    }

    @Test
    void aChainIndentedByBlanksInAListItemIsARoot() {
        assertEquals("""
                root open_widget->widget_lookup->lookup_part->read_part_table
                root scan_bus->probe_one->attach_driver->...
                """, Parsing.shape(Parsing.parse("""
                - The first case

                  Here the widget is opened first:

                      open_widget->widget_lookup->lookup_part->read_part_table

                - The second case

                  The bus is walked:

                \t  scan_bus->probe_one->attach_driver->...

                  and the driver found.
                """)));
    }

    @Test
    void aBranchUnderALoneStemIsACallOfTheChain() {
        assertEquals("""
                root wake_task->queue_wakeup->do_activate->activate_one->enqueue_one->...
                  call +->do_wakeup->check_preempt->...
                """, Parsing.shape(Parsing.parse("""
                - Same node

                  The task is woken where it stands:

                \t  wake_task->queue_wakeup->do_activate->activate_one->enqueue_one->...
                \t                            |
                \t                            +->do_wakeup->check_preempt->...

                  and the queue is checked.
                """)));
    }

    @Test
    void twoBranchesAreTwoCallsOfTheChain() {
        assertEquals("""
                root wake_task->queue_wakeup->do_activate->activate_one
                  call +->do_wakeup->check_preempt
                  call +->set_task_state
                """, Parsing.shape(Parsing.parse("""
                The task is woken:

                \twake_task->queue_wakeup->do_activate->activate_one
                \t         |
                \t         +->do_wakeup->check_preempt
                \t         |
                \t         +->set_task_state

                and that is all.
                """)));
    }

    @Test
    void aStemOutsideTheChainsColumnsMakesNoBranch() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The task is woken:

                \twake_task->queue_wakeup->do_activate
                \t|
                \t+->do_wakeup->check_preempt

                and that is all.
                """)));
    }

    @Test
    void oneCStatementInIndentedCodeStaysNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                - The far node

                  The mask is sent through the controller's method:

                \t  obj->ops->send_mask(cpumask_of(cpu), VECTOR);

                  and the other node is woken.
                """)));
    }

    @Test
    void memberPathsOfShortFieldsStayNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The device's name is found through the buffer.

                \tskb->dev->name

                The socket's state too.

                \tsock_x->sk_prot->sk_state

                And a field of a field.

                \ta_x->b_y

                That is all.
                """)));
    }

    @Test
    void aChainInAParagraphOfProseStaysNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The timer's path is below, as the board takes it:
                timer_irq_entry->handle_timer_irq->local_timer_event->tick_do_periodic
                and the tick is counted then.

                timer_irq_entry->handle_timer_irq->local_timer_event->tick_do_periodic

                Then the tick is counted.
                """)));
    }

    @Test
    void aChainInALongerCodeBlockStaysWhatItWas() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The code reads:

                \tscan_bus->probe_one->attach_driver

                \tint rc = 1;

                That is all.
                """)));
    }

    @Test
    void aChainNoDeeperThanTheTextAboveIsNoCodeBlock() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                \tThe bus is walked, indented as a quote:

                \tscan_bus->probe_one->attach_driver

                \tand the driver found.
                """)));
    }

    @Test
    void chainsOfConstantsOrMenuItemsStayNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The modes:

                    PHASE_INIT->PHASE_RUN->PHASE_STOP

                The menu:

                    View->Open_Panel->Clear_Filters

                That is all.
                """)));
    }

    @Test
    void aPipelineOfStagesWithOneVerbStaysNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The stages:

                    raw_frames->clean_frames->fit_model->plot_report

                The release steps:

                    hg_pull->hg_merge->run_suite->hg_push

                That is all.
                """)));
    }
}
