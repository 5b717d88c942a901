package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tracenotes.core.parse.Parsing.assertShape;
import static org.tracenotes.core.parse.Parsing.parse;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Each way of writing the notation that ../shared/design/notation-variants.md describes (measured on
 * 253 real notes, half of them outside the corpus: what unseen authors write) is read as its author
 * means it. Every fragment is made up; the expected tree is written as indented {@code kind text}
 * lines, an alternative at its if's depth.
 */
class NotationVariantsTest {

    @Test
    void theSixStyleFamiliesReadAsTheirAuthorsMeanThem() {
        assertShape("""
                root foo_init(x)
                  assign r = bar_get(x)
                    if if r < 0
                      return return r
                    else else
                      call baz(r)
                """, "foo_init(x)", "=> r = bar_get(x)", "   => if r < 0:", "      => return r", "   -> else", "      => baz(r);");
        assertShape("""
                root foo_ioctl()
                  call foo_do(op)
                    call ops->handle(op)
                      call real_handle()
                        call qux()
                """, "foo_ioctl()", "-> foo_do(op)", "   -> ops->handle(op)", "   => real_handle()", "      -> qux()");
        assertShape("""
                root foo_probe
                  call bar_alloc
                  call baz_register
                """, "foo_probe", "+-> bar_alloc", "|     /* why */", "\\-> baz_register");
        assertShape("""
                root foo_start
                  call bar_setup()
                    call baz_poke()
                """, "foo_start", "---> bar_setup()", "    ---> baz_poke()");
        assertShape("""
                root foo_glued
                  call bar()  /* no space
                    call baz()
                """, "foo_glued", "->bar()  /* no space */", "    ->baz()");
    }

    @Test
    void rootsComeInEveryShapeAndSeveralPerBlock() {
        assertShape("""
                root SYS_foo:
                  call a()
                root DEV_CLASS : declared here
                  call c()
                root static int foo_open(struct inode *i)
                  call d()
                """, "SYS_foo:", "  => a()", "DEV_CLASS : declared here", "  => c()",
                "static int foo_open(struct inode *i)", "  => d()");
    }

    @Test
    void branchesSwitchesAndAlternativesInEverySpelling() {
        assertShape("""
                root wrap()
                  switch swith (trap)
                    case FOO_EXCP_ECALL
                      call handle_ecall()
                  if if amd : bar()
                  if if intel : x()
                  if if (x)
                    call y()
                  else } else
                    call z()
                    brace }
                  call OR: other_path()
                  call a() / b()
                  continue continue if map[i] == 0
                """, "wrap()", "   -> swith (trap)", "      -> FOO_EXCP_ECALL", "         -> handle_ecall()",
                "   => if amd : bar()", "   => if intel : x()", "   => if (x) {", "      => y()", "   } else {",
                "      => z()", "   }", "   => OR: other_path()", "   => a() / b()", "   => continue if map[i] == 0");
    }

    @Test
    void loopsJumpsLabelsAndReturnsInEverySpelling() {
        assertShape("""
                root walk()
                  loop loop every bank
                    call scan(bank)
                  loop for_each(list)
                  loop while (x)
                  loop for (i = 0; i < n; i++)
                  loop do {
                    call step()
                    brace }
                  goto goto out
                  label out:
                  return return -EBUSY
                """, "walk()", "=> loop every bank", "   => scan(bank)", "=> for_each(list)", "=> while (x)",
                "|-> for (i = 0; i < n; i++)", "+-> do {", "      step()", "}", "=> goto out", "out:",
                "   return -EBUSY;");
    }

    @Test
    void payloadsOfCodeAndWordsKeepTheirKinds() {
        assertShape("""
                root fill()
                  assign *flag = true
                  assign int n = bar()
                  call foo(a, ...)
                  call foo(,,n+1,)
                  prose [...]
                  prose 先略
                  prose 检查 flag
                  prose !!recurse here!!
                  call decode --> decode_umc
                  call thread_create -- worker_fn
                """, "fill()", "=> *flag = true", "=> int n = bar();", "=> foo(a, ...)", "=> foo(,,n+1,)",
                "=> [...]", "=> 先略", "=> 检查 flag", "=> !!recurse here!!", "=> decode --> decode_umc",
                "=> thread_create -- worker_fn");
    }

    @Test
    void commentsAndTagsInEveryFormStayOffTheTree() {
        assertShape("""
                root read_all  [ drivers/foo.c
                  call lock(w)  ## 锁住
                  call copy(w)  ( hw/foo.c
                  call fmt("%#lx", v)  # note
                  call arm(w)  <-- arms it
                  call unlock(w)  // done
                """, "read_all [drivers/foo.c]", "  => lock(w)   ## 锁住", "  => copy(w)   (hw/foo.c)",
                "//drivers/foo/core.c", "  => fmt(\"%#lx\", v)  # note", "  => arm(w)      <-- arms it",
                "    /* why */", "  => unlock(w)    // done");
    }

    @Test
    void containersAreFoundByContentIndentedFencesAndUnfencedRunsIncluded() {
        Note note = parse("""
                * oneshot
                  ~~~text
                  foo_fire
                  => foo_arm(w)
                     => foo_log()
                  ~~~

                foo_main
                  -> foo_a()
                  -> foo_b()

                The end.
                """);
        assertEquals("""
                root foo_fire
                  call foo_arm(w)
                    call foo_log()
                root foo_main
                  call foo_a()
                  call foo_b()
                """, shape(note));
    }

    @Test
    void lookAlikesAreNotTraces() {
        Note note = parse("""
                ```
                <stack trace>
                 => foo_fire+0x1a/0x40
                 => foo_tick+0x22/0x80
                ```

                ```
                (gdb) x/3i $pc
                => 0x000055555555513d <+4>:\tmov    %rdi,-0x8(%rbp)
                => 0x0000555555555145 <+12>:\tret
                ```

                ```
                -> Device Drivers
                  -> Network device support
                    -> Ethernet driver support
                ```

                ```rust
                match op {
                    Op::Read => return read(x),
                    Op::Write => return write(x),
                }
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> shape(note));
    }

    @Test
    void anAuthorWhoGivesAnArrowedCommentABodyWritesStepsInWordsSo() {
        assertShape("""
                root pool_get(p)
                  prose try the per-cpu stash first
                  prose ...
                  prose otherwise take from the ring
                    call ring_pop(p)
                """, "pool_get(p)", "  +-> /* try the per-cpu stash first */", "  ...",
                "  +-> /* otherwise take from the ring */", "    +-> ring_pop(p)");
        assertShape("""
                root pool_put(p)
                  call stash_push(p)
                  call ring_push(p)
                """, "pool_put(p)", "  +-> stash_push(p)", "  +-> /* stash full */", "  +-> ring_push(p)");
    }

    @Test
    void aLoopSaidInWordsMidSentenceIsALoop() {
        assertShape("""
                root table_sync(t)
                  loop check old and new tables every slot[]
                    if if (a != b)
                  loop 然后对每个槽位重新计算
                    call slot_sum(s)
                  prose touch every slot once more
                  call call every slot listener on_sync()
                """, "table_sync(t)", "=> check old and new tables every slot[]", "   => if (a != b)",
                "=> 然后对每个槽位重新计算", "   => slot_sum(s)", "=> touch every slot once more",
                "=> call every slot listener on_sync()");
    }

    @Test
    void structsListedWithTheirMembersAreADiagramNotATrace() {
        Note note = parse("""
                ```
                /* one per controller */
                struct gadget_ctrl
                  +-> ports list

                /* one per port */
                struct gadget_port
                  +-> queue list
                  +-> gadget_ctrl
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> shape(note));
        Note trace = parse("""
                ```
                struct gadget_ctrl
                  +-> gadget_probe(c)
                    +-> port_add(c)
                  +-> gadget_start(c)
                ```
                """);
        assertEquals(1, trace.traceBlocks().size());
    }

    @Test
    void aRemarkInWordsUnderAStepIsNoStepButAPhraseAtAStepsColumnIs() {
        assertShape("""
                root ring_fill(r)
                  call slot_alloc(r)
                  call ring_kick(r)
                    call doorbell_write(r)
                  prose 在锁里取出ring的尾指针
                  call ring_commit(r)
                """, "ring_fill(r)",
                "  +-> slot_alloc(r)",
                "      给每个槽位分配缓存，失败时退回",
                "  +-> ring_kick(r)",
                "      通知设备:",
                "      +-> doorbell_write(r)",
                "          这里最终写寄存器",
                "  在锁里取出ring的尾指针",
                "  +-> ring_commit(r)",
                "      提交描述符");
    }

    @Test
    void aLabelNamingAnObjectByItsTypeIsADeclarationAndACallGluedToItsConstantIsTheCall() {
        assertShape("""
                root port_setup
                  call notifier_register(&port->nb)
                    declaration PortNotifier: port_notifier
                      call .on_change: port_changed
                        call ioctl:PORT_SET_MODE
                """, "port_setup",
                "    --> notifier_register(&port->nb)",
                "        PortNotifier: port_notifier",
                "            .on_change: port_changed",
                "                --> ioctl:PORT_SET_MODE");
    }

    @Test
    void aStepStoppingOnALogicalOperatorGoesOnOnTheNextLineWhateverItsColumn() {
        assertShape("""
                root foo_assign
                  loop list_for_each_entry(r, head, list)
                    call bar_size(r) &&  bar_place(r->dev, idx)
                      call baz_write(r, idx)
                      call qux_update(r)
                  call foo_done()
                """,
                "foo_assign",
                "    --> list_for_each_entry(r, head, list)",
                "        --> bar_size(r) &&",
                "    bar_place(r->dev, idx)",
                "           --> baz_write(r, idx)",
                "           --> qux_update(r)",
                "    --> foo_done()");
    }

    @Test
    void aStepNamedAfterTheMemberAPointerCallGoesThroughIsWhereThatCallLands() {
        assertShape("""
                root foo_write
                  call ops->write_begin
                    call bar_write_begin
                      call bar_get_block
                    call baz_write_begin
                  call qux_copy
                  call ops->write_end
                  call bar_finish
                """,
                "foo_write",
                " +-> ops->write_begin",
                " +-> bar_write_begin",
                " |   +-> bar_get_block",
                " +-> baz_write_begin",
                " +-> qux_copy",
                " +-> ops->write_end",
                " +-> bar_finish");
    }

    @Test
    void aStepNamedWithTheMembersWordsFirstIsWhereThePointerCallLands() {
        assertShape("""
                root show_insn
                  call ctx.dis.decode_insn(pc, &ctx.dis)
                    call decode_insn_arm(pc, info)
                      call fetch_word(pc)
                  call ops->read(buf)
                  call read_lock(buf)
                """,
                "show_insn",
                "-> ctx.dis.decode_insn(pc, &ctx.dis)",
                "   /* lands in the arm decoder */",
                "-> decode_insn_arm(pc, info)",
                "   -> fetch_word(pc)",
                "-> ops->read(buf)",
                "-> read_lock(buf)");
    }

    @Test
    void aStepCallingTheNameAPointerCallSaysItLandsInIsThatLanding() {
        assertShape("""
                root recv_loop
                  if if (ok)
                    call proto->handler -> tcp_recv
                      call tcp_recv
                        call lookup_sock
                    call tcp_recv_done
                    call proto->handler->tcp_recv
                    call tcp_recv
                """,
                "recv_loop",
                "-> if (ok)",
                "   -> proto->handler -> tcp_recv",
                "",
                "   -> tcp_recv",
                "      -> lookup_sock",
                "   -> tcp_recv_done",
                "   -> proto->handler->tcp_recv",
                "   -> tcp_recv");
    }

    @Test
    void aLandingInsideALandingKeepsBothShifts() {
        assertShape("""
                root foo_write
                  call ops->write_begin
                    call bar_write_begin
                      call m->get_block
                        call baz_get_block
                  call qux_end
                """,
                "foo_write",
                " +-> ops->write_begin",
                " +-> bar_write_begin",
                " |   +-> m->get_block",
                " |   +-> baz_get_block",
                " +-> qux_end");
    }

    @Test
    void anIteratorTakingACallbackIsACallAndALoopMacroALoop() {
        assertShape("""
                root foo_attach
                  call bus_for_each_drv
                    call foo_attach_driver
                  call obj_prop_foreach(opts, set_prop, dev)
                    call set_prop
                  loop list_for_each_entry(d, head, node)
                    call foo_probe(d)
                """,
                "foo_attach",
                "    ----> bus_for_each_drv",
                "        ----> foo_attach_driver",
                "    ----> obj_prop_foreach(opts, set_prop, dev)",
                "        ----> set_prop",
                "    ----> list_for_each_entry(d, head, node)",
                "        ----> foo_probe(d)");
    }

    @Test
    void aSentenceSetInBracesIsARemarkEvenWhenItQuotesACall() {
        assertShape("""
                root foo_realize
                  call bar_set(dev, true)
                  call baz_commit(dev)
                """,
                "foo_realize",
                "   => bar_set(dev, true)",
                "   { 这里调用 qux_apply() }",
                "   => baz_commit(dev)");
    }

    @Test
    void aLineOneColumnOffTheAuthorsGridStandsBesideTheArrowBelowIt() {
        assertShape("""
                root foo_read
                  call bar_read
                    call baz_prep
                      call ops->read
                        call (real_read)
                        call real_rw
                          call qux_submit
                            call qux_io
                  call foo_done
                """,
                "foo_read",
                "--> bar_read",
                "  --> baz_prep",
                "    --> ops->read",
                "     (real_read)",
                "      --> real_rw",
                "        --> qux_submit",
                "          --> qux_io",
                "--> foo_done");
    }

    /** The trees of a note as indented {@code kind text} lines ({@link Parsing#shape}). */
    static String shape(Note note) {
        return Parsing.shape(note);
    }
}
