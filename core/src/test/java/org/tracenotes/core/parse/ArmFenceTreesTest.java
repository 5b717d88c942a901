package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees drawn by hand in a C fence with dash arms and no arrow heads ({@code |----f()}, {@code |--f()},
 * {@code -----f()}, {@code ---f()}) hung from {@code |} stems, with {@code #} and {@code //} remarks: each arm's
 * name is a call of the name whose stem it hangs from. C with {@code ||}, {@code x--;} and dashed comments,
 * a table, a box diagram, a diff and a shell session in a fence keep their reading. Every fragment is made up.
 */
class ArmFenceTreesTest {

    @Test
    void armsHungFromStemsAreCallsOfTheNameAbove() {
        assertEquals("""
                root widget_open()
                  call widget_lookup() #find it
                    call widget_hash()  // hash the name
                    call widget_cache()
                  call widget_attach()
                    call attach_ops(w)
                    call attach_irq(w, flags)
                """, Parsing.shape(Parsing.parse("""
                ```c
                   widget_open()
                        |
                        |----widget_lookup() #find it
                        |       |
                        |       -----widget_hash() //hash the name
                        |       ---widget_cache()
                        |
                        |------widget_attach()
                                 |--attach_ops(w);
                                 |--attach_irq(w, flags);
                ```
                """)));
    }

    @Test
    void dashArmsWithoutAStemNestByTheirColumn() {
        assertEquals("""
                root disk_flush()
                  call queue_drain(q)  # empty the queue
                    call queue_pop()
                      call item_free()  // give it back
                      call item_count(q)
                  call disk_sync()
                """, Parsing.shape(Parsing.parse("""
                ```c
                   disk_flush()
                        |
                        |-------queue_drain(q)  #empty the queue
                        |           |
                        |          ---queue_pop()
                        |               |
                        |               ----item_free()//give it back
                        |               ----item_count(q)
                        |
                        |-------disk_sync()
                ```
                """)));
    }

    @Test
    void aCaptionInWordsOverTheTreeIsNoRoot() {
        assertEquals("""
                root widget_open()
                  call widget_lookup() #find it
                    call widget_hash()  // hash the name
                    call widget_cache()
                  call widget_attach()
                    call attach_ops(w)
                """, Parsing.shape(Parsing.parse("""
                ```c
                widget_open()的调用路径
                   widget_open()
                        |
                        |----widget_lookup() #find it
                        |       |
                        |       -----widget_hash() //hash the name
                        |       ---widget_cache()
                        |
                        |------widget_attach()
                                 |--attach_ops(w);
                ```
                """)));
    }

    @Test
    void aNameUnderAStemDroppedFromANameIsItsCall() {
        assertEquals("""
                root net_poll()  // 每次中断后
                  call net_rx()
                    call rx_fetch(ring)  // 取出一帧
                    call rx_deliver(skb)
                      call proto_lookup()
                      call proto_recv(skb)
                """, Parsing.shape(Parsing.parse("""
                ```c
                net_poll() //每次中断后
                    |
                net_rx()
                  |------rx_fetch(ring); //取出一帧
                  |
                  |-----rx_deliver(skb);
                  |      |---proto_lookup()
                  |      |---proto_recv(skb)
                ```
                """)));
    }

    @Test
    void aLabelLeftOfTheRailAndWordsAfterItAreNoSteps() {
        assertEquals("""
                root net_rx()
                  call rx_fetch(ring)  // 取出一帧
                  call rx_deliver(skb)
                    call proto_lookup()
                    call csum_verify(skb)
                      call csum_fold(sum)
                      call csum_add(sum, x)
                    call proto_recv(skb)
                """, Parsing.shape(Parsing.parse("""
                ```c
                net_rx()
                  |------rx_fetch(ring); //取出一帧
                  |
                  |-----rx_deliver(skb);
                         |
                         |---	proto_lookup()
                         |
                         |校验：只在这里做一次
                   校验处理|--csum_verify(skb)
                         |    |
                   校验和  |    |--csum_fold(sum)
                         |    |--csum_add(sum, x)
                         |
                         |---proto_recv(skb)
                ```
                """)));
    }

    @Test
    void aTreeAfterABlankLineUnderANameAloneIsARootOfItsOwn() {
        assertEquals("""
                root ring_mask()  // 每个队列的位图
                root ring_tick()
                  call ring_refill  # 补充缓冲
                  call ring_kick(r)
                    call ring_doorbell()
                    call ring_stats_add(r)
                """, Parsing.shape(Parsing.parse("""
                ```c
                ring_mask() //每个队列的位图

                    ring_tick()
                    |
                    -------ring_refill  # 补充缓冲
                    |
                    -------ring_kick(r)
                           |---ring_doorbell()
                           |---ring_stats_add(r)
                ```
                """)));
    }

    @Test
    void cWithBarsAndDecrementsStaysCode() {
        assertNoTrace("""
                ```c
                /* ---------------- helpers ---------------- */
                static int widget_count(struct widget *w)
                {
                	int n = 0;
                	while (w->next || w->prev) {
                		n--;
                		w = w->next;
                	}
                	/* ----- done ----- */
                	return n | FLAG_MASK;
                }
                ```
                """);
    }

    @Test
    void aTableOrABoxDiagramInAFenceStaysText() {
        assertNoTrace("""
                ```
                | field      | meaning            |
                |------------|--------------------|
                | w_flags    | state bits         |
                | w_next     | next in the list   |
                | w_ops      | the ops table      |
                ```
                """);
        assertNoTrace("""
                ```c
                +-----------+       +-----------+
                | widget    |------>| widget_ops|
                +-----------+       +-----------+
                | w_next    |--+    | open()    |
                | w_ops     |  |    | close()   |
                +-----------+  |    +-----------+
                               |----widget_list
                ```
                """);
    }

    @Test
    void aDiffOrAShellSessionStaysText() {
        assertNoTrace("""
                ```
                --- a/widget.c
                +++ b/widget.c
                @@ -10,6 +10,7 @@
                -	widget_open(w);
                +	widget_open(w, flags);
                --- a/widget.h
                +++ b/widget.h
                ---- widget_close(w);
                ```
                """);
        assertNoTrace("""
                ```sh
                $ ls --color=auto src/
                $ grep -rn widget_open --include=*.c
                ---- widget_open(w) ----
                $ make -j4 2>&1 | tail
                ```
                """);
    }

    @Test
    void aFileListingOrASketchInACommentStaysCode() {
        assertNoTrace("""
                ```
                .
                |-- Makefile
                |-- widget_core
                |   |-- widget_open.c
                |   |-- widget_close.c
                |   `-- widget_ops.h
                |-- widget_test
                |   |-- run_all.sh
                |   `-- cases.txt
                `-- README
                ```
                """);
        assertNoTrace("""
                ```c
                static void widget_reset(struct widget *w)
                {
                	w->flags = 0;
                	if (w->count > 0 || w->busy)
                		w->count--;
                	widget_clear(w);
                	widget_unlock(w);
                }
                /* widget_reset
                 *   |---widget_clear()
                 *   |------widget_unlock()
                 */
                ```
                """);
    }

    @Test
    void aChainLineOverTheRootKeepsItsReading() {
        assertEquals("""
                root widget_boot() -> widget_start()
                root widget_main()
                  call widget_probe()
                  call widget_bind()
                  call widget_run()
                    call widget_poll()
                    call widget_wait()
                """, Parsing.shape(Parsing.parse("""
                ```
                widget_boot() -> widget_start()
                widget_main()
                   |--- widget_probe()
                   |--- widget_bind()
                   |--- widget_run()
                   |    |--- widget_poll()
                   |    |--- widget_wait()
                ```
                """)));
    }

    @Test
    void twoCallsJoinedBySemicolonsOverTheRootAreNoCaption() {
        assertEquals("""
                root gadget_init(); gadget_exit()
                root gadget_main()
                  call gadget_find()
                  call gadget_hook()
                    call hook_ops()
                    call hook_irq()
                """, Parsing.shape(Parsing.parse("""
                ```
                gadget_init(); gadget_exit()
                gadget_main()
                   |----gadget_find()
                   |----gadget_hook()
                   |     |----hook_ops()
                   |     |----hook_irq()
                ```
                """)));
    }

    @Test
    void aTestRunnersDashedNamesInAnUntaggedFenceStayText() {
        assertNoTrace("""
                ```
                --- test_open_file
                --- test_read_header
                --- test_write_body
                    --- test_write_body_empty
                    --- test_write_body_large
                ```
                """);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
