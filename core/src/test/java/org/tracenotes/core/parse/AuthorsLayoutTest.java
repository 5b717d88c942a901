package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.onlyRoot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** Layouts real authors use, read the way they meant them (issue 12's patterns; made-up examples). */
class AuthorsLayoutTest {

    private static List<String> texts(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }

    @Test
    void aCallFollowedByFreeTextIsTheCallWithATrailingNote() {
        Root r = onlyRoot(fenced(
                "load_all",
                "  +-> ops->save_iter   save_ram_iter",
                "  +-> sync_bitmap ?",
                "  +-> attach_driver 注意：这里会睡眠",
                "  --> resolve_pfn ④ (先尝试快速路径)",
                "  --> on_fault ① {",
                "        handle_it()",
                "      }"));
        List<Step> body = r.body();
        assertEquals(List.of("ops->save_iter", "sync_bitmap", "attach_driver", "resolve_pfn", "on_fault"),
                texts(body).subList(0, 5));
        assertEquals(StepKind.CALL, body.get(1).kind());
        assertEquals(StepKind.CALL, body.get(2).kind());
        assertEquals(List.of("save_ram_iter"), body.get(0).comments().stream().map(Comment::text).toList());
        assertEquals(List.of("?"), body.get(1).comments().stream().map(Comment::text).toList());
        assertEquals(List.of("注意：这里会睡眠"), body.get(2).comments().stream().map(Comment::text).toList());
        assertEquals(List.of("④ (先尝试快速路径)"), body.get(3).comments().stream().map(Comment::text).toList());
        assertEquals(List.of("handle_it()"), texts(body.get(4).children()).subList(0, 1));
    }

    @Test
    void cThatLooksLikeANoteIsLeftAlone() {
        Root r = onlyRoot(fenced(
                "f",
                "  => ret  = get_page(p)",
                "  => x ? a : b",
                "  => foo (hw/foo.c)",
                "  => walk every page"));
        assertEquals(List.of(StepKind.ASSIGN, StepKind.EXPRESSION, StepKind.CALL, StepKind.PROSE),
                r.body().stream().map(Step::kind).toList());
    }

    @Test
    void plainCAtACallsTextColumnIsTheCallersNextStatementAndDeeperCIsTheCallee() {
        Root r = onlyRoot(fenced(
                "boot()",
                "-> load_segments()",
                "         seg_count = 0;",
                "   if (opts.type == UNDEF)",
                "      opts.type = probe_type()",
                "-> map_kernel()"));
        assertEquals(List.of("load_segments()", "if (opts.type == UNDEF)", "map_kernel()"),
                texts(r.body()));
        assertEquals(List.of("seg_count = 0"), texts(r.body().get(0).children()));
        assertEquals(List.of("opts.type = probe_type()"), texts(r.body().get(1).children()));
    }

    @Test
    void anArrowAtTheColumnOfAnUnbracedIfIsItsOneStatement() {
        Root r = onlyRoot(fenced(
                "tick()",
                "-> update(curr)",
                "   if (queued)",
                "   -> resched(rq)",
                "   -> account(rq)"));
        assertEquals(List.of("update(curr)", "if (queued)", "account(rq)"), texts(r.body()));
        assertEquals(List.of("resched(rq)"), texts(r.body().get(1).children()));
    }

    @Test
    void caseLabelsAtTheSwitchColumnAreItsChildrenAndTheirStatementsTheCases() {
        Root r = onlyRoot(fenced(
                "ioctl()",
                "-> dispatch(cmd)",
                "      switch (cmd)",
                "      case CMD_INIT:",
                "      -> do_init()",
                "      -> log_init()",
                "      case CMD_FREE:",
                "         do_free()"));
        Step sw = r.body().get(0).children().get(0);
        assertEquals(StepKind.SWITCH, sw.kind());
        assertEquals(List.of(StepKind.CASE, StepKind.CASE), sw.children().stream().map(Step::kind).toList());
        assertEquals(List.of("do_init()", "log_init()"), texts(sw.children().get(0).children()));
        assertEquals(List.of("do_free()"), texts(sw.children().get(1).children()));
    }

    @Test
    void aLoneBraceAtTheTextColumnOrUnderADefinitionOpensTheBody() {
        Root step = onlyRoot(fenced(
                "create()",
                "   => alloc object instance",
                "      {",
                "         size = type->size;",
                "         obj = alloc(size)",
                "      }",
                "   => init(obj)"));
        Step alloc = step.body().get(0);
        assertEquals(List.of("{", "size = type->size", "obj = alloc(size)", "}"), texts(alloc.children()));
        assertEquals(List.of("=> alloc object instance", "init(obj)"), List.of("=> " + alloc.text(), step.body().get(1).text()));

        List<Root> roots = fenced(
                "entry()",
                "-> set_params()",
                "-> apply()",
                "",
                "void set_params(struct task *p)",
                "{",
                "    int prio = p->prio;",
                "    if (prio) {",
                "        p->slice = 1;",
                "    } else {",
                "        p->slice = 0;",
                "    }",
                "}").traceBlocks().get(0).roots();
        Root definition = roots.get(1);
        assertEquals(List.of("{", "int prio = p->prio", "if (prio)", "}"), texts(definition.body()));
        assertEquals(StepKind.ELSE, definition.body().get(2).alternatives().get(0).kind());
    }

    @Test
    void anArrowWhoseTextIsPushedRightStandsWhereItsTextSays() {
        Root r = onlyRoot(fenced(
                "task_tick()",
                "-> for_each_entity(se)",
                "->    entity_tick(se)",
                "      -> update_curr(se)",
                "-> task_tick_numa()"));
        assertEquals(List.of("for_each_entity(se)", "task_tick_numa()"), texts(r.body()));
        assertEquals(List.of("entity_tick(se)"), texts(r.body().get(0).children()));
        assertEquals(List.of("update_curr(se)"), texts(r.body().get(0).children().get(0).children()));
    }

    @Test
    void aTabFollowedByFourSpacesAnywhereInTheNoteMakesTabsEightWide() {
        Root r = onlyRoot(Parsing.parse(String.join("\n",
                "```",
                "size_bridges()",
                "\t\t--> switch (cls)",
                "\t\t    --> case BRIDGE:",
                "\t\t\t\tcheck_ranges(bus);",
                "\t\t    --> default:",
                "\t\t\t--> size_io()",
                "```",
                "")));
        Step sw = r.body().get(0);
        assertEquals(List.of("case BRIDGE:", "default:"), texts(sw.children()));
        assertEquals(List.of("size_io()"), texts(sw.children().get(1).children()));
    }

    @Test
    void stepsTabbedByAnEditorAfterASpacedFirstStepAreItsSiblingsEvenWhenQuotedCodeIsTabbedEight() {
        Note note = Parsing.parse(String.join("\n",
                "```",
                "load_state",
                "    +-> save_fp(&host);",
                "\t+-> restore_fp(&guest);",
                "\t+-> save_vec(&host);",
                "```",
                "",
                "```c",
                "static int copy_one(struct unit *u, int flags,",
                "\t\t    unsigned long *map)",
                "{",
                "\treturn check(u, flags,",
                "\t\t     map);",
                "}",
                "```",
                ""));
        Root r = note.traceBlocks().get(0).roots().get(0);
        assertEquals(List.of("save_fp(&host)", "restore_fp(&guest)", "save_vec(&host)"), texts(r.body()));
    }

    @Test
    void tabsKeepATwoSpaceStepOnlyWhenTwoWide() {
        Root r = onlyRoot(fenced(
                "signal_one",
                "  wake_queue",
                "    count += n",
                "    if (active(&q))",
                "\t\t  wake_locked(&q)",
                "        wake_common"));
        Step test = r.body().get(0).children().get(1);
        assertEquals(List.of("wake_locked(&q)"), texts(test.children()));
        assertEquals(List.of("wake_common"), texts(test.children().get(0).children()));
    }

    @Test
    void aTabbedLineLinedUpWithTheSpacedLineAboveItAtWidthTwoIsItsSibling() {
        Root r = onlyRoot(fenced(
                "init_unit",
                "   start_unit",
                "     setup_a",
                "     ops.in = on_in",
                "\t   ops.out = on_out",
                "\t   setup_b",
                "     setup_c"));
        assertEquals(List.of("setup_a", "ops.in = on_in", "ops.out = on_out", "setup_b", "setup_c"),
                texts(r.body().get(0).children()));
    }

    @Test
    void plainCAtACallsTextColumnStaysInTheCallerEvenAfterTheCallsArrowChildren() {
        Root r = onlyRoot(fenced(
                "eldu()",
                "-> lookup_backing(encl, &b)",
                "   -> get_backing(encl)",
                "         contents = get_page(encl);",
                "   addr = encl_page->desc;",
                "   pcmd = map(b.pcmd);",
                "-> load(&addr)"));
        assertEquals(List.of("lookup_backing(encl, &b)", "addr = encl_page->desc", "pcmd = map(b.pcmd)", "load(&addr)"),
                texts(r.body()));
        assertEquals(List.of("get_backing(encl)"), texts(r.body().get(0).children()));
    }

    @Test
    void aCasesStatementsAndALoopsArrowsAtTheirColumnAreTheirBodies() {
        Root r = onlyRoot(fenced(
                "handle_exit",
                "=> switch (reason)",
                "   => case EXIT_FAIL:",
                "   => code = run->reason",
                "   => report(code)",
                "=> invalidate_roots()",
                "      list_for_each_entry(root, &roots)",
                "         if (is_private(root))",
                "            continue;",
                "      -> schedule_zap(root)",
                "      -> flush(root)"));
        Step exitCase = r.body().get(0).children().get(0);
        assertEquals(List.of("code = run->reason", "report(code)"), texts(exitCase.children()));
        Step loop = r.body().get(1).children().get(0);
        assertEquals(StepKind.LOOP, loop.kind());
        assertEquals(List.of("if (is_private(root))", "schedule_zap(root)", "flush(root)"), texts(loop.children()));
    }

    @Test
    void anArrowHoldingOnlyACommentIsACommentLine() {
        Root r = onlyRoot(fenced(
                "migrate",
                "=> start()",
                "=> # 7. then copy the rest",
                "=> complete()"));
        assertEquals(List.of("start()", "complete()"), texts(r.body()));
        assertEquals(List.of("7. then copy the rest"), r.body().get(1).comments().stream().map(Comment::text).toList());
    }

    @Test
    void notesOwnCallShapesReadAsCalls() {
        Root r = onlyRoot(fenced(
                "age_ptes",
                "-> clear_young_ptes() / clear_young_pmd()",
                "-> write_iomap_begin/end",
                "+-> irq->handler",
                "+-> sb->s_op->dirty_inode",
                "=> iteration_run(简单描述可能执行到的函数)",
                "+-> lpae_map(iova， paddr， size)",
                "-->to_of_node(pdev); ?",
                "+-> csr_write更新CSR寄存器",
                "=> a / 2"));
        assertEquals(List.of(StepKind.CALL, StepKind.CALL, StepKind.CALL, StepKind.CALL, StepKind.CALL, StepKind.CALL,
                StepKind.CALL, StepKind.CALL, StepKind.EXPRESSION), r.body().stream().map(Step::kind).toList());
        assertEquals("iteration_run", r.body().get(4).calledFunction().orElseThrow());
        assertEquals("csr_write", r.body().get(7).text());
    }

    @Test
    void keywordsAndArrowsInTheShapesNotesWriteThem() {
        Root r = onlyRoot(fenced(
                "cpu_loop",
                "  -> swith (trapnr)",
                "    -> RISCV_EXCP_U_ECALL",
                "      -> do_syscall()",
                "  -> rmap walk 遍历所有映射的 VMA",
                "  -> 如果减到0，延迟执行",
                "  +-> -> mark_dirty",
                "  -> tracee 进入 stop 状态",
                "  -> continue；"));
        assertEquals(List.of(StepKind.SWITCH, StepKind.LOOP, StepKind.IF, StepKind.CALL, StepKind.PROSE,
                StepKind.CONTINUE), r.body().stream().map(Step::kind).toList());
        assertEquals(StepKind.CASE, r.body().get(0).children().get(0).kind());
        assertEquals("mark_dirty", r.body().get(3).text());
        Root vfio = onlyRoot(fenced(
                "group_ioctl",
                "  -> switch (cmd)",
                "     VFIO_GROUP_GET_FD:",
                "       -> get_fd()",
                "     retry:",
                "       -> again()"));
        // a label opens no body: `again()` after `retry:` is the label's sibling, as in C (gold/README.md)
        assertEquals(List.of(StepKind.CASE, StepKind.LABEL, StepKind.CALL),
                vfio.body().get(0).children().stream().map(Step::kind).toList());
    }

    @Test
    void typeDiagramsAddressChainsAndTwoCpuTimelinesAreNotTraces() {
        for (String[] lines : List.of(
                new String[] {"struct device", "   +-> struct iommu_param", "       +-> struct fault_param",
                        "       +-> faults list", "   +-> struct sva_param"},
                new String[] {"walk", "-> 0xffff888012340000", "-> 0xffff888012350000 -> 0xffff888012360000"},
                new String[] {"CPU0                         CPU1", "-> lock(a)                   -> lock(b)",
                        "-> lock(b)                   -> lock(a)"})) {
            org.tracenotes.core.model.Note note = fenced(lines);
            assertEquals(0, note.traceBlocks().size(), String.join("\n", lines));
            assertEquals(List.of("not-a-trace"), Parsing.ruleIds(note));
        }
    }

    @Test
    void remarksInBracketsAndAPastedBacktraceAreComments() {
        Root r = onlyRoot(fenced(
                "handle_output",
                "    --> handle_request",
                "    (同向相邻的请求进行一些合并)",
                "    --> submit_requests",
                "(gdb) bt",
                "#0  wakeup_cpu (apicid=1, start_ip=631040) at boot.c:351",
                "#1  0xffffffff81077b98 in do_boot_cpu (apicid=1,",
                "    idle=<optimized out>) at smpboot.c:1144"));
        assertEquals(List.of("handle_request", "submit_requests"), texts(r.body()));
        assertEquals(List.of("(同向相邻的请求进行一些合并)"),
                r.body().get(1).comments().stream().map(Comment::text).toList());
    }

    @Test
    void aReadingTheLayoutLeavesOpenIsReportedAndMarkedInTheOutline() {
        org.tracenotes.core.model.Note open = fenced(
                "idle()",
                "-> idle_call()",
                "   if (not_available(drv))",
                "   -> default_idle()");
        assertEquals(List.of("layout-ambiguous"), Parsing.ruleIds(open));
        assertEquals(4, open.diagnostics().get(0).range().line());
        assertEquals(true, org.tracenotes.core.outline.TextOutline.render(open).contains("if (not_available(drv)) [layout-ambiguous]"));

        org.tracenotes.core.model.Note decided = fenced(
                "idle()",
                "-> time_init()",
                "         late_init = x86_late_init;",
                "-> idle_call()",
                "   if (not_available(drv))",
                "   -> default_idle()");
        assertEquals(List.of(), Parsing.ruleIds(decided));
    }

    @Test
    void forksOffAVerticalLineAndBracketsMarkTheBodyOfTheCallAbove() {
        Root r = onlyRoot(fenced(
                "start_kernel",
                "   +-> arch_rest_init",
                "     +-> rest_init",
                "       |",
                "     --+-> user_thread(init)",
                "       |",
                "     --+-> kernel_thread(kthreadd)",
                "     +-> update_stats(sg)",
                "     ^ for_each_cpu(i) {",
                "     |   +-> account(i)",
                "     | }",
                "     | +-> classify(sg)",
                "     v   /* then pick the busiest */",
                "     +-> pick_busiest(sg)"));
        Step rest = r.body().get(0).children().get(0);
        assertEquals(List.of("user_thread(init)", "kernel_thread(kthreadd)"), texts(rest.children()));
        Step stats = r.body().get(0).children().get(1);
        assertEquals("update_stats(sg)", stats.text());
        assertEquals(List.of("for_each_cpu(i)", "classify(sg)"), texts(stats.children()));
        assertEquals("pick_busiest(sg)", r.body().get(0).children().get(2).text());
    }

    @Test
    void aClosingBraceClosesTheBraceItIsAlignedWithEvenWhenOneInsideWasNeverClosed() {
        Root r = onlyRoot(fenced(
                "update_stats",
                "  +-> for_each_cpu(i) {",
                "        +-> if (asym) {",
                "              load = cpu_load(i);",
                "      }",
                "  +-> classify(sg)",
                "  | +-> avg = (load * SCALE) /",
                "  |             capacity;"));
        assertEquals(List.of("for_each_cpu(i)", "classify(sg)"), texts(r.body()));
        Step avg = r.body().get(1).children().get(0);
        assertEquals("avg = (load * SCALE) / capacity", avg.text().replaceAll("\\s+", " "));
        assertEquals(StepKind.ASSIGN, avg.kind());
    }

    @Test
    void arrowsAtThePlainCallAboveThemAreItsBody() {
        Root r = onlyRoot(fenced(
                "invalidate_memslot",
                "   if (shared_mask(kvm))",
                "      zap_memslot(kvm, slot)",
                "      -> unmap_range(kvm, &range)",
                "      -> flush(kvm)",
                "   else",
                "      zap_all_fast(kvm)"));
        Step zap = r.body().get(0).children().get(0);
        assertEquals("zap_memslot(kvm, slot)", zap.text());
        assertEquals(List.of("unmap_range(kvm, &range)", "flush(kvm)"), texts(zap.children()));
    }

    @Test
    void aLineAfterAClosingBraceIsNoLongerInTheBracedBody() {
        Root r = onlyRoot(fenced(
                "run_loop",
                "   => iterate()",
                "      => if (pending < limit)",
                "         {",
                "            => settle()",
                "         }",
                "         finish()",
                "         => finish_precopy"));
        Step iterate = r.body().get(0);
        assertEquals(List.of("if (pending < limit)", "finish()"), texts(iterate.children()));
        assertEquals(List.of("finish_precopy"), texts(iterate.children().get(1).children()));
    }

    @Test
    void caseLabelsDoNotNestInACaseLabel() {
        Root r = onlyRoot(fenced(
                "size_bridges",
                "--> for_each_dev(dev)",
                "    --> case CLASS_BRIDGE:",
                "        default:",
                "            size_bus(b)"));
        Step loop = r.body().get(0);
        assertEquals(List.of(StepKind.CASE, StepKind.CASE), loop.children().stream().map(Step::kind).toList());
        assertEquals(List.of("size_bus(b)"), texts(loop.children().get(1).children()));
    }

    @Test
    void arrowsAtTheColumnOfABareNameCallAreItsBody() {
        Root r = onlyRoot(fenced(
                "config_write",
                "    --> ioport_write",
                "          queue_notify (hw/virtio/virtio.c)",
                "          -->  vq->handle_output"));
        Step notify = r.body().get(0).children().get(0);
        assertEquals("queue_notify", notify.text());
        assertEquals(List.of("vq->handle_output"), texts(notify.children()));
    }

    @Test
    void linesUpToTheClosingBraceOfARootAreItsBodyWhateverTheirColumn() {
        org.tracenotes.core.model.TraceBlock b = Parsing.onlyBlock(fenced(
                "set_scheduler()",
                "-> set_params(p)",
                "-> set_slice(p)",
                "static void set_params(struct task *p)",
                "{",
                "    int policy = p->policy;",
                "...",
                "}"));
        assertEquals(2, b.roots().size());
        assertEquals(List.of("{", "int policy = p->policy", "..."), texts(b.roots().get(1).body()).subList(0, 3));
    }

    @Test
    void plainCAtACallsTextColumnIsItsBodyWhenALaterArrowThereIsTheCallsChild() {
        Root r = onlyRoot(fenced(
                "do_idle()",
                "-> idle_call()",
                "   if (not_available(drv))",
                "   -> default_idle()",
                "      -> arch_idle()",
                "   -> call_idle()"));
        assertEquals(List.of("idle_call()"), texts(r.body()));
        assertEquals(List.of("if (not_available(drv))", "call_idle()"), texts(r.body().get(0).children()));
        assertEquals(List.of(), Parsing.ruleIds(fenced(
                "do_idle()",
                "-> idle_call()",
                "   if (not_available(drv))",
                "   -> default_idle()",
                "      -> arch_idle()",
                "   -> call_idle()")));
    }

    @Test
    void aSourcePathWithCodeIndentedUnderItIsTheBlocksRoot() {
        Root r = onlyRoot(fenced(
                "  mm/vmscan.c",
                "    check_references()",
                "      -> referenced()",
                "         -> walk_rmap()"));
        assertEquals("mm/vmscan.c", r.name());
        assertEquals(List.of("check_references()"), texts(r.body()));
        Root located = onlyRoot(fenced(
                "kernel/fs/ioctl.c",
                "ksys_ioctl",
                "  +-> fdget",
                "  +-> fdput"));
        assertEquals("ksys_ioctl", located.name());
    }

    @Test
    void wordsGoingOnWithTheWordsAboveAreNotSteps() {
        Root wrapped = onlyRoot(fenced(
                "get_file",
                "  +-> get_file_rcu (atomic_add_unless(&f->count, 1, 0))",
                "      这里只有在引用计数非0的时候才会把引用计数加1。如果是0，表明已经file",
                "      的引用计数已经是0，查找会失败",
                "  +-> fput"));
        Step get = wrapped.body().get(0);
        // a remark of clauses under the call's text, wrapped onto a second line: neither line is a step
        assertEquals(List.of(), get.children());
        assertEquals(List.of("get_file_rcu (atomic_add_unless(&f->count, 1, 0))", "fput"), texts(wrapped.body()));
        org.tracenotes.core.model.TraceBlock entries = Parsing.onlyBlock(fenced(
                "open: find the group --> keep it in the file's private data.",
                "      the group was made when the driver probed the device.",
                "unlocked_ioctl:",
                "    GET_DEVICE_FD:",
                "        --> get_device_fd",
                "    SET_CONTAINER:",
                "        --> set_container"));
        assertEquals(2, entries.roots().size());
        assertEquals(List.of(), entries.roots().get(0).body());
    }

    @Test
    void aDiagramWhoseBranchesHangFromInsideALinesTextIsNotATrace() {
        String[] lines = {
                "vfio",
                "    --> drivers_list(iommu_driver)",
                "                          |",
                "                          |--> ops(iommu_driver_ops)",
                "                                        |--> open: create the container."};
        org.tracenotes.core.model.Note note = fenced(lines);
        assertEquals(0, note.traceBlocks().size());
        assertEquals(List.of("not-a-trace"), Parsing.ruleIds(note));
        assertEquals(1, fenced(
                "start",
                "  |",
                "  +-> setup()",
                "  |",
                "  +-> run()").traceBlocks().size());
    }

    @Test
    void plainCAtATextColumnStaysAGuessWhenTheBlockShowsBothHabits() {
        String[] shown = {
                "vm_ioctl()",
                "-> arch_vm_ioctl()",
                "   case MEM_ENC_OP:",
                "   -> vm_enc_ioctl()",
                "      -> setup_params(kvm)",
                "             params->controls = MT_WB;",
                "      -> tdx_ioctl()",
                "         switch (cmd.id)"};
        assertEquals(List.of("layout-ambiguous"), Parsing.ruleIds(fenced(shown)));
        String[] deeperOnly = {
                "vm_ioctl()",
                "-> arch_vm_ioctl()",
                "      -> setup_params(kvm)",
                "             params->controls = MT_WB;",
                "      -> tdx_ioctl()",
                "         switch (cmd.id)"};
        assertEquals(List.of(), Parsing.ruleIds(fenced(deeperOnly)));
    }

    @Test
    void aTabbedLineLiningUpWithTheLineAboveOnlyAtEightMakesTheEditorsWidthUnsure() {
        SourceText text = new SourceText("```\nf()\n    -> a()\n\t-> b()\n        -> c()\n\t-> d()\n```\n");
        assertEquals(0, TabWidth.alignedWidth(text, 2, 7));
        SourceText fours = new SourceText("```\nf()\n    -> a()\n\t-> b()\n    -> c()\n\t-> d()\n```\n");
        assertEquals(4, TabWidth.alignedWidth(fours, 2, 7));
    }

    @Test
    void theNoteWideEvidenceForEightStandsWhenTheAlignedWidthLosesOnTheBlocksCounts() {
        String quoted = "```c\n\tif (x)\n\t    y = 1;\n\t    z = 2;\n```\n\n";
        String block = "```\nf()\n    -> p()\n        -> q()\n  -> a()\n\t-> b()\n\t\t-> c()\n```\n";
        assertEquals(8, TabWidth.detect(new SourceText(quoted + block), 7, 14));
        assertEquals(4, TabWidth.detect(new SourceText(quoted.replace("    ", "") + block), 7, 14));
    }
}
