package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Traces written as code in a C fence: brace-nesting pseudocode ({@code call(args) {} opens the callee's
 * body) and skeleton code (definitions in call order, each cut down to the call of the next), told from
 * listings of C, which keep being listings. Every fragment is made up.
 */
class CodeShapedTracesTest {

    @Test
    void aCallOpeningABraceInsideAnotherCallsBodyIsATrace() {
        Note note = Parsing.parse("""
                ```cpp
                // v9.9
                widget_start(id) {
                  widget_lookup(id) {
                    table_find(id, 0)
                    if (!found)
                      return_empty()
                  }
                  widget_bind(w) {
                    for (part *x : w->parts) {
                      part_attach(x)
                    }
                    w->bound = 1
                  }
                }
                ```
                """);
        assertEquals("""
                root widget_start(id)
                  call widget_lookup(id)
                    call table_find(id, 0)
                    if if (!found)
                      call return_empty()
                    brace }
                  call widget_bind(w)
                    loop for (part *x : w->parts) {
                      call part_attach(x)
                      brace }
                    assign w->bound = 1
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aCallThroughAMemberAndACaseOpenBodiesToo() {
        Note note = Parsing.parse("""
                ```c
                run_job(j) {
                  j->ops->start(j) {
                    switch (j->type) {
                    case JOB_FAST:
                      fast_start(j) {
                        fast_prepare(j)
                      }
                    }
                  }
                }
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("root run_job(j)\n  call j->ops->start(j)\n    switch switch (j->type)\n"), shape);
        assertTrue(shape.contains("        call fast_start(j)\n          call fast_prepare(j)\n"), shape);
    }

    @Test
    void aListingOfCWithBracesAfterKeywordsAndDefinitionsStaysAListing() {
        Note note = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g) {
                  if (g->ready) {
                    while (g->count--) {
                      gadget_poll(g);
                    }
                  }
                  list_for_each_entry(p, &g->parts, node) {
                    part_reset(p);
                  }
                  return 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
        // in a call's body, with nothing ended by `;`: a keyword without its blank, a loop macro open no call's body
        Note inCallBody = Parsing.parse("""
                ```
                gadget_probe(g) {
                  if(g->ready) {
                    gadget_poll(g)
                  }
                  list_for_each_entry(p, &g->parts, node) {
                    part_reset(p)
                  }
                }
                ```
                """);
        assertEquals(0, inCallBody.traceBlocks().size());
    }

    @Test
    void aSingleMacroOpeningABodyIsNoTrace() {
        // a guard macro opens a body in real C: one such body, with no call opening another inside it, is a listing
        Note note = Parsing.parse("""
                ```c
                guard_scope(lock, &g->lock) {
                  gadget_poll(g);
                  g->count = 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aMacroInCapitalsOpeningABodyIsADefinitionNotACall() {
        Note note = Parsing.parse("""
                ```c
                TEST_CASE(gadget, probe) {
                  CHECK_OK(setup(g)) {
                  }
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void definitionsInCallOrderCutDownToTheNextCallAreASkeletonTrace() {
        Note note = Parsing.parse("""
                ```c
                ENTRY_POINT(gadget_irq) {
                \tg = lookup_gadget(vec);
                \tif (g)
                \t\tgadget_dispatch(g, regs);
                }

                static void gadget_dispatch(struct gadget *g,
                \t\t\t    struct regs *regs)
                {
                \tgadget_handle(g);
                }

                void gadget_handle(struct gadget *g)
                {
                \tret = gadget_handle_one(g);
                }

                int gadget_handle_one(struct gadget *g)
                {

                }
                ```
                """);
        assertEquals("""
                root ENTRY_POINT(gadget_irq)
                  assign g = lookup_gadget(vec)
                  if if (g)
                    call gadget_dispatch(g, regs)
                  brace }
                root static void gadget_dispatch(struct gadget *g, struct regs *regs)
                  brace {
                  call gadget_handle(g)
                  brace }
                root void gadget_handle(struct gadget *g)
                  brace {
                  assign ret = gadget_handle_one(g)
                  brace }
                root int gadget_handle_one(struct gadget *g)
                  brace {
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aSkeletonMayEndWithTheLastLandingAsABareCall() {
        Note note = Parsing.parse("""
                ```c
                void tick_exit(void)
                {
                \t__tick_exit();
                }

                static inline void __tick_exit(void)
                {
                \tif (pending())
                \t\trun_pending();
                }

                static void run_pending(void)
                {
                \t\t__run_pending_now();
                }

                __run_pending_now()
                ```
                """);
        assertEquals(4, Parsing.onlyBlock(note).roots().size());
    }

    @Test
    void aListingInSourceOrderWithHelpersFirstStaysAListing() {
        // C defines a helper before its caller: the calls go up the listing, not down
        Note note = Parsing.parse("""
                ```c
                static void part_reset(struct part *p)
                {
                \tp->state = 0;
                }

                static void gadget_reset(struct gadget *g)
                {
                \tpart_reset(g->part);
                }

                void board_reset(struct board *b)
                {
                \tgadget_reset(b->gadget);
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void definitionsWithWholeBodiesOrTopLevelDeclarationsStayAListing() {
        Note whole = Parsing.parse("""
                ```c
                void a_start(void)
                {
                \tx = 1;
                \ty = 2;
                \tz = 3;
                \tw = 4;
                \ta_next();
                }

                void a_next(void)
                {
                \ta_last();
                }

                void a_last(void)
                {
                \tdone();
                }
                ```
                """);
        assertEquals(0, whole.traceBlocks().size());
        Note declared = Parsing.parse("""
                ```c
                static int counter;

                void a_start(void)
                {
                \ta_next();
                }

                void a_next(void)
                {
                \ta_last();
                }

                void a_last(void)
                {
                \tdone();
                }
                ```
                """);
        assertEquals(0, declared.traceBlocks().size());
    }

    @Test
    void aBareFunctionNameOverAnIndentedCallIsARootWhateverElseTheFenceHolds() {
        Note note = Parsing.parse("""
                ```
                gadget_setup
                  err = gadget_register(&gadget_type);

                gadget_register
                  list_add_x(&g->node, &all);

                static struct gadget_type gadget_type = {
                        .name = "gadget",
                        .probe = gadget_probe,
                };
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.startsWith("""
                root gadget_setup
                  assign err = gadget_register(&gadget_type)
                root gadget_register
                  call list_add_x(&g->node, &all)
                """), shape);
    }

    @Test
    void aNameOverAnIndentedLineThatCallsNothingIsNoTrace() {
        // a word with an underscore over an indented line without a call: a glossary or a setting, not a body
        Note note = Parsing.parse("""
                ```
                max_users
                  the number of users at most
                some_option
                  value = 3
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aWrappedSignatureUnderACallContinuesItsLine() {
        // the deeper lines that close a line's parentheses are its continuation, not lines of code of their own
        Note note = Parsing.parse("""
                ```
                    gadget_alloc(sizeof(struct gadget), 4)
                       gadget_alloc_many(size, n, n)
                          gadget_alloc_many(int size, unsigned int tx,
                                            unsigned int rx)
                            part_alloc(int size, const char *name,
                                unsigned char kind,
                                void (*setup)(struct part *),
                                unsigned int tx, unsigned int rx)
                ```
                """);
        assertEquals("""
                root gadget_alloc(sizeof(struct gadget), 4)
                  call gadget_alloc_many(size, n, n)
                    call gadget_alloc_many(int size, unsigned int tx, unsigned int rx)
                      call part_alloc(int size, const char *name, unsigned char kind, void (*setup)(struct part *), unsigned int tx, unsigned int rx)
                """, Parsing.shape(note));
    }

    @Test
    void wrappedArgumentsInAListingOfCDoNotMakeItATree() {
        Note note = Parsing.parse("""
                ```c
                ret = gadget_register(dev, &gadget_ops,
                                      GADGET_FLAG_A | GADGET_FLAG_B,
                                      NULL);
                if (ret)
                        goto out;
                part = part_alloc(dev, sizeof(*part),
                                  GFP_KERNEL);
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aVariableWithABracedInitialiserIsAnAssignmentNotACall() {
        Note note = Parsing.parse("""
                ```cpp
                gadget_start() {
                  gadget_args args{ .flags = GADGET_FAST }
                  part *p{ a, b }
                  gadget_run(&args) {
                    gadget_step(p)
                  }
                }
                ```
                """);
        assertEquals("""
                root gadget_start()
                  assign gadget_args args{ .flags = GADGET_FAST }
                  assign part *p{ a, b }
                  call gadget_run(&args)
                    call gadget_step(p)
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aLineLeftOpenIsContinuedOnlyByDeeperLines() {
        // an unclosed argument list: the lines at its own depth or shallower are lines of the tree, not its continuation
        Note note = Parsing.parse("""
                ```
                board_start()
                    board_setup(&cmdline
                    mem_core_setup()
                        mem_setup()
                    sched_setup()
                        idle_setup(cur, 0)
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
        assertTrue(Parsing.shape(note).contains("  call mem_core_setup()\n    call mem_setup()\n"), Parsing.shape(note));
    }

    @Test
    void aQuotedParenthesisOpensNoWrappedCall() {
        Note note = Parsing.parse("""
                ```
                gadget_show(m)
                    seq_put(m, '(')
                    part_show(m)
                        piece_show(m)
                    print_more(" (")
                    part_show_end(m)
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void aWrappedCallWhoseParenthesesCloseIsCompleteAndItsDeeperLineDescends() {
        Note note = Parsing.parse("""
                ```
                gadget_run(int a,
                           int b)
                    part_run(a)
                        piece_run(b)
                ```
                """);
        assertEquals("""
                root gadget_run(int a, int b)
                  call part_run(a)
                    call piece_run(b)
                """, Parsing.shape(note));
    }

    @Test
    void wrappedLinesAreFollowedOverFourLinesAtMost() {
        // a parenthesis never closed: the deeper lines after the fourth are the tree's again
        Note note = Parsing.parse("""
                ```
                gadget_walk(g,
                    part_one()
                        piece_one()
                        piece_two()
                    part_two()
                        piece_three()
                    part_three()
                        piece_four()
                    part_four()
                        piece_five()
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void lowerCaseMacrosOpeningBodiesOfCStatementsAreAListing() {
        // a scope guard around a walk, both lower case, over statements ended by `;`: C, not a trace
        Note guarded = Parsing.parse("""
                ```
                guard_scope(rcu) {
                  queue_walk(&q, item) {
                    if (item->len > max) max = item->len;
                    part_note(item)
                  }
                }
                ```
                """);
        assertEquals(0, guarded.traceBlocks().size());
        Note loops = Parsing.parse("""
                ```
                range_loop(i, 0, n) {
                  range_loop(j, 0, m) {
                    sum += grid[i][j];
                  }
                }
                ```
                """);
        assertEquals(0, loops.traceBlocks().size());
    }

    @Test
    void callBodiesInsideADefinitionAreMacrosOfCNotATrace() {
        Note note = Parsing.parse("""
                ```
                static void gadget_flush(struct gadget *g)
                {
                  guard_scope(rcu) {
                    queue_walk(&g->q, item) {
                      gadget_drop(item)
                    }
                  }
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void pseudocodeThatEndsItsCallsWithSemicolonsIsStillATrace() {
        Note note = Parsing.parse("""
                ```
                gadget_open() {
                  gadget_lookup(id) {
                    table_find(id);
                  }
                  ret = gadget_bind(w);
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void blocksOfOtherLanguagesNestedLikeCallsAreNoTrace() {
        String[] fences = {
            "synchronized(first) {\n  synchronized(second) {\n    moveItems()\n  }\n}\n",
            "lock(first) {\n  lock(second) {\n    move_items()\n  }\n}\n",
            "scope.launch(IO) {\n  withContext(Main) {\n    show(items)\n  }\n}\n",
            "VStack(alignment: .leading) {\n  HStack(spacing: 8) {\n    label(text)\n  }\n}\n",
            "stack(alignment: .leading) {\n  row(spacing: 8) {\n    label(text)\n  }\n}\n",
            "node('builder') {\n  stage('build') {\n    run_make()\n  }\n}\n",
        };
        for (String fence : fences) {
            Note note = Parsing.parse("```\n" + fence + "```\n");
            assertEquals(0, note.traceBlocks().size(), fence);
        }
    }

    @Test
    void aMethodInsideAnObjectLiteralInsideAMethodIsNoTrace() {
        // render() { return { onClick() { … } } }: the object literal's body is no call's
        Note note = Parsing.parse("""
                ```
                render() {
                  return {
                    onClick() {
                      submit(form)
                    }
                  }
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aPrototypeOrWordsUnderANameAreASynopsisNotABody() {
        Note synopsis = Parsing.parse("""
                ```
                gadget_alloc_array
                    void *gadget_alloc_array(size_t n, size_t size, int flags);
                ```
                """);
        assertEquals(0, synopsis.traceBlocks().size());
        Note glossary = Parsing.parse("""
                ```
                dirty_limit
                    Set via sysctl(8): vm.dirty_limit = 20
                ```
                """);
        assertEquals(0, glossary.traceBlocks().size());
    }

    @Test
    void oneNameOverACallInALongListingIsACaptionNotATrace() {
        StringBuilder fence = new StringBuilder("```\ngadget_setup\n  err = gadget_register(&g);\n\n");
        fence.append("static struct gadget_type gadget_type = {\n");
        for (int i = 0; i < 12; i++) {
            fence.append("        .field_").append(i).append(" = ").append(i).append(",\n");
        }
        fence.append("};\n```\n");
        assertEquals(0, Parsing.parse(fence.toString()).traceBlocks().size());
    }

    @Test
    void onlyACShapedDeclarationWithBracesIsAnAssignment() {
        Note note = Parsing.parse("""
                ```
                => gadget_start()
                    -> new Widget{cfg}
                    -> throw Error{code}
                    -> struct part{ int a; }
                    -> 设置 标志{A}
                    -> gadget_args args{ .flags = 1 }
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("assign gadget_args args{ .flags = 1 }"), shape);
        assertEquals(1, shape.split("assign ", -1).length - 1, shape);
    }

    @Test
    void anEmptyFenceOrOneThatStartsWithAClosingBraceIsNoTrace() {
        assertEquals(0, Parsing.parse("```\n```\n").traceBlocks().size());
        assertEquals(0, Parsing.parse("```\n\n\n```\n").traceBlocks().size());
        Note closing = Parsing.parse("""
                ```
                }
                gadget_start(id) {
                  gadget_lookup(id) {
                    table_find(id)
                  }
                }
                ```
                """);
        assertEquals(1, closing.traceBlocks().size());
    }

    @Test
    void carriageReturnsAndTabsReadAsLineEndsAndIndents() {
        Note crlf = Parsing.parse("```\r\ngadget_start(id) {\r\n  gadget_lookup(id) {\r\n    table_find(id)\r\n  }\r\n}\r\n```\r\n");
        assertEquals(1, crlf.traceBlocks().size());
        Note tabs = Parsing.parse("```\ngadget_start(id) {\n\tgadget_lookup(id) {\n\t\ttable_find(id)\n\t}\n}\n```\n");
        assertEquals("""
                root gadget_start(id)
                  call gadget_lookup(id)
                    call table_find(id)
                    brace }
                  brace }
                """, Parsing.shape(tabs));
        Note names = Parsing.parse("```\r\ngadget_setup\r\n\terr = gadget_register(&g);\r\n```\r\n");
        assertEquals(1, names.traceBlocks().size());
    }
}
