package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * {@code |->} trees in a fence that also holds what is no step: numbered captions in words over each case,
 * links, comments wrapped far to the right; irregular staircases of one blank a level, tabs mixed in; a
 * second case whose root is a chain on one line; and arrowless trees nested by tabs whose field
 * {@code .f = name,} leads to the function it names. Every fragment is made up.
 */
class ArrowFencesWithHeadingsTest {

    private static final String TWO_CASES = String.join("\n",
            "```c",
            "1、情况一，页面不足时分配失败",
            "alloc_x(gfp, order)",
            " |-> alloc_node_x",
            "  |-> slow_path_x\t// 进入慢速路径",
            "    \t|->may_oom_x\t\t// 可能触发",
            "   ",
            " 2、情况二：缺页时产生错误，进入fault_oom_x",
            "    fault_x-->handle_x\t\t\t// 通过异常进入",
            "    \t\t\t\t\t\t// 处理函数",
            "    |-->do_fault_x",
            "     |--> fault_oom_x()",
            " \thttps://example.org/notes/42.html",
            "\thttp://example.com/a?b=1",
            "```", "");

    @Test
    void aNumberedCaptionInWordsIsNoStepAndTheLineUnderItIsTheRoot() {
        Note note = Parsing.parse(TWO_CASES);
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("""
                root alloc_x(gfp, order)
                  call alloc_node_x
                    call slow_path_x  // 进入慢速路径
                      call may_oom_x  // 可能触发
                """), shape);
        Root first = Parsing.onlyBlock(note).roots().get(0);
        assertEquals(1, first.comments().stream().filter(c -> c.text().contains("情况一")).count(), "the caption is the root's comment");
    }

    @Test
    void aCaptionBetweenCasesStartsATreeOfItsOwnWhereverTheAuthorIndentedIt() {
        Note note = Parsing.parse(TWO_CASES);
        assertEquals(2, Parsing.onlyBlock(note).roots().size(), Parsing.shape(note));
        assertTrue(Parsing.shape(note).endsWith("""
                root fault_x-->handle_x  // 通过异常进入
                  call do_fault_x
                    call fault_oom_x()
                """), Parsing.shape(note));
    }

    @Test
    void aLinkInsideAFenceIsNoStep() {
        Note note = Parsing.parse(TWO_CASES);
        assertTrue(!Parsing.shape(note).contains("https") && !Parsing.shape(note).contains("label"), Parsing.shape(note));
    }

    @Test
    void aNumberedStepWithArrowsRightUnderItIsNoCaption() {
        Note note = Parsing.parse("```\n2、调用 start_x\n |-> run_x\n |-> stop_x\n```\n");
        assertEquals("""
                root 2、调用 start_x
                  call run_x
                  call stop_x
                """, Parsing.shape(note));
    }

    @Test
    void aNumberedLineThatCallsIsNoCaption() {
        Note note = Parsing.parse("```\n1、do_start_x(dev)\n    probe_x(dev)\n        |-> bind_x\n        |-> attach_x\n```\n");
        assertEquals("""
                root 1、do_start_x(dev)
                  call probe_x(dev)
                    call bind_x
                    call attach_x
                """, Parsing.shape(note));
    }

    @Test
    void aStaircaseOfOneBlankALevelWithTabsMixedInIsAChain() {
        Parsing.assertShape("""
                root start_x(a)
                  call one_x
                    call two_x  // note
                      call three_x
                        call four_x  // note
                          call five_x
                """, "start_x(a)", " |-> one_x", "  |->two_x\t\t// note", "    |-> three_x", "    \t|->four_x\t// note",
                "    \t |->five_x");
    }

    @Test
    void aFieldThatNamesAFunctionLeadsToThatFunctionsBody() {
        Note note = Parsing.parse("BOARD_X\n\t.init_irq   = board_irq_x,\n\t\tboard_irq_x\n\t\t\tgic_a_x\n\t\t\tgic_b_x\n");
        assertEquals("""
                root BOARD_X
                  assign .init_irq   = board_irq_x,
                    call board_irq_x
                      call gic_a_x
                      call gic_b_x
                """, Parsing.shape(note));
    }

    @Test
    void aFieldEntryUnderAnArrowIsCompleteAtItsCommaToo() {
        Parsing.assertShape("""
                root setup_x
                  assign .probe = my_probe_x,
                    call my_probe_x
                      call bind_x
                  call run_x
                """, "setup_x", "  -> .probe = my_probe_x,", "        my_probe_x", "            |-> bind_x", "  -> run_x");
    }

    @Test
    void aCommaThatLeavesAnArgumentListOpenStillContinuesTheLine() {
        Parsing.assertShape("""
                root start_x
                  assign .ops = make_ops_x(a, b)
                  call run_x
                """, "start_x", "  -> .ops = make_ops_x(a,", "          b)", "  -> run_x");
    }

    @Test
    void aRootWrittenAsAChainIsNamedAfterItsLastLinkWhoseBodyTheTreeIs() {
        Note note = Parsing.parse(TWO_CASES);
        Root second = Parsing.onlyBlock(note).roots().get(1);
        assertEquals("handle_x", second.name());
        assertEquals("fault_x-->handle_x", second.text());
        var calls = org.tracenotes.core.graph.CallGraph.of(java.util.List.of(note)).callSites().stream()
                .map(c -> c.caller() + ">" + c.callee()).toList();
        assertTrue(calls.contains("handle_x>do_fault_x") && !calls.contains("fault_x>do_fault_x"), calls.toString());
    }

    @Test
    void aMemberAccessInARootIsNoChain() {
        Note note = Parsing.parse("```\nrun_x(dev->ops_x)\n |-> f_x\n |-> g_x\n```\n");
        assertEquals("run_x", Parsing.onlyRoot(note).name());
        Note spaced = Parsing.parse("```\nstart_x() -> `mid_x()` --> end_x(a, b)\n |-> f_x\n |-> g_x\n```\n");
        assertEquals("end_x", Parsing.onlyRoot(spaced).name());
    }

    @Test
    void numberedStepsInsideAFunctionsBodyAreNoCasesOfTheFence() {
        Note note = Parsing.parse("```\nfoo_x()\n  1、检查参数\n  check_x(a)\n     |-> validate_x\n  2、分配内存\n  alloc_x()\n"
                + "     |-> get_page_x\n```\n");
        assertEquals(1, Parsing.onlyBlock(note).roots().size(), Parsing.shape(note));
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("root foo_x()\n") && shape.contains("\n  call check_x(a)\n") && shape.contains("\n  call alloc_x()\n"),
                shape);
    }

    @Test
    void wordsStatesAndNamesInCapitalsJoinedByArrowsAreNoChainOfCalls() {
        for (String root : java.util.List.of("CPU0 --> CPU1", "`TASK_RUNNING` --> `TASK_DEAD`", "user -> kernel")) {
            Note note = Parsing.parse("```\n" + root + "\n |-> smp_call_x\n |-> wait_x\n```\n");
            Root only = Parsing.onlyRoot(note);
            assertTrue(!only.name().equals("CPU1") && !only.name().equals("TASK_DEAD") && !only.name().equals("kernel"),
                    root + " -> " + only.name());
        }
    }

    @Test
    void theLastLinkOfAChainRootKeepsItsArguments() {
        Note note = Parsing.parse("```\nfault_x() --> handle_x(vma, addr)\n |-> f_x\n |-> g_x\n```\n");
        assertEquals("handle_x(vma, addr)", Parsing.onlyRoot(note).signature());
    }

    @Test
    void aMemberAccessWrittenWithoutBlanksIsNoChainArrow() {
        Note note = Parsing.parse("```\ndev->start_x\n |-> f_x\n |-> g_x\n```\n");
        assertTrue(!Parsing.onlyRoot(note).name().equals("start_x"), Parsing.onlyRoot(note).name());
    }
}
