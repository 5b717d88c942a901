package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Brace pseudocode whose expanded callees are called by a statement that hands their result on: a
 * {@code return} of the call ({@code return part_rcv(p)} / {@code {}) or an assignment of it
 * ({@code rc = part_queue(q, p) {}), the callee's body in braces under the statement, K&amp;R or Allman,
 * among C statements of the bodies' own. C never opens a body after a return or an assignment of a call.
 * Every fragment is made up.
 */
class ReturnedCalleeBodiesTest {

    @Test
    void allmanBodiesUnderAReturnAndAnAssignmentOfTheirCallsAreATrace() {
        Note note = Parsing.parse("""
                ```c
                gadget_rcv(pkt)
                {
                    hdr = gadget_hdr(pkt);
                    if (!hdr)
                        goto drop;

                    return gadget_deliver(pkt, hdr)
                    {
                        rc = part_enqueue(pkt)
                        {
                            if (full(q))
                                goto drop;
                            list_add(&pkt->node, &q->head);
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root gadget_rcv(pkt)
                  brace {
                  assign hdr = gadget_hdr(pkt)
                  if if (!hdr)
                    goto goto drop
                  return return gadget_deliver(pkt, hdr)
                    brace {
                    assign rc = part_enqueue(pkt)
                      brace {
                      if if (full(q))
                        goto goto drop
                      call list_add(&pkt->node, &q->head)
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void knrBodiesAfterAReturnAndAnAssignmentOfTheirCallsAreATrace() {
        Note note = Parsing.parse("""
                ```c
                gadget_write(g, buf) {
                    n = gadget_room(g);
                    if (n == 0)
                        return -EAGAIN;
                    return part_write(g, buf, n) {
                        err = part_copy(g->page, buf, n) {
                            memcpy(page, buf, n);
                            return 0;
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root gadget_write(g, buf)
                  assign n = gadget_room(g)
                  if if (n == 0)
                    return return -EAGAIN
                  return return part_write(g, buf, n)
                    assign err = part_copy(g->page, buf, n)
                      call memcpy(page, buf, n)
                      return return 0
                      brace }
                    brace }
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void remarksAfterTheStatementsOpeningBodiesKeepThemCallees() {
        Note note = Parsing.parse("""
                ```
                gadget_open(path) {
                    fd = gadget_lookup(path);
                    if (fd < 0)
                        return fd;
                    return part_open(fd) {   // the driver's own open
                        ret = part_attach(fd)   // takes the lock
                        {
                            count++;
                        }
                    }
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
    }

    @Test
    void aListingThatReturnsCallsAndOpensBlocksStaysAListing() {
        Note note = Parsing.parse("""
                ```c
                static int gadget_probe(struct gadget *g)
                {
                    int rc = gadget_reset(g);

                    if (rc) {
                        gadget_log(g, rc);
                        return part_fail(g, rc);
                    }
                    {
                        int n = g->count;
                        g->total += n;
                    }
                    return part_ready(g);
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void aWordReturnedBeforeABlockOfAnotherLanguageIsNoCallee() {
        Note note = Parsing.parse("""
                ```
                fun gadgets(items: List<Item>) {
                    val total = items.sumOf(it.size) {
                        it.size
                    }
                    return total
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }
}
