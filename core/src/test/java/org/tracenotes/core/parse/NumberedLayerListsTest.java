package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A nested numbered list of a path through layers: captions over the names, statements of code and
 * short actions in words that the nesting orders; every item a step, the nesting the tree.
 */
class NumberedLayerListsTest {

    @Test
    void captionsCodeItemsAndActionsInWordsAreStepsOfTheNestedList() {
        Note note = Parsing.parse("""
                ## path

                1. Socket
                    1. send_x
                    2. sock_send_x
                        1. sock->ops->send(sock, msg);
                2. Proto
                    1. send = proto_send_x
                    2. push_frames_x
                        1. 找到路由
                            1. route_lookup_x
                                1. fib_lookup_x
                            2. 检查缓存
                        2.  return dev->ops->xmit(skb);
                """);
        assertEquals("""
                root\s
                  call Socket
                    call send_x
                    call sock_send_x
                      call sock->ops->send(sock, msg)
                  call Proto
                    assign send = proto_send_x
                    call push_frames_x
                      prose 找到路由
                        call route_lookup_x
                          call fib_lookup_x
                        prose 检查缓存
                      return return dev->ops->xmit(skb)
                """, Parsing.shape(note));
    }

    @Test
    void aNestedListOfSettingsIsNoCallTree() {
        Note note = Parsing.parse("""
                - Settings
                    - net
                        - CONFIG_NET=y
                        - CONFIG_INET=y
                            - CONFIG_IPV6=m
                    - fs
                        - CONFIG_EXT4_FS=y
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }
}
