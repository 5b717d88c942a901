package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.onlyBlock;
import static org.tracenotes.core.parse.Parsing.onlyRoot;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;

/** More layouts of real notes (issue 12, the fifth held-out set's patterns), on made-up fragments. */
class NotesAsAuthorsMeantTest {

    private static List<String> texts(List<Step> steps) {
        return steps.stream().map(Step::text).toList();
    }

    @Test
    void aSentenceBetweenAnArrowAndItsTextIsARemarkOnTheCall() {
        Root r = onlyRoot(fenced(
                "enable_queue",
                "  +-> make_pool",
                "    +-> alloc_slots",
                "      分配以及初始化队列里的槽位。之后的请求就可以直接从池子里取用它们的",
                "      空闲槽位",
                "  +-> start_queue"));
        Step make = r.body().get(0);
        assertEquals(List.of("make_pool", "start_queue"), texts(r.body()));
        assertEquals(List.of("alloc_slots"), texts(make.children()));
        assertEquals(List.of(), make.children().get(0).children());
    }

    @Test
    void aShortPhraseUnderAnArrowWithStepsAfterItIsStillAStep() {
        Root r = onlyRoot(fenced(
                "enable_queue",
                "  +-> make_pool",
                "    拿到设备的锁",
                "    +-> init_slot"));
        assertEquals(List.of("拿到设备的锁", "init_slot"), texts(r.body().get(0).children()));
    }

    @Test
    void aListItemNamingAFunctionAtTheMarginIsARoot() {
        List<Root> roots = onlyBlock(fenced(
                "- bind_device: 把设备和地址空间绑定",
                "  +-> bind_group",
                "",
                "- unbind_device",
                "    +-> flush_queue",
                "    +-> unbind_locked(handle)")).roots();
        assertEquals(2, roots.size(), () -> "roots: " + roots);
        assertEquals(List.of("flush_queue", "unbind_locked(handle)"), texts(roots.get(1).body()));
    }

    @Test
    void aReturnAtACallsTextColumnBeforeTheCallerGoesOnIsTheCallees() {
        Root r = onlyRoot(fenced(
                "load()",
                "-> read_ranges()",
                "   -> open_table()",
                "      return table_path;",
                "   -> parse(table)"));
        Step read = r.body().get(0);
        assertEquals(List.of("open_table()", "parse(table)"), texts(read.children()));
        assertEquals(List.of("return table_path"), texts(read.children().get(0).children()));
    }

    @Test
    void aReturnAtACallsTextColumnEndingTheCallerStaysTheCallers() {
        List<Root> roots = onlyBlock(fenced(
                "load()",
                "-> read_ranges()",
                "   return 0;",
                "next_root()",
                "-> other()")).roots();
        assertEquals(List.of("read_ranges()", "return 0"), texts(roots.get(0).body()));
        assertEquals(2, roots.size());
    }

    @Test
    void plainCAfterAStatementsBodyAtItsColumnIsTheCallersNextStatement() {
        Root r = onlyRoot(fenced(
                "load_roots()",
                "   if (direct)",
                "      root = get_root(vcpu);",
                "      -> return make_root(vcpu);",
                "         -> alloc_root()",
                "      mmu->root = root;",
                "   -> load_pgd()"));
        Step cond = r.body().get(0);
        assertEquals(List.of("root = get_root(vcpu)", "mmu->root = root"), texts(cond.children()));
        assertEquals(List.of("return make_root(vcpu)"), texts(cond.children().get(0).children()));
    }

    @Test
    void anAssemblyJumpToAFunctionIsACallAndALocalLabelJumpIsNot() {
        Root r = onlyRoot(fenced(
                "entries_start",
                "   jmp asm_common_entry",
                "      call common_entry",
                "           -> state = entry_enter(regs);",
                "           -> entry_exit(regs, state)",
                "   jmp 1f"));
        Step jump = r.body().get(0);
        assertEquals(StepKind.CALL, jump.kind());
        assertEquals(StepKind.CALL, jump.children().get(0).kind());
        assertEquals(StepKind.PROSE, r.body().get(1).kind());
    }

    @Test
    void aVariableBoundToARegisterIsADeclaration() {
        Root r = onlyRoot(fenced(
                "switch_stack(stack, fn)",
                "-> register void *top asm(\"r11\");",
                "-> top = stack;",
                "-> fn()"));
        assertEquals(StepKind.DECLARATION, r.body().get(0).kind());
    }

    @Test
    void anIteratorGivenAConstantFirstIsAFunctionTakingACallbackNotALoop() {
        Root r = onlyRoot(fenced(
                "f()",
                "-> res_for_each_line(NULL, visit_cb, array)",
                "-> list_for_each_entry(pos, &head, node)"));
        assertEquals(List.of(StepKind.CALL, StepKind.LOOP), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aConditionWithTheCalleesLinesUnderItIsTheCallItMakes() {
        Root r = onlyRoot(fenced(
                "init_all()",
                "-> probe()",
                "-> enabled && !setup_unit(&unit_ops)",
                "   drivers/unit.c",
                "   -> load_table()",
                "-> !ready(dev) || retry(dev)",
                "   // drivers/unit_wait.c:",
                "   -> wait_ready(dev)",
                "-> enabled && !attached(dev)",
                "-> finish()"));
        assertEquals(List.of(StepKind.CALL, StepKind.CALL, StepKind.CALL, StepKind.EXPRESSION, StepKind.CALL),
                r.body().stream().map(Step::kind).toList());
        assertEquals(List.of("load_table()"), texts(r.body().get(1).children()));
    }

    @Test
    void aCallSetEqualToThePointerCallItIsIsThatCall() {
        Root r = onlyRoot(fenced(
                "run_loop()",
                "  enter_guest()",
                "    unit_run() = unit_ops.run(vcpu);",
                "      unit_enter()",
                "    count = count + 1;",
                "    ctx(struct unit *) = alloc_unit();",
                "    per_unit(slot, cpu) = 0;"));
        Step enter = r.body().get(0);
        assertEquals(List.of(StepKind.CALL, StepKind.ASSIGN, StepKind.ASSIGN, StepKind.ASSIGN),
                enter.children().stream().map(Step::kind).toList());
        assertEquals(List.of("unit_enter()"), texts(enter.children().get(0).children()));
    }

    @Test
    void aWalkWhoseFirstArgumentIsAConstantIsACallNotALoop() {
        Root r = onlyRoot(fenced(
                "start_bus()",
                "-> port_for_each_dev(NULL, attach_adapter)",
                "   -> attach_adapter",
                "-> dev_for_each_entry(pos, &head)"));
        assertEquals(List.of(StepKind.CALL, StepKind.LOOP), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aConditionWithAnElseAfterItsBodyStaysATest() {
        Root r = onlyRoot(fenced(
                "flush()",
                "=> ready && !busy(dev)",
                "   => write_out(dev)",
                "=> else",
                "   => requeue(dev)"));
        assertEquals(StepKind.IF, r.body().get(0).kind());
        assertEquals(1, r.body().size());
    }

    @Test
    void aCallThenASpacedDashAndANoteIsTheCall() {
        Root r = onlyRoot(fenced(
                "alloc_blocks",
                " +-> release_ctx - collect_stats",
                " +-> nr - 1",
                " +-> finish"));
        assertEquals(List.of(StepKind.CALL, StepKind.EXPRESSION, StepKind.CALL), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aSubtractionOfNamesOrALiteralIsNoCallWithANote() {
        Root r = onlyRoot(fenced(
                "copy_tail()",
                "-> len - hdr_len",
                "-> end - start",
                "-> seg_count - 1",
                "-> map_pages(vma) - unmap_rest"));
        assertEquals(List.of(StepKind.EXPRESSION, StepKind.EXPRESSION, StepKind.EXPRESSION, StepKind.CALL),
                r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aConditionWithABodyAndNoSignOfTheCalleeStaysATestOverItsBody() {
        Root r = onlyRoot(fenced(
                "drain_queue(q)",
                "-> !list_empty(&q->list)",
                "   -> process_one(q)",
                "-> wake_waiters(q)"));
        assertEquals(List.of(StepKind.EXPRESSION, StepKind.CALL), r.body().stream().map(Step::kind).toList());
        assertEquals(List.of("process_one(q)"), texts(r.body().get(0).children()));
        Root s = onlyRoot(fenced(
                "kick_all()",
                "=> ready && !busy(dev)",
                "   => start_xmit(dev)",
                "=> done(dev)"));
        assertEquals(List.of(StepKind.EXPRESSION, StepKind.CALL), s.body().stream().map(Step::kind).toList());
        assertEquals(List.of("start_xmit(dev)"), texts(s.body().get(0).children()));
    }

    @Test
    void aConditionWithTheCalleesFileUnderItAndAnElseIfInTheSeedDialectStaysATest() {
        String body = "```\nrefill(pool)\n-> enabled && !grow_pool(pool)\n   // mm/pool_grow.c:\n"
                + "   -> alloc_slab(pool)\n-> if (shrink)\n   -> trim_pool(pool)\n```\n";
        org.tracenotes.core.model.Note note = new NoteParser(
                ParseOptions.defaults().withDialect(org.tracenotes.core.model.Dialect.SEED)).parse("t.md", body);
        assertEquals(List.of(), note.diagnostics().stream()
                .filter(d -> d.severity() == org.tracenotes.core.model.Severity.ERROR).toList());
        Root r = onlyRoot(note);
        assertEquals(1, r.body().size(), () -> texts(r.body()).toString());
        assertEquals(StepKind.IF, r.body().get(0).kind());
    }

    @Test
    void aSingleWordAmongStepsInWordsIsWordsToo() {
        Root r = onlyRoot(fenced(
                "send_thread()",
                "  -> send_queue()",
                "      -> unicast to the daemon",
                "      -> broadcast",
                "      -> hold the queue on failure",
                "  -> schedule"));
        assertEquals(List.of(StepKind.PROSE, StepKind.PROSE, StepKind.PROSE),
                r.body().get(0).children().stream().map(Step::kind).toList());
        assertEquals(StepKind.CALL, r.body().get(1).kind());
    }

    @Test
    void aSingleWordTheBlockCallsElsewhereStaysACall() {
        List<Root> roots = onlyBlock(fenced(
                "wait_for_io()",
                "-> prepare to wait",
                "-> schedule",
                "-> finish wait",
                "",
                "schedule()",
                "-> pick_next_task(rq)")).roots();
        assertEquals(2, roots.size());
        assertEquals(List.of(StepKind.PROSE, StepKind.CALL, StepKind.PROSE),
                roots.get(0).body().stream().map(Step::kind).toList());
    }

    @Test
    void wordsFarRightOfAStepWithATrailingCommentAreThatCommentsWrappedRest() {
        Root r = onlyRoot(fenced(
                "attach_unit",
                "    init_unit(&u->dev, &unit_ops) // 初始化一个设备，并把它的操作函数设成unit_ops，",
                "                                  也就是所有的设备都用同一组操作",
                "        unit_ops.open = unit_open",
                "    add_unit(u)"));
        assertEquals(List.of("init_unit(&u->dev, &unit_ops)", "add_unit(u)"), texts(r.body()));
        assertEquals(List.of("unit_ops.open = unit_open"), texts(r.body().get(0).children()));
        assertEquals(2, r.body().get(0).comments().size());
    }

    @Test
    void wordsOneStepDeeperLeftOfTheTrailingCommentAreABodyNotItsWrappedRest() {
        Root r = onlyRoot(fenced(
                "attach_unit()",
                "        -> init_unit(u)                  // set up the unit",
                "                   check the unit state first",
                "        -> add_unit(u)"));
        assertEquals(List.of("init_unit(u)", "add_unit(u)"), texts(r.body()));
        assertEquals(List.of("check the unit state first"), texts(r.body().get(0).children()));
        assertEquals(1, r.body().get(0).comments().size());
    }
}
