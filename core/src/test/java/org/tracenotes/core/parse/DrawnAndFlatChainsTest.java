package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.grammar.Connectors;

/**
 * Call trees drawn with box-drawing edges ({@code ├─}, {@code └─}, {@code │}) and chains written flat
 * (a column of names under a heading naming a call chain, steps joined by down-arrow comment lines),
 * read as their authors mean them. Every fragment is made up.
 */
class DrawnAndFlatChainsTest {

    @Test
    void boxEdgesNestEachNameUnderTheLineItHangsFrom() {
        Parsing.assertShape("""
                root run_job()
                  call prepare_job()
                    call load_conf()
                    call check_conf()
                  call start_job()
                """, "run_job()", " ├─ prepare_job()", " │   ├─ load_conf()", " │   └─ check_conf()", " └─ start_job()");
    }

    @Test
    void aYamlFenceThatDrawsACallTreeIsReadByItsContent() {
        Note note = Parsing.parse("```yaml\nstop_all()\n └─ stop_disks()\n     └─ flush_cache()\n```\n");
        assertEquals("""
                root stop_all()
                  call stop_disks()
                    call flush_cache()
                """, Parsing.shape(note));
    }

    @Test
    void aColumnOfLastChildEdgesAtOneColumnIsAChain() {
        Parsing.assertShape("""
                root read()
                  call vfs_read()
                    call file->ops->read()
                      call dev_read()
                """, "read()", "└─ vfs_read()", "└─ file->ops->read()", "└─ dev_read()");
    }

    @Test
    void aChainLinkAfterAnAssignmentWithoutACallStandsBesideIt() {
        Parsing.assertShape("""
                root open_dev()
                  call dev_lookup
                    assign f->ops = dev_ops
                    call dev_open()
                """, "open_dev()", "└─ dev_lookup", "└─ f->ops = dev_ops", "└─ dev_open()");
    }

    @Test
    void lastChildEdgesAtDifferentColumnsKeepTheirColumns() {
        Parsing.assertShape("""
                root halt()
                  call halt_devices()
                    prose each driver's hook
                  if if (halt_hook)
                    call halt_hook()
                  call reboot_fallback()
                """, "halt()", " └─ halt_devices()", "     │   └─ each driver's hook", " └─ if (halt_hook)",
                "     └─ halt_hook()", " └─ reboot_fallback()");
    }

    @Test
    void aFolderListingDrawnWithEdgesStaysAListing() {
        Note note = Parsing.parse("```yaml\n/srv/data\n├── logs/\n│   └── today.log\n└── cache/\n```\n");
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aWireIntoABoxIsNoEdge() {
        assertFalse(Connectors.at("└──────┘", 0));
        assertFalse(Connectors.at("├────┼────┤", 0));
        assertTrue(Connectors.at("└─ name", 0));
        assertTrue(Connectors.at("│   └─ name", 0));
    }

    @Test
    void aFlatColumnUnderAHeadingNamingACallChainIsAChain() {
        Note note = Parsing.parse("""
                // call chain of a send
                sys_send
                sock_send_msg           hands it to the protocol
                proto_send
                dev_xmit
                """);
        assertEquals("""
                root sys_send
                  call sock_send_msg  hands it to the protocol
                    call proto_send
                      call dev_xmit
                """, Parsing.shape(note).replace("\n\n", "\n"));
    }

    @Test
    void aLinkThatAnEarlierLinksNoteNamesHangsUnderThatLink() {
        Note note = Parsing.parse("""
                // call chain of a receive
                nic_rx_irq              { queues it, later calls net_deliver }
                frame_strip             { done by the driver }
                net_deliver
                proto_rx
                """);
        assertEquals("""
                root nic_rx_irq              { queues it, later calls net_deliver }
                  call frame_strip             { done by the driver }
                  call net_deliver
                    call proto_rx
                """, Parsing.shape(note));
    }

    @Test
    void twoLinksInARowNotedAsCallingTheNextAreAlternatives() {
        Note note = Parsing.parse("""
                // call chain of a read
                sys_readv               { picks a reader }
                read_fast               { calls do_read }
                read_checked            { calls do_read }
                do_read
                copy_out
                """);
        assertEquals("""
                root sys_readv               { picks a reader }
                  call read_fast               { calls do_read }
                  call read_checked            { calls do_read }
                    call do_read
                      call copy_out
                """, Parsing.shape(note));
    }

    @Test
    void aNoteNamingALongerNameIsNoCallOfTheShorter() {
        Note note = Parsing.parse("""
                // call flow
                send_one                { send_one_fast }
                send_two
                send_one_f
                """);
        assertEquals("""
                root send_one                { send_one_fast }
                  call send_two
                    call send_one_f
                """, Parsing.shape(note));
    }

    @Test
    void twoFlatLinesAboveADeeperTreeHeadItUnderAChainHeading() {
        Note note = Parsing.parse("""
                ## call flow
                arch/x/fault.c
                trap_fault(long addr, int code)
                do_trap_fault(long addr)
                mm/core.c
                    handle_fault(struct area *a)
                        handle_entry(struct entry *e)
                            map_entry(struct entry *e)
                """);
        assertEquals("""
                root trap_fault(long addr, int code)
                  call do_trap_fault(long addr)
                    call handle_fault(struct area *a)
                      call handle_entry(struct entry *e)
                        call map_entry(struct entry *e)
                """, Parsing.shape(note));
    }

    @Test
    void aLineAtTheRootsColumnAboveADeeperTreeWithoutAChainHeadingIsNoLink() {
        Note note = Parsing.fenced("trap_fault(long addr)", "do_trap_fault(long addr)", "    handle_fault(struct area *a)",
                "        handle_entry(struct entry *e)", "            map_entry(struct entry *e)");
        assertFalse(note.traceBlocks().isEmpty());
        assertFalse(Parsing.shape(note).contains("  call do_trap_fault"), () -> Parsing.shape(note));
    }

    @Test
    void aFlatColumnWithoutAChainHeadingIsNoTrace() {
        Note note = Parsing.parse("""
                // the helpers
                sys_send
                sock_send_msg
                proto_send
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void stepsUnderAnArrowParentStaySiblingsUnderAChainHeading() {
        Note note = Parsing.parse("""
                ## call flow

                ```
                do_send()
                -> pick_queue()
                -> fill_desc()
                -> ring_bell()
                ```
                """);
        assertEquals("""
                root do_send()
                  call pick_queue()
                  call fill_desc()
                  call ring_bell()
                """, Parsing.shape(note));
    }

    @Test
    void aDownArrowCommentBetweenTwoStepsMakesTheLowerTheCallee() {
        Note note = Parsing.parse("""
                // entry of the open path
                long do_open(int fd, const char *name,
                             int flags);
                //            ||
                //            \\/
                struct file *open_path(struct walk *w);
                //            ||
                //            \\/
                // namei part
                int walk_parts(const char *name);
                """);
        assertEquals("""
                root long do_open(int fd, const char *name, int flags)
                  declaration struct file *open_path(struct walk *w)
                    declaration int walk_parts(const char *name)
                """, Parsing.shape(note));
    }

    @Test
    void bareDownArrowsInAFenceJoinCallerAndCallee() {
        Parsing.assertShape("""
                root fs_open()
                  call open_dentry()
                    call low_open()
                """, "fs_open()", "   ||", "   \\/", "open_dentry()", "   ||", "   \\/", "low_open()");
        Parsing.assertShape("""
                root boot_main()
                  call run_init()
                    call mount_root()
                """, "boot_main()", "    \u2193", "run_init()", "    \u2193", "mount_root()");
    }

    @Test
    void aFencedFlatColumnUnderAChainHeadingIsAChain() {
        Note note = Parsing.parse("## 调用链\n\n```\nboot_main\nrun_init\nmount_root\n```\n");
        assertEquals("""
                root boot_main
                  call run_init
                    call mount_root
                """, Parsing.shape(note));
    }

    @Test
    void aFencedFlatColumnUnderAnotherHeadingIsNoTrace() {
        Note note = Parsing.parse("## helpers\n\n```\nboot_main\nrun_init\nmount_root\n```\n");
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aSingleDownArrowIsNoTrace() {
        Note note = Parsing.parse("""
                int setup(void);
                //   ||
                //   \\/
                int finish(void);
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aColumnOfMoreNamesThanAChainHoldsIsAListNotANoteTooDeepToRead() {
        StringBuilder names = new StringBuilder("## call chain\n\n```\n");
        for (int k = 0; k < 200; k++) {
            names.append("helper_").append(k).append("\n");
        }
        Note note = Parsing.parse(names.append("```\n").toString());
        assertTrue(note.diagnostics().isEmpty(), () -> note.diagnostics().toString());
        assertFalse(Parsing.shape(note).contains("    call helper_2"), () -> Parsing.shape(note));   // not nested 200 deep
    }

    @Test
    void aWordThatEndsInCallOrAFenceInALanguageNamesNoChain() {
        assertEquals("", Parsing.shape(Parsing.parse("## Recall path for cached pages\n\n```\nlru_add(page)\nlru_move(page)\nlru_drop(page)\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse("## call chain\n\n```python\nmain()\nparse()\nrun()\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse("```python\nload()\n# ||\n# \\/\nparse()\n# ||\n# \\/\nrun()\n```\n")));
    }

    @Test
    void aLongRuleOfBoxLinesIsNoEdge() {
        Note note = Parsing.parse("```\nfoo_start()\n\u2514" + "\u2500".repeat(40) + " bar_step()\n\u2514\u2500 baz_step()\n```\n");
        assertFalse(Parsing.shape(note).contains("call bar_step()"), () -> Parsing.shape(note));
    }

    @Test
    void aProcessTreeOrAFlowchartOfWordsIsNoCallTree() {
        assertEquals("", Parsing.shape(Parsing.parse("```console\n$ pstree -p\nsysinit(1)\u2500\u252C\u2500getty(123)\n"
                + "           \u251C\u2500crond(456)\n           \u2514\u2500sshd(789)\u2500\u2500\u2500bash(1001)\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse("```\nNIC\n||\n\\/\ndriver\n||\n\\/\nsocket\n```\n")));
        assertEquals("", Parsing.shape(Parsing.parse("```\nBuild the kernel\n\u2193\nInstall the modules\n\u2193\nReboot\n```\n")));
    }
    @Test
    void aParagraphOfNamesLayeredAsACallPathIsAChainWithoutAHeading() {
        assertEquals("""
                root rx_frame
                  call rx_frame_queue
                    call __rx_frame_queue_one
                      call hand_to_proto
                        call l3_input
                          call l3_input_finish
                """, Parsing.shape(Parsing.parse("Notes on the receive side.\n\nrx_frame\nrx_frame_queue\n"
                + "__rx_frame_queue_one\nhand_to_proto\nl3_input\nl3_input_finish\n\nMore words.\n")));
    }

    @Test
    void aParagraphOfSiblingNamesOrAStackInnermostFirstStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("Exported:\n\nfoo_init\nfoo_exit\nfoo_register\nfoo_unregister\n")));
        assertEquals("", Parsing.shape(Parsing.parse("Hung here:\n\n__wait_one_x\nwait_one_x\nwait_one_x_timeout\n"
                + "io_wait_done\n")));
        assertEquals("", Parsing.shape(Parsing.parse("Files:\n\nnet_core.c\nnet_core_rx.c\nnet_core_tx.c\nnet_core_rx_fast.c\n")));
        assertEquals("""
                root rx_frame_core_one_x+0x8/0x10
                  call rx_frame_core_one+0x8/0x10
                    call rx_frame_core+0x10/0x20
                      call rx_frame+0x1c/0x40
                """, Parsing.shape(Parsing.parse("Trace:\n\nrx_frame+0x1c/0x40\nrx_frame_core+0x10/0x20\n"
                + "rx_frame_core_one+0x8/0x10\nrx_frame_core_one_x+0x8/0x10\n")));   // no top-down chain: a stack, bottom up (PastedStacks)
        assertEquals("", Parsing.shape(Parsing.parse("Words:\n\nrx_frame\nrx_frame_queue is called next\n"
                + "__rx_frame_queue_one\nhand_to_proto\n")));
    }

    @Test
    void aParagraphOfKnobsAndTheirLimitsIsNoCallChain() {
        assertEquals("", Parsing.shape(Parsing.parse("The knobs I set:\n\nnet_rbuf\nnet_rbuf_max\nnet_wbuf\nnet_wbuf_max\n\n"
                + "They live under /proc.\n")));
        assertEquals("", Parsing.shape(Parsing.parse("Fields:\n\nring_slots\nring_slots_size\nring_head\nring_head_count\n"
                + "ring_tail\n")));
    }
}
