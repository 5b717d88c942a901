package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.parse.Parsing.fenced;
import static org.tracenotes.core.parse.Parsing.firstStep;
import static org.tracenotes.core.parse.Parsing.onlyBlock;
import static org.tracenotes.core.parse.Parsing.onlyRoot;
import static org.tracenotes.core.parse.Parsing.parse;
import static org.tracenotes.core.parse.Parsing.ruleIds;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Arrow;
import org.tracenotes.core.model.CodeBlock;
import org.tracenotes.core.model.Comment;
import org.tracenotes.core.model.Dialect;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.RootKind;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.core.model.StepRole;
import org.tracenotes.core.model.TraceBlock;

/** Blocks, roots, nesting, comments and dialects. */
class StructureTest {

    @Test
    void traceBlocksAreFoundByContentNotByInfoString() {
        Note note = parse("""
                # t
                ```c
                int x = 1;
                ```

                ```python
                f()
                => a()
                => b()
                ```
                """);
        TraceBlock b = onlyBlock(note);
        assertEquals("python", b.info());
        assertTrue(note.sections().get(0).blocks().get(0) instanceof CodeBlock);
    }

    @Test
    void aVariableDefinitionAtTheRootColumnIsTopLevelNotAStepOfTheRootAbove() {
        TraceBlock b = onlyBlock(fenced(
                "widget_write(w)",
                "    --> widget_store(w)",
                "    --> widget_flush(w)",
                "",
                "static const struct widget_ops ops = {",
                "    .write = widget_write,",
                "};"));
        assertEquals(2, b.roots().size(), () -> "roots: " + b.roots());
        assertEquals(2, b.roots().get(0).body().size());
        Root second = b.roots().get(1);
        assertEquals(RootKind.IMPLIED, second.kind());
        assertEquals(StepKind.ASSIGN, second.body().get(0).kind());
        assertTrue(second.body().get(0).text().contains(".write = widget_write"), "its initialiser lines are joined to it");
    }

    @Test
    void aBlockOpeningWithATableDefinitionHasAnImpliedRoot() {
        TraceBlock b = onlyBlock(fenced(
                "static int (*handlers[])(struct unit *u) = {",
                "    [EXIT_A] = handle_a,",
                "    [EXIT_B] = handle_b,",
                "};",
                "-> handle_a(u)",
                "-> handle_b(u)"));
        assertEquals(RootKind.IMPLIED, b.roots().get(0).kind());
        assertEquals(StepKind.ASSIGN, b.roots().get(0).body().get(0).kind());
    }

    @Test
    void anElisionAfterADefinitionsClosingBraceStandsBetweenDefinitions() {
        TraceBlock b = onlyBlock(fenced(
                "-> setup_unit(u)",
                "-> start_unit(u)",
                "",
                "void setup_unit(struct unit *u)",
                "{",
                "    u->ready = 1;",
                "}",
                "...",
                "static void tear_unit(struct unit *u)",
                "{",
                "    u->ready = 0;",
                "}"));
        List<Root> roots = b.roots();
        Root elision = roots.stream().filter(r -> r.body().stream().anyMatch(s -> s.text().equals("...")))
                .findFirst().orElseThrow();
        assertEquals(RootKind.IMPLIED, elision.kind(), () -> "roots: " + roots);
        assertEquals("tear_unit", roots.get(roots.size() - 1).name());
    }

    @Test
    void anElisionAtTheRootColumnIsNeverARoot() {
        Root r = onlyRoot(fenced(
                "=> count = scan_units(all)",
                "=> settle_units()",
                "....",
                "=> report_units()"));
        assertEquals(List.of(StepKind.ASSIGN, StepKind.CALL, StepKind.PROSE, StepKind.CALL),
                r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aStatementEndingWithABraceClosesTheOpenBrace() {
        Root r = onlyRoot(fenced(
                "load_firmware()",
                "   if (is_secure()) {",
                "   -> map_secure(fw);",
                "   -> mark_secure(fw); }",
                "   if (needs_copy()) {",
                "   -> copy_image(fw);}",
                "   -> boot_image(fw)"));
        assertEquals(List.of(StepKind.IF, StepKind.IF, StepKind.CALL), r.body().stream().map(Step::kind).toList());
        assertEquals(2, r.body().get(0).children().size());
        assertEquals(1, r.body().get(1).children().size());
    }

    @Test
    void anElseChainWrittenAtTheTextColumnOfATreeIfIsOneChainWithIt() {
        Root r = onlyRoot(fenced(
                "fault_in(u)",
                "+-> if (a)",
                "    prep_a();",
                "    else if (b)",
                "    prep_b();",
                "    else {",
                "    +---> for (i = 0; i < n; i++) {",
                "          touch(i);",
                "    }",
                "    }",
                "+-> finish(u)"));
        assertEquals(List.of(StepKind.IF, StepKind.CALL), r.body().stream().map(Step::kind).toList());
        Step ifStep = r.body().get(0);
        assertEquals(List.of(StepKind.ELSE_IF, StepKind.ELSE), ifStep.alternatives().stream().map(Step::kind).toList());
        assertEquals(1, ifStep.children().size());
        assertEquals(StepKind.LOOP, ifStep.alternatives().get(1).children().get(0).kind());
    }

    @Test
    void bareConstantsUnderASwitchAreSiblingLabels() {
        Root r = onlyRoot(fenced(
                "trap_entry(t)",
                "-> switch (t->cause)",
                "   -> TRAP_ECALL",
                "      -> do_ecall(t)",
                "   -> TRAP_BREAK",
                "      -> do_break(t)"));
        Step sw = r.body().get(0);
        assertEquals(List.of(StepKind.CASE, StepKind.CASE), sw.children().stream().map(Step::kind).toList());
    }

    @Test
    void theWhileClosingADoLoopEndsItsBody() {
        Root r = onlyRoot(fenced(
                "pump(q)",
                "=> do {",
                "   => poke(q)",
                "   } while (busy(q))",
                "=> settle(q)"));
        assertEquals(List.of(StepKind.LOOP, StepKind.CALL), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aCommentLineAlignedWithTheTrailingCommentAboveGoesOnWithIt() {
        Root r = onlyRoot(fenced(
                "unit_ioctl(f, cmd)",
                "   => route_cmd(cmd)           // picks the handler",
                "                               // from the table",
                "   // the answer goes back here",
                "   => reply(f)"));
        Step route = r.body().get(0);
        assertEquals(List.of("picks the handler", "from the table"),
                route.comments().stream().map(Comment::text).toList());
        assertTrue(route.comments().stream().allMatch(c -> c.placement() == Comment.Placement.TRAILING));
        assertEquals(List.of("the answer goes back here"), r.body().get(1).comments().stream().map(Comment::text).toList());
    }

    @Test
    void oneArrowLineIsNotATraceBlock() {
        assertEquals(0, fenced("f()", "=> a()").traceBlocks().size());
    }

    @Test
    void unfencedRunsOfArrowLinesTakeTheRootAboveThem() {
        Note note = parse("""
                Some prose.

                foo_probe
                  +-> bar_alloc
                  |     /* why */
                  \\-> baz_register
                More prose.
                """);
        Root r = onlyRoot(note);
        assertEquals("foo_probe", r.name());
        assertEquals(Dialect.TREE, onlyBlock(note).dialect());
        assertEquals(List.of(Arrow.TREE, Arrow.LAST), r.body().stream().map(Step::arrow).toList());
        assertEquals("why", r.body().get(1).comments(Comment.Placement.LEADING).get(0).text(),
                "a deeper comment above a step describes that step");
        assertFalse(onlyBlock(note).fenced());
    }

    @Test
    void fencesIndentedInListItemsAndTildeFencesWork() {
        Note note = parse("* item\n\n  ~~~text\n  f(x)\n  => a()\n     => b()\n  ~~~\n");
        Root r = onlyRoot(note);
        assertEquals(0, r.indent());
        assertEquals("b()", r.body().get(0).children().get(0).text());
    }

    @Test
    void severalRootsPerBlockAndAnImpliedRootFromTheHeading() {
        Note two = fenced("caller()", "=> callee()", "", "callee()", "=> leaf()");
        assertEquals(List.of("caller", "callee"), onlyBlock(two).roots().stream().map(Root::name).toList());
        Note implied = parse("## foo_init\n```\n=> a()\n=> b()\n```\n");
        Root r = onlyRoot(implied);
        assertEquals(RootKind.IMPLIED, r.kind());
        assertEquals("foo_init", r.name());
    }

    @Test
    void prototypeAndLabelRoots() {
        Root p = onlyRoot(fenced("static int foo(struct dev *d, int flags)", "=> a()", "=> b()"));
        assertEquals(RootKind.PROTOTYPE, p.kind());
        assertEquals(List.of("d", "flags"), p.parameters());
        Root l = onlyRoot(fenced("SYS_foo:", "  -> a()", "  -> b()"));
        assertEquals(RootKind.LABEL, l.kind());
    }

    @Test
    void arrowsWithAndWithoutSpaceAndEveryArrowToken() {
        Note note = fenced("f", "->a()", "-->b()", "+->c()", "|->d()", "\\->e()", "---->g()", "=>h()");
        assertEquals(List.of(Arrow.DASH, Arrow.LONG, Arrow.TREE, Arrow.PIPE, Arrow.LAST, Arrow.LONG, Arrow.STEP),
                onlyRoot(note).body().stream().map(Step::arrow).toList());
        assertEquals("a()", onlyRoot(note).body().get(0).text());
    }

    @Test
    void arrowlessLinesAtChildIndentAreChildren() {
        Step loop = firstStep(fenced("f()", "=> for_each(list)", "      se->ops->pending()", "=> g()"));
        assertEquals(StepKind.LOOP, loop.kind());
        assertEquals(Arrow.NONE, loop.children().get(0).arrow());
    }

    @Test
    void blankLinesDoNotCloseAScope() {
        Step a = firstStep(fenced("f()", "=> a()", "   => b()", "", "", "   => c()", "=> d()"));
        assertEquals(2, a.children().size());
    }

    @Test
    void continuationLinesOfAnOpenParenthesisAreJoined() {
        Note note = fenced("f()", "=> r = foo(a,", "           b, c)", "   => inner()", "=> g()");
        Step s = firstStep(note);
        assertEquals("r = foo(a, b, c)", s.text());
        assertEquals(1, s.children().size());
        assertEquals(4, s.range().endLine());
    }

    @Test
    void tabsExpandToTheConfiguredWidth() {
        String text = "```\nf()\n=> a()\n    => b()\n\t=> c()\n```\n";
        Note four = new NoteParser(ParseOptions.defaults().withTabWidth(4)).parse("t.md", text);
        assertEquals(2, firstStep(four).children().size(), "tab = 4 columns: b and c are siblings");
        Note eight = new NoteParser(ParseOptions.defaults().withTabWidth(8)).parse("t.md", text);
        assertEquals(1, firstStep(eight).children().size(), "tab = 8 columns: c is b's child");
    }

    @Test
    void tabWidthIsGuessedPerBlockFromTheAuthorsIndentStep() {
        String text = "```\nf()\n=> a()\n    => b()\n\t=> c()\n            => d()\n```\n";
        Step a = firstStep(parse(text));
        assertEquals(1, a.children().size(), "auto: only 8 keeps the 4-column step, so c is b's child");
        assertEquals("d()", a.children().get(0).children().get(0).children().get(0).text());
        Note four = new NoteParser(ParseOptions.defaults().withTabWidth(4)).parse("t.md", text);
        assertEquals(2, firstStep(four).children().size(), "tab = 4 columns: b and c are siblings");
    }

    @Test
    void anIrregularDedentSnapsToTheNearestOpenLevel() {
        Note note = fenced("f()", "=> a()", "   => b()", "      => c()", "      => d()", "     => e()");
        Step b = firstStep(note).children().get(0);
        assertEquals(3, b.children().size());
        Step e = b.children().get(2);
        assertTrue(e.snapped());
        assertEquals(6, e.indent());
        assertEquals(List.of("indent-snapped"), ruleIds(note));
    }

    @Test
    void commentsOfEveryFormAreKeptAndNeverOpenALevel() {
        Note note = fenced(
                "f()",
                "## own line",
                "=> a()  ## trailing hash",
                "        # deeper comment, not a child",
                "=> b()  // slash",
                "=> c()  /* block */",
                "=> d()  <-- note",
                "/* multi",
                "   line */",
                "=> e(x) # one blank, then a blank after the mark",
                "=> trap #GP",
                "=> #define X 1");
        Root r = onlyRoot(note);
        List<Step> body = r.body();
        assertEquals(List.of("a()", "b()", "c()", "d()", "e(x)", "trap #GP", "#define X 1"),
                body.stream().map(Step::text).toList());
        assertEquals("own line", body.get(0).comments(Comment.Placement.LEADING).get(0).text());
        assertEquals("trailing hash", body.get(0).comments(Comment.Placement.TRAILING).get(0).text());
        assertEquals("slash", body.get(1).comments(Comment.Placement.TRAILING).get(0).text());
        assertEquals("deeper comment, not a child", body.get(1).comments(Comment.Placement.LEADING).get(0).text());
        assertEquals("block", body.get(2).comments(Comment.Placement.TRAILING).get(0).text());
        assertEquals("<--", body.get(3).comments(Comment.Placement.TRAILING).get(0).marker());
        assertEquals("multi\nline", body.get(4).comments(Comment.Placement.LEADING).get(0).text());
        assertEquals("one blank, then a blank after the mark", body.get(4).comments(Comment.Placement.TRAILING).get(0).text());
        assertEquals(StepKind.PROSE, body.get(6).kind());
    }

    @Test
    void aStepWhoseBodyIsOnlyASkipCommentIsElided() {
        Note note = fenced("f()", "=> a()", "   ## 先略", "=> if x", "   ## the details", "=> b()", "   ## why b", "   => c()");
        List<Step> body = onlyRoot(note).body();
        assertTrue(body.get(0).elided(), "a call whose deeper comment says it was skipped");
        assertTrue(body.get(1).elided(), "an if with only a comment below it");
        assertFalse(body.get(2).elided(), "a comment above a child is that child's");
        assertEquals("why b", body.get(2).children().get(0).comments(Comment.Placement.LEADING).get(0).text());
    }

    @Test
    void aCommentBetweenTwoCallsLeadsTheSecond() {
        Note note = fenced("f()", "  +-> a()", "        /* about b */", "  +-> b()");
        List<Step> body = onlyRoot(note).body();
        assertFalse(body.get(0).elided());
        assertEquals("about b", body.get(1).comments(Comment.Placement.LEADING).get(0).text());
    }

    @Test
    void locationTagsAndPathLinesAreKeptAsComments() {
        Note note = fenced("mm/vmscan.c", "folio_check_references()", "-> folio_referenced()  [mm/rmap.c:812]",
                "-> other(x) (block/file-posix.c)");
        Root r = onlyRoot(note);
        assertEquals("folio_check_references", r.name());
        assertEquals("mm/vmscan.c", r.comments().get(0).text());
        Step s = r.body().get(0);
        assertEquals(StepKind.CALL, s.kind());
        assertEquals("mm/rmap.c:812", s.comments().get(0).text());
        assertEquals("block/file-posix.c", r.body().get(1).comments().get(0).text());
    }

    @Test
    void aNoteInAnotherScriptAfterTwoBlanksIsATrailingComment() {
        Step s = firstStep(fenced("f()", "  +-> kvm_riscv_gstage_update_hgatp  更新hgatp", "  +-> g()"));
        assertEquals(StepKind.CALL, s.kind());
        assertEquals("更新hgatp", s.comments(Comment.Placement.TRAILING).get(0).text());
    }

    @Test
    void aCallWithTypedParametersIsASignature() {
        Root r = onlyRoot(fenced("vmalloc(unsigned long size, struct page *p, dma_addr_t *handle)", "=> a()", "=> b()"));
        assertEquals(RootKind.PROTOTYPE, r.kind());
        assertEquals(List.of("size", "p", "handle"), r.parameters());
    }

    @Test
    void preprocessorLinesAreCodeNotComments() {
        Note note = fenced("f()", "=> a()", "#define X 1", "=> b()");
        assertEquals(StepKind.DIRECTIVE, onlyRoot(note).body().get(1).kind());
    }

    @Test
    void annotationsKeepWordTextAndPosition() {
        Note note = fenced("f()", "## @scenario in-use lru=1", "=> a()  ## @expect ret == 0", "=> b()");
        Step a = firstStep(note);
        assertEquals(List.of("scenario", "expect"), a.annotations().stream().map(x -> x.word()).toList());
        assertEquals("in-use lru=1", a.annotations().get(0).text());
        assertEquals(3, a.annotations().get(0).range().line());
    }

    @Test
    void callDialectAttachesTheResolvedTargetToTheIndirectCall() {
        Note note = fenced("foo_ioctl()", "-> foo_do(op)", "   -> ops->handle(op)", "   => real_handle()",
                "      -> qux()", "   -> after()");
        TraceBlock b = onlyBlock(note);
        assertEquals(Dialect.CALL, b.dialect());
        Step fooDo = b.roots().get(0).body().get(0);
        Step handle = fooDo.children().get(0);
        Step target = handle.children().get(0);
        assertEquals(StepRole.RESOLVED_TARGET, target.role());
        assertEquals("qux()", target.children().get(0).text());
        assertEquals("after()", fooDo.children().get(1).text());
    }

    @Test
    void dialectCanBeSetByFrontMatterAnnotationOrOption() {
        String body = "```\nf()\n=> a()\n-> b()\n-> c()\n```\n";
        assertEquals(Dialect.CALL, onlyBlock(parse(body)).dialect());
        assertEquals(Dialect.SEED, onlyBlock(parse("---\ntracenotes:\n  dialect: seed\n---\n" + body)).dialect());
        assertEquals(Dialect.TREE, onlyBlock(parse(body.replace("f()\n", "f()\n## @dialect tree\n"))).dialect());
        Note forced = new NoteParser(ParseOptions.defaults().withDialect(Dialect.SEED)).parse("t.md", body);
        assertEquals(Dialect.SEED, onlyBlock(forced).dialect());
    }

    @Test
    void frontMatterIsReadAndBadKeysAreReported() {
        Note note = parse("---\ntitle: x\ntracenotes:\n  colour: red\n---\n```\nf()\n=> a()\n=> b()\n```\n");
        assertEquals("x", note.frontMatter().get("title"));
        assertEquals(List.of("front-matter"), ruleIds(note));
    }

    @Test
    void seedElseWithNoIfIsReported() {
        Note note = fenced("f()", "=> a()", "-> else", "=> b()");
        assertEquals(List.of("else-without-if"), ruleIds(note));
    }

    @Test
    void aBraceOnItsOwnLineUnderAStepOpensThatStepsBody() {
        Note note = fenced("f()", "=> foreach(listeners)", "{", "    => a()", "    => b()", "}", "=> after()");
        List<Step> body = onlyRoot(note).body();
        assertEquals(2, body.size());
        assertEquals(List.of("{", "a()", "b()", "}"), body.get(0).children().stream().map(Step::text).toList());
        assertEquals("after()", body.get(1).text());
        Note sameColumn = fenced("f()", "=> while (1)", "{", "=> a()", "=> b()", "}", "=> after()");
        List<Step> steps = onlyRoot(sameColumn).body();
        assertEquals(List.of("{", "a()", "b()", "}"), steps.get(0).children().stream().map(Step::text).toList());
        assertEquals("after()", steps.get(1).text());
        Note trailing = fenced("f()", "=> while (1) {", "=> a()", "=> if (x) {", "=> b()", "} else {", "=> c()", "}", "}",
                "=> after()");
        List<Step> top = onlyRoot(trailing).body();
        assertEquals(List.of("while (1)", "after()"), top.stream().map(Step::text).toList());
        Step ifX = top.get(0).children().get(1);
        assertEquals(List.of("a()", "if (x)", "}"), top.get(0).children().stream().map(Step::text).toList());
        assertEquals(List.of("b()"), ifX.children().stream().map(Step::text).toList());
        Step orElse = ifX.alternatives().get(0);
        assertEquals(StepKind.ELSE, orElse.kind());
        assertEquals(List.of("c()", "}"), orElse.children().stream().map(Step::text).toList());
    }

    @Test
    void braceLinesBetweenIfAndElseDoNotBreakTheChain() {
        Note note = fenced("f()", "-> g()", "-> if (x) {", "   a();", "}", "else {", "   b();", "}");
        Step ifX = onlyRoot(note).body().get(1);
        assertEquals(StepKind.IF, ifX.kind());
        assertEquals(List.of(StepKind.ELSE), ifX.alternatives().stream().map(Step::kind).toList());
        assertEquals(List.of(), ruleIds(note));
    }

    @Test
    void lookAlikesAreNotTracesAndSaySo() {
        Note ftrace = parse("<stack trace>\n => foo+0x1a/0x40\n => bar+0x2/0x10\n => baz+0x3/0x10\n");
        assertEquals(0, ftrace.traceBlocks().size());
        assertEquals(List.of("not-a-trace"), ruleIds(ftrace));
        Note gdb = parse("```\n=> 0x0000555 <+0>: mov\n=> 0x0000559 <+4>: ret\n```\n");
        assertEquals(List.of("not-a-trace"), ruleIds(gdb));
        Note kconfig = parse("```\nLocation:\n  -> Device Drivers\n    -> Network device support (NETDEVICES [=y])\n```\n");
        assertEquals(List.of("not-a-trace"), ruleIds(kconfig));
    }

    @Test
    void anAsciiDiagramWithArrowsIsNotATrace() {
        Note note = parse("""
                ```
                  +------+     +--------+
                  | uart |---->|  plic  |
                  +------+     |        |
                          ---->|        |
                          ---->|        |
                               +--------+
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
        assertEquals(List.of("not-a-trace"), ruleIds(note));
        assertTrue(note.diagnostics().get(0).message().contains("ASCII diagram"));
    }

    @Test
    void aTraceFileIsOneTraceBlock() {
        Note note = new NoteParser(ParseOptions.defaults().withWholeTrace(true)).parse("x.trace",
                "# not a heading here\nf()\n=> a()\n=> b()\n");
        TraceBlock b = onlyBlock(note);
        assertEquals(2, b.roots().get(0).body().size());
    }

    @Test
    void aDefinitionHeadSplitAfterItsReturnTypeIsOneRoot() {
        List<Root> roots = onlyBlock(fenced(
                "widget_update(w)",
                "    --> widget_rate(w, 1)",
                "    --> widget_flush(w)",
                "",
                "static unsigned long",
                "widget_rate(struct widget *w, int n)",
                "{",
                "    unsigned long r = w->base;",
                "    r += scale(w, n);",
                "    return r;",
                "}")).roots();
        assertEquals(2, roots.size(), () -> roots.toString());
        assertEquals("widget_rate", roots.get(1).name());
        assertEquals("static unsigned long widget_rate(struct widget *w, int n)", roots.get(1).text());
        assertEquals(3, roots.get(1).body().stream().filter(s -> s.kind() != StepKind.BRACE).count(),
                () -> roots.get(1).body().toString());
    }

    @Test
    void aBareNameAboveAPrototypeStaysItsOwnRoot() {
        TraceBlock b = onlyBlock(fenced(
                "widget_update(w)",
                "    --> widget_rate(w, 1)",
                "    --> widget_flush(w)",
                "widget_probe",
                "widget_rate(struct widget *w, int n)"));
        assertEquals(3, b.roots().size(), () -> b.roots().toString());
    }

    @Test
    void aCasesStatementWrittenLeftOfItsLabelWithItsTextAtTheLabelIsTheCasesBody() {
        Root r = onlyRoot(fenced(
                "gadget_exit()",
                "-> gadget_dispatch()",
                "      case EXIT_HALT:",
                "   -> gadget_halt(g)",
                "      -> gadget_idle(g)",
                "   -> gadget_wake(g)",
                "      case EXIT_POKE:",
                "   -> gadget_poke(g)",
                "-> gadget_done()"));
        Step dispatch = r.body().get(0);
        assertEquals(List.of(StepKind.CASE, StepKind.CASE), dispatch.children().stream().map(Step::kind).toList(),
                () -> dispatch.children().toString());
        Step halt = dispatch.children().get(0);
        assertEquals(List.of("gadget_halt(g)", "gadget_wake(g)"), halt.children().stream().map(Step::text).toList());
        assertEquals(List.of("gadget_idle(g)"), halt.children().get(0).children().stream().map(Step::text).toList());
        assertEquals(List.of("gadget_poke(g)"), dispatch.children().get(1).children().stream().map(Step::text).toList());
        assertEquals("gadget_done()", r.body().get(1).text());
    }

    @Test
    void anArrowAtTheColumnOfAnArrowlessReturnOfACallIsThatCallsBody() {
        Root r = onlyRoot(fenced(
                "gadget_trap()",
                "-> gadget_route()",
                "      return gadget_write(g, v)",
                "         .len = sizeof(v)",
                "      -> gadget_hypercall()",
                "-> gadget_done()"));
        Step ret = r.body().get(0).children().get(0);
        assertEquals(StepKind.RETURN, ret.kind());
        assertEquals(List.of("gadget_hypercall()"), ret.children().stream().map(Step::text)
                .filter(t -> t.startsWith("gadget")).toList(), () -> ret.children().toString());
        assertEquals("gadget_done()", r.body().get(1).text());
    }

    @Test
    void theStatementsAfterALabelAreItsSiblingsEvenWrittenDeeper() {
        Root r = onlyRoot(fenced(
                "gadget_merge(g)",
                "  +-> while (g->order < MAX) {",
                "        +-> gadget_buddy(g)",
                "      }",
                "  done_joining:",
                "    +-> gadget_settle(g)",
                "  +-> gadget_put(g)"));
        assertEquals(List.of(StepKind.LOOP, StepKind.LABEL, StepKind.CALL, StepKind.CALL),
                r.body().stream().map(Step::kind).toList(), () -> r.body().toString());
        assertTrue(r.body().get(1).children().isEmpty());
    }

    @Test
    void aLoopInWordsWithItsKeywordMistypedIsALoop() {
        Root r = onlyRoot(fenced(
                "gadget_scan",
                "=> foeach slot in table[i - 1]",
                "   => gadget_check(slot)",
                "=> forech level",
                "=> forward the request"));
        assertEquals(List.of(StepKind.LOOP, StepKind.LOOP, StepKind.PROSE), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aConditionWrittenWithoutItsIfIsTheIfOfTheElseAtItsColumn() {
        Root r = onlyRoot(fenced(
                "gadget_apply(g)",
                "  => g->flags & GADGET_LOG",
                "     => gadget_log_on(g)",
                "  => else",
                "     => gadget_log_off(g)",
                "  => g->count + 1"));
        Step cond = r.body().get(0);
        assertEquals(StepKind.IF, cond.kind());
        assertEquals(List.of(StepKind.ELSE), cond.alternatives().stream().map(Step::kind).toList());
        assertEquals(StepKind.EXPRESSION, r.body().get(1).kind());
    }

    @Test
    void aLabelAmongASwitchsCasesIsACaseLabel() {
        Root r = onlyRoot(fenced(
                "gadget_measure",
                "  => switch(mode)",
                "     => GADGET_MODE_FAST",
                "        => measure_fast",
                "     => other:",
                "        => measure_slow",
                "  => gadget_done()"));
        Step sw = r.body().get(0);
        assertEquals(List.of(StepKind.CASE, StepKind.CASE), sw.children().stream().map(Step::kind).toList());
        assertEquals(List.of("measure_slow"), sw.children().get(1).children().stream().map(Step::text).toList());
    }

    @Test
    void stepArrowsDrawnAsTreeEdgesLeadSteps() {
        Root r = onlyRoot(fenced(
                "gadget_init",
                "=> gadget_nodes",
                "   => for_each_unit(u)",
                "      => if gadget_enabled()",
                "         \\=> if gadget_irq_ready()",
                "             \\=> gadget_set_irq(u, 1);",
                "                 |=> gadget_set_attr(u);",
                "         |=> gadget_finish()",
                "   => gadget_done(u)"));
        Step ifEnabled = r.body().get(0).children().get(0).children().get(0);
        assertEquals(List.of(StepKind.IF, StepKind.CALL), ifEnabled.children().stream().map(Step::kind).toList(),
                () -> ifEnabled.children().toString());
        Step setIrq = ifEnabled.children().get(0).children().get(0);
        assertEquals("gadget_set_irq(u, 1)", setIrq.text());
        assertEquals(List.of("gadget_set_attr(u)"), setIrq.children().stream().map(Step::text).toList());
    }

    @Test
    void anElisionAboveAnUnfencedRunIsNotItsRootTheLineAboveItIs() {
        TraceBlock b = onlyBlock(parse("""
                Scanning a slot goes like this.

                gadget_scan_slot(struct bus *bus, int fn)
                    ...
                    --> gadget_scan_one(bus, fn)
                        --> gadget_probe(bus, fn)
                    --> gadget_add(bus)

                That is all.
                """));
        Root r = b.roots().get(0);
        assertEquals(1, b.roots().size(), () -> b.roots().toString());
        assertEquals("gadget_scan_slot", r.name());
        assertEquals(List.of(StepKind.PROSE, StepKind.CALL, StepKind.CALL), r.body().stream().map(Step::kind).toList());
    }

    @Test
    void aTimelineOfTwoCpusWhoseHeaderIsLedByArrowsIsNotATrace() {
        Note note = fenced(
                "-> CPU0                          -> CPU1",
                "   -> gadget_lock(a)",
                "                                    -> gadget_lock(b)",
                "   -> gadget_lock(b)",
                "                                    -> gadget_lock(a)");
        assertTrue(note.traceBlocks().isEmpty(), () -> note.traceBlocks().toString());
        assertEquals(List.of("not-a-trace"), ruleIds(note));
    }

    @Test
    void aKeywordStepStoppingOnAnOperatorTakesTheDeeperLineAsItsRest() {
        Root r = onlyRoot(fenced(
                "widget_mask(w)",
                "  => if (w->on)",
                "     => return w->mask |",
                "       (1 < < W_FLAG)",
                "  => widget_done(w)"));
        Step ifStep = r.body().get(0);
        assertEquals(StepKind.IF, ifStep.kind());
        assertEquals(1, ifStep.children().size(), () -> "children: " + ifStep.children());
        assertEquals(StepKind.RETURN, ifStep.children().get(0).kind());
        assertTrue(ifStep.children().get(0).children().isEmpty());
        assertEquals(2, r.body().size());
    }

    @Test
    void anArrowHoldingOnlyACommentOverDeeperLinesIsAStepInWordsWithThatBody() {
        Root r = onlyRoot(fenced(
                "widget_get(w)",
                "  +-> /* take it from the pool */",
                "    +-> pool_take(w)",
                "  +-> // the slow path",
                "  +-> widget_alloc(w)",
                "  --> //case W_SLOW:",
                "      widget_slow(w)"));
        assertEquals(3, r.body().size(), () -> "body: " + r.body());
        Step words = r.body().get(0);
        assertEquals(StepKind.PROSE, words.kind());
        assertEquals(1, words.children().size());
        assertEquals("pool_take(w)", words.children().get(0).text());
        assertEquals(StepKind.CALL, r.body().get(1).kind());   // the second comment has no body: still a comment
        assertEquals("widget_slow(w)", r.body().get(2).text());   // commented-out code is a comment, whatever follows
    }

    @Test
    void aBareNameBelowAFileCommentAtAnArrowCallsColumnIsWhereTheCallLands() {
        Root r = onlyRoot(fenced(
                "widget_release(w)",
                "  +-> notify_release(w)",
                "  // widget/ring.c:",
                "  ring_release_ops",
                "    +-> ring_drop(w)",
                "  +-> widget_free(w)"));
        assertEquals(2, r.body().size(), () -> "body: " + r.body());
        Step call = r.body().get(0);
        assertEquals(1, call.children().size());
        Step landing = call.children().get(0);
        assertEquals("ring_release_ops", landing.text());
        assertEquals("ring_drop(w)", landing.children().get(0).text());
    }

    @Test
    void aBareNameAtAnArrowCallsColumnWithoutAFileCommentStaysItsSibling() {
        Root r = onlyRoot(fenced(
                "widget_release(w)",
                "  +-> notify_release(w)",
                "  // then the ring",
                "  ring_release_ops",
                "  +-> widget_free(w)",
                "    +-> ring_put(w)"));
        assertTrue(r.body().get(0).children().isEmpty(), () -> "body: " + r.body());
        assertEquals("ring_release_ops", r.body().get(1).text());
    }

    @Test
    void anAlternativeImplementationUnderTheColonOfTheLineAboveContinuesIt() {
        Root r = onlyRoot(fenced(
                "widget_attach(w)",
                "=> ring_attach(w)",
                "   => RingClass->attach : ring_legacy_attach",
                "                        : ring_cdev_attach",
                "=> widget_done(w)"));
        assertEquals(2, r.body().size(), () -> "body: " + r.body());
        assertEquals(1, r.body().get(0).children().size(), () -> "body: " + r.body());
        assertTrue(r.body().get(0).children().get(0).children().isEmpty());
    }

    @Test
    void aSentenceEndingWithAColonAboveARootIntroducesItAndIsNoRoot() {
        TraceBlock b = onlyBlock(fenced(
                "widget_open(w)",
                "  +-> ring_open(w)",
                "",
                "在 ring.c 里有 open 的实现：",
                "ring_open",
                "  +-> ring_map(r)"));
        assertEquals(2, b.roots().size(), () -> "roots: " + b.roots());
        Root second = b.roots().get(1);
        assertEquals("ring_open", second.name());
        assertEquals(1, second.body().size());
        assertEquals("在 ring.c 里有 open 的实现：", second.comments().get(0).text());
    }
}
