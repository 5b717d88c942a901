package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Chains and drawn trees of authors outside the gold set: stems centred under the caller's name with
 * {@code |} spacer lines, arrows each in a paragraph of their own (a chain drawn downwards), one-line
 * chains {@code a() -> b() -> c()}. Every fragment is made up.
 */
class ChainsAndSpacerTreesTest {

    @Test
    void aStemCentredUnderTheCallersNameIsATreeNotADiagram() {
        Note note = Parsing.parse("""
                ``` cpp
                start_fork()
                    |
                    | --> copy_task()
                                |
                                | -->  dup_task()  // makes the task
                                | -->  alloc_id()
                                | -->  ......
                ```
                """);
        assertEquals("""
                root start_fork()
                  call copy_task()
                    call dup_task()  // makes the task
                    call alloc_id()
                    prose ......
                """, Parsing.shape(note));
    }

    @Test
    void stemsUnderACallersBareNameAreATree() {
        Note note = Parsing.parse("""
                ```
                start_widget
                    |-> widget_lock
                    |-> widget_run
                        |-> run_one
                    |-> widget_done
                ```
                """);
        assertEquals("""
                root start_widget
                  call widget_lock
                  call widget_run
                    call run_one
                  call widget_done
                """, Parsing.shape(note));
    }

    @Test
    void stemsUnderACallOpeningItsBodyAreATree() {
        Note note = Parsing.parse("""
                ```
                start_widget(w) {
                    |-> widget_lock(w)
                    |-> widget_run(w) {
                        |-> run_one(w)
                    }
                    |-> widget_done(w)
                }
                ```
                """);
        assertEquals("""
                root start_widget(w)
                  call widget_lock(w)
                  call widget_run(w)
                    call run_one(w)
                    brace }
                  call widget_done(w)
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void stemsUnderAWordOfASentenceStayADiagram() {
        Note note = Parsing.parse("""
                ```
                the x_dev device
                        |
                        |--> x_fops
                                |
                                |--> x_open
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aStemUnderAnArgumentOrInsideWordsStaysADiagram() {
        Note note = Parsing.parse("""
                ```
                register x_dev(misc_device) in the misc layer
                              |
                              |--> fops(x_fops(file_ops))
                                          |
                                          |--> open: makes a box
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void arrowsEachInAParagraphOfTheirOwnAreAChainDrawnDownwards() {
        Note note = Parsing.parse("""
                ```text
                enter_fault_x()

                --> handle_fault_x()

                # --> kernel_fault_x()
                --> user_fault_x()

                --> mm_fault_x()
                ```
                """);
        assertEquals("""
                root enter_fault_x()
                  call handle_fault_x()
                    call user_fault_x()
                      call mm_fault_x()
                """, Parsing.shape(note));
    }

    @Test
    void longArrowsLineAfterLineAtTheRootsColumnAreAStack() {
        Note note = Parsing.parse("""
                ```
                run_vcpu_x()
                --> enter_guest_x(vcpu)
                --> restore_host_x(vcpu)
                --> exit_guest_x(vcpu)
                ```
                """);
        assertEquals("""
                root run_vcpu_x()
                  call enter_guest_x(vcpu)
                    call restore_host_x(vcpu)
                      call exit_guest_x(vcpu)
                """, Parsing.shape(note));   // FlatArrowChains: readers of such columns read a stack (set 38: 5 of 5)
    }

    @Test
    void paragraphsHoldingMoreThanAnArrowStayAsWritten() {
        Note note = Parsing.parse("""
                ```
                run_vcpu_x()

                --> enter_guest_x(vcpu)
                --> restore_host_x(vcpu)

                --> exit_guest_x(vcpu)
                ```
                """);
        assertEquals("""
                root run_vcpu_x()
                  call enter_guest_x(vcpu)
                  call restore_host_x(vcpu)
                  call exit_guest_x(vcpu)
                """, Parsing.shape(note));
    }

    @Test
    void aChainOnOneLineAloneInItsFenceIsARoot() {
        Note note = Parsing.parse("""
                ``` cpp
                    main_x() -> send_all_x() -> kill_x()
                ```
                """);
        assertEquals("root main_x() -> send_all_x() -> kill_x()\n", Parsing.shape(note));
    }

    @Test
    void codeSpansJoinedByArrowsInAParagraphOfTheirOwnAreARoot() {
        Note note = Parsing.parse("""
                Some words first.

                `early_init_x()`-->`arch_init_x()`-->

                `handle_irq_x()`-->`irq_enter_x()`
                """);
        assertEquals(2, note.traceBlocks().size(), Parsing.shape(note));
        assertEquals("""
                root `early_init_x()`-->`arch_init_x()`-->
                root `handle_irq_x()`-->`irq_enter_x()`
                """, Parsing.shape(note));
    }

    @Test
    void paragraphsOfWordsUnderAOneLineChainAreRemarksNotSteps() {
        Note note = Parsing.parse("""
                ```
                read_x -> file->f_op->read_iter [my_read_iter] 里面 要么 快路径, 要么 generic_read_iter

                generic_read_iter里面要么 direct io, 要么 do_generic_read

                总结起来就是 my_read_iter 用了 page cache
                ```
                """);
        assertEquals("root read_x -> file->f_op->read_iter [my_read_iter] 里面 要么 快路径, 要么 generic_read_iter\n",
                Parsing.shape(note));
    }

    @Test
    void wordsJoinedByArrowsAndChainsInsideAParagraphStayProse() {
        Note note = Parsing.parse("""
                user -> kernel -> disk

                The path is
                `open_x()`-->`do_open_x()`
                and then it returns.

                ```
                user -> kernel -> disk
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aColumnOfOneLineChainsIsNoChainWithRemarks() {
        Note note = Parsing.parse("""
                ```
                enqueue_x    -> update_avg_x (ENQUEUE)    # 入队
                dequeue_x    -> update_avg_x (DEQUEUE)    # 出队
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void codeSpansOfDataStatesOrOptionsJoinedByArrowsAreProseNotAChain() {
        Note note = Parsing.parse("""
                Some words first.

                `task_x` -> `mm_x` -> `pgd`

                `TASK_RUN_X` --> `TASK_DEAD_X`

                `CONFIG_A_X` => `CONFIG_B_X`

                `current` -> `mm` -> `pgd`
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void namesJoinedByArrowsInAFenceWithNoCallAreNoChain() {
        Note note = Parsing.parse("""
                ```
                TASK_RUN_X -> TASK_WAIT_X -> TASK_RUN_X
                ```

                ```text
                task_x -> mm_x -> vm_area_x
                ```

                ```c
                foo_x.c -> foo_x.o -> foo_x.ko
                ```

                ```sh
                irq_ctx_x -> softirq_ctx_x and back
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void stepArrowsEachInAParagraphOfTheirOwnStaySiblings() {
        Note note = Parsing.parse("""
                ```
                do_fork_x()

                => copy_task_x()

                => wake_task_x()
                ```
                """);
        assertEquals("""
                root do_fork_x()
                  call copy_task_x()
                  call wake_task_x()
                """, Parsing.shape(note));
    }

    @Test
    void aCommentInWordsBetweenArrowParagraphsIsNoLeftOutCallee() {
        Note note = Parsing.parse("""
                ```
                enter_x()

                --> handle_x()

                # now the slow path
                --> user_x()

                --> mm_x()
                ```
                """);
        assertEquals("""
                root enter_x()
                  call handle_x()
                  call user_x()
                  call mm_x()
                """, Parsing.shape(note));
    }

    @Test
    void aChainJoinedByLongerArrowsOrTabsIsARootAsWell() {
        Note note = Parsing.parse("""
                ```
                main_x() ---> send_all_x() ---> kill_x()
                ```

                ```
                main_x()\t-->\tkill_x()
                ```
                """);
        assertEquals(2, note.traceBlocks().size(), Parsing.shape(note));
        assertEquals("root main_x() ---> send_all_x() ---> kill_x()\n",
                Parsing.shape(note).substring(0, Parsing.shape(note).indexOf('\n') + 1));
    }
}
