package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees drawn by indentation alone, as outside authors draw them: a column of file names far to
 * the right, a snippet of code the author goes on to below the tree, levels one column apart with tabs
 * among them, file labels between levels, a word that offers an alternative before a step. Every
 * fragment is made up.
 */
class IndentationTreesTest {

    @Test
    void anUnfencedTreeEndsWhereASnippetOfCodeBelowItBegins() {
        Note note = Parsing.parse(String.join("\n",
                "How a packet leaves:",
                "",
                "pkt_send                                  net/pkt.c",
                "    pkt_xmit                              net/pkt.c",
                "        dev_pick_queue()                  net/dev.c",
                "            dev_xmit_one()                net/dev.c",
                "    the queue gets this struct",
                "    struct xmit_desc xd = {",
                "\t\t.skb = skb,",
                "\t\t.more = more,",
                "\t};",
                "",
                "That is all.",
                ""));
        assertEquals("""
                root pkt_send  net/pkt.c
                  call pkt_xmit  net/pkt.c
                    call dev_pick_queue()  net/dev.c
                      call dev_xmit_one()  net/dev.c
                """, Parsing.shape(note));
    }

    @Test
    void levelsOneColumnApartWithATabAndFourBlanksSeeTabsFourWide() {
        Parsing.assertShape("""
                root foo_write
                  call foo_begin
                    call foo_get_page
                      call foo_lock_page
                        call foo_find
                          call foo_update
                            call foo_join
                              call foo_lookup
                                call foo_head
                                call foo_test
                                call foo_mark
                          call foo_grow
                """, "foo_write", " foo_begin", "  foo_get_page", "   foo_lock_page", "    foo_find", "\t foo_update",
                "\t  foo_join", "\t   foo_lookup", "\t    foo_head", "\t\tfoo_test", "\t    foo_mark", "\t foo_grow");
    }

    @Test
    void aLeadingOrBeforeAnArrowIsMarginAndTheArrowGivesTheLevel() {
        Parsing.assertShape("""
                root ext_map_begin
                  call ext_alloc
                    call ext_map_blocks
                  call ext_map_blocks
                    call ext_query_blocks
                  call ext_set_map
                """, "ext_map_begin", "\t->ext_alloc", "\t\t->ext_map_blocks", "or\t->ext_map_blocks",
                "\t\t->ext_query_blocks", "\t->ext_set_map");
    }

    @Test
    void aNameThatBeginsWithOrIsNoMargin() {
        Parsing.assertShape("""
                root foo_mask
                  call foo_pick
                    assign or_bits = 1
                  call foo_apply
                """, "foo_mask", "\t-> foo_pick", "\t\t-> or_bits = 1", "\t-> foo_apply");
    }

    @Test
    void aFileLabelBetweenACallAndItsBodyKeepsTheBodyUnderTheCall() {
        Note note = Parsing.parse(String.join("\n",
                "## The fault path",
                "",
                "foo_fault(unsigned long addr, struct regs *regs)",
                "mm/foo_memory.c",
                "    foo_handle_fault(struct area *area, unsigned long addr)",
                "        __foo_handle_fault(struct area *area, unsigned long addr)",
                "            foo_handle_pte(struct fault *vmf)",
                "                foo_do_read(struct fault *vmf)",
                "                foo_do_cow",
                "                    foo_copy_page()",
                "                foo_do_shared",
                "",
                "## Next",
                ""));
        assertEquals("""
                root foo_fault(unsigned long addr, struct regs *regs)
                  call foo_handle_fault(struct area *area, unsigned long addr)
                    call __foo_handle_fault(struct area *area, unsigned long addr)
                      call foo_handle_pte(struct fault *vmf)
                        call foo_do_read(struct fault *vmf)
                        call foo_do_cow
                          call foo_copy_page()
                        call foo_do_shared
                """, Parsing.shape(note));
    }

    @Test
    void aConditionInWordsIsAnIfEvenWhenItStatesItsConsequence() {
        Parsing.assertShape("""
                root foo_writepages
                  call foo_add_request
                    call foo_pick_mirror  // the mirror
                    call foo_add_one
                      call foo_size
                      if 如果队列还有空间可以放下当前请求的全部待写入字节，则将请求加入队列，否则创建一个新的请求加入队列
                      if 如果队列写满，则调用foo_doio发送数据
                      if 若是缓存已满，就先回写
                      if 假如没有空闲页，那么唤醒回收线程
                  call foo_complete
                    call foo_doio
                """, "foo_writepages", " foo_add_request", "  foo_pick_mirror // the mirror", "  foo_add_one",
                "   foo_size", "   如果队列还有空间可以放下当前请求的全部待写入字节，则将请求加入队列，否则创建一个新的请求加入队列",
                "   如果队列写满，则调用foo_doio发送数据", "   若是缓存已满，就先回写", "   假如没有空闲页，那么唤醒回收线程",
                " foo_complete", "  foo_doio");
    }

    @Test
    void aPointerCallNamingItsLandingTakesTheLandingAtItsColumnAsItsBody() {
        Parsing.assertShape("""
                root foo_rx
                  call foo_route
                    call ops->deliver -> foo_ip_rcv  // see foo_proto
                      call foo_ip_rcv
                        call foo_ip_defrag
                          call proto->handler -> foo_tcp_rcv
                            call foo_tcp_rcv
                              call foo_lookup
                  call foo_done
                """, "|foo_rx", "   |foo_route", "      |ops->deliver -> foo_ip_rcv // see foo_proto", "",
                "    *** NOW IT IS IP ***", "      |foo_ip_rcv", "         |foo_ip_defrag", "            |proto->handler -> foo_tcp_rcv",
                "", "    *** NOW IT IS TCP ***", "            |foo_tcp_rcv", "               |foo_lookup", "   |foo_done");
    }

    @Test
    void membersOfOneObjectListedUnderAStepAreItsFields() {
        Parsing.assertShape("""
                root foo_encode
                  call foo_encode_head
                  call foo_encode_write  // OP_WRITE
                    expression args->id
                    expression args->offset
                    expression args->count
                  call foo_encode_tail
                    call ops->flush
                """, "foo_encode", " foo_encode_head", " foo_encode_write // OP_WRITE", "  args->id", "  args->offset",
                "  args->count", " foo_encode_tail", "  ops->flush");
    }

    @Test
    void anOpsTableCalledAmongItsMembersStaysCalls() {
        Parsing.assertShape("""
                root ring_run
                  call ops->prepare
                  call ops->start
                    call ring_kick_hw
                  call ops->kick
                  call ops->finish
                  call ops->cleanup
                """, "ring_run", " ops->prepare", " ops->start", "  ring_kick_hw", " ops->kick", " ops->finish", " ops->cleanup");
    }

    @Test
    void aStepBackAtTheColumnOfCasesStandingAtTheirSwitchFollowsTheSwitch() {
        Parsing.assertShape("""
                root foo_rcv
                  call foo_do_rcv
                    switch switch(sk->state)
                      case case FOO_OPEN:
                        call foo_established
                      case case FOO_LISTEN:
                        call foo_request
                          call foo_check
                    call foo_process
                """, "|foo_rcv", "   |foo_do_rcv", "      |switch(sk->state)", "      |case FOO_OPEN:", "         |foo_established",
                "      |case FOO_LISTEN:", "         |foo_request", "            |foo_check", "      |foo_process");
    }
}
