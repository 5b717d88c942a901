package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Trees drawn with {@code |-name} (one dash right against each child's name) and {@code |} stems running
 * down past a step's body, in a bare fence: the stems and dashes are margin, a step's depth is where its
 * text starts. Every fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class DashStemTreesTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.fenced(lines));
    }

    @Test
    void oneDashAgainstANameIsATreeEdge() {
        assertEquals("""
                root rx_handle
                  call rx_check(skb)
                  call rx_ipv4
                    call rx_route
                    call rx_deliver
                """, read(
                "rx_handle",
                "  |-rx_check(skb)",
                "  |-rx_ipv4",
                "      |-rx_route",
                "      |-rx_deliver"));
    }

    @Test
    void stemsBeforeABodyAndBareStemsAreMarginAndCaseArmsNestUnderTheSwitch() {
        assertEquals("""
                root rx_handle  // rx.c
                  call rx_check(skb, &proto)
                  switch switch (proto)
                    case case P_IP:
                      call rx_ipv4  // rx.c
                        call rx_local
                          if if dst is a service
                            call lb_local()
                              call ct_make
                              call lb_pick
                          call may_send()
                          if if tunnel
                            prose encap it
                          else else  // plain routing
                            call route_out()  // dec ttl
                            call mark_skb(skb)  // mark
                          return return OK
                    brace }
                """, read(
                "rx_handle                                   // rx.c",
                "  |-rx_check(skb, &proto)",
                "  |-switch (proto) {",
                "      case P_IP:",
                "          rx_ipv4                             // rx.c",
                "            |-rx_local",
                "                |-if dst is a service",
                "                |    lb_local()",
                "                |      |-ct_make",
                "                |      |-lb_pick",
                "                |",
                "                |-may_send()",
                "                |",
                "                |-if tunnel",
                "                |     encap it",
                "                | else // plain routing",
                "                |     route_out()                 // dec ttl",
                "                |     mark_skb(skb); // mark",
                "                |-return OK;",
                "    }"));
    }

    @Test
    void aTableInAFenceStaysNoTrace() {
        assertEquals("", read(
                "| name      | value |",
                "|-----------|-------|",
                "| rx_ring   | 1     |",
                "|   tx_ring | 2     |"));
    }
}
