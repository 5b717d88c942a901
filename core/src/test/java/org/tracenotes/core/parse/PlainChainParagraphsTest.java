package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.Step;
import org.tracenotes.core.model.StepKind;
import org.tracenotes.grammar.PlainChainLines;
import org.tracenotes.grammar.PlainChainLines.Line;

/**
 * Call paths written in a plain note's text as paragraphs of one-line arrow chains, labels and bare names, no fence
 * and no indentation tree: each chain line is a root of its own, a {@code * label} bullet heads the lines under it, a
 * {@code {} group holds alternatives of the line above it, a bare name heads the bare names under it, a label naming
 * a function under a chain is where the chain lands. Look-alikes (pasted C with member access, member paths, words
 * joined by arrows, renames, pointer relations, tables, a lone chain with no evidence, a caption, a state machine)
 * keep their reading. Every fragment is made up.
 */
class PlainChainParagraphsTest {

    private static void assertStartsWith(String expected, String shape) {
        assertTrue(shape.startsWith(expected), shape);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void eachChainLineIsARootAndAGroupHoldsTheAlternativesOfTheLineAboveIt() {
        assertStartsWith("""
                root ondemand_ra
                  call page_cache_ra_order(ractl, ra)
                root sys_readahead-> ksys_readahead
                root vfs_readx -> ext9_readx->generic_readx
                  brace {
                  call filemap_fetch->read_pages/read_page->mpage_readx->submit_bio
                  call blk_issue_read -> submit_bio_wait
                  brace }
                """, Parsing.shape(Parsing.parse("""
                # readahead path
                ondemand_ra
                page_cache_ra_order(ractl, ra)
                sys_readahead-> ksys_readahead
                vfs_readx -> ext9_readx->generic_readx
                {
                        filemap_fetch->read_pages/read_page->mpage_readx->submit_bio
                        or
                        blk_issue_read -> submit_bio_wait
                }
                 => __page_cache_alloc_x
                """)));
    }

    @Test
    void theOrBetweenTwoAlternativesIsNoStep() {
        Note note = Parsing.parse("""
                vfs_readx -> ext9_readx->generic_readx
                {
                        filemap_fetch->read_pages->submit_bio
                        or
                        blk_issue_read -> submit_bio_wait
                }
                """);
        assertEquals("""
                root vfs_readx -> ext9_readx->generic_readx
                  brace {
                  call filemap_fetch->read_pages->submit_bio
                  call blk_issue_read -> submit_bio_wait
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aBulletLabelsTheLinesUnderItUpToTheNextBullet() {
        assertEquals("""
                root * onset - munmap
                  call do_munmap -> __do_munmap -> unmap_region
                  call ext9: ext9_fault -> filemap_fault
                root * nuclus
                  call Write - ext9_page_mkwrite
                  call Read: filemap_map_pages -> next_uptodate_page or do_read_fault
                """, Parsing.shape(Parsing.parse("""
                ## Private file maps
                Programs and libraries
                * onset - munmap
                do_munmap -> __do_munmap -> unmap_region
                ext9: ext9_fault -> filemap_fault
                * nuclus
                Write - ext9_page_mkwrite
                Read: filemap_map_pages -> next_uptodate_page or do_read_fault
                """)));
    }

    @Test
    void aLoneChainOfNamesBetweenTwoFencesIsARoot() {
        Note note = Parsing.parse("""
                ## virtio tx

                ```c
                static void virtio_net_tx(struct net_queue *q)
                {
                    queue_work(q);
                }
                ```

                virtio_net_tx-->vhost_send

                ```c
                int vhost_send(struct vq *vq, void *buf)
                {
                    return kick_vq(vq, buf);
                }
                ```
                """);
        assertEquals("root virtio_net_tx-->vhost_send\n", Parsing.shape(note));
    }

    @Test
    void aLoneChainWhoseCalleeTheNoteDefinesIsARoot() {
        assertStartsWith("root net_setup_x-->net_client_x\n", Parsing.shape(Parsing.parse("""
                ## setup

                net_setup_x-->net_client_x

                ### net_client_x

                ```c
                int net_client_x(struct opts *o)
                {
                    return 0;
                }
                ```
                """)));
    }

    @Test
    void aLabelNamingAFunctionUnderAChainIsWhereItLandsAndABareNameAfterAChainIsARoot() {
        assertEquals("""
                root submit_xio -> make_x_request -> check_x_request -> remap_x_partition
                  call make_request_fn: queue_x_bio
                root __read_slow_x: b_end_io = end_read_sync_x
                root __read_slow_x->submit_bh_x -> submit_bh_wbc_x: bio->bi_end_io = end_bio_x
                root end_async_write_x
                root scsi_end_x_request
                  call blk_finish_x_request
                  call __blk_mq_end_x_request
                """, Parsing.shape(Parsing.parse("""
                ### submit_x
                submit_xio -> make_x_request -> check_x_request -> remap_x_partition
                make_request_fn: queue_x_bio
                Case 1. Try Merge

                # end io
                __read_slow_x: b_end_io = end_read_sync_x
                __read_slow_x->submit_bh_x -> submit_bh_wbc_x: bio->bi_end_io = end_bio_x
                end_async_write_x

                scsi_end_x_request
                blk_finish_x_request
                __blk_mq_end_x_request
                """)));
    }

    @Test
    void eachLineIsReadAlone() {
        assertEquals(Line.CHAIN, PlainChainLines.kind("sys_readahead-> ksys_readahead"));
        assertEquals(Line.CHAIN, PlainChainLines.kind("do_map_x -> map_region_x: into the tree."));
        assertEquals(Line.LABELLED, PlainChainLines.kind("Read & write - do_wp_x"));
        assertEquals(Line.LABELLED, PlainChainLines.kind("ext9: ext9_fault -> filemap_fault"));
        assertEquals(Line.BULLET, PlainChainLines.kind("* onset - munmap"));
        assertEquals(Line.NAME, PlainChainLines.kind("page_cache_ra_order(ractl, ra)"));
        assertEquals(Line.OTHER, PlainChainLines.kind("kernel -> user:"));
        assertEquals(Line.OTHER, PlainChainLines.kind("dev->pin had been set in below flow:"));
        assertEquals(Line.OTHER, PlainChainLines.kind("t->from_parent = thread->transaction_stack;"));
        assertEquals(Line.OTHER, PlainChainLines.kind("bd_contains -> block_device of gendisk"));
        assertEquals(Line.OTHER, PlainChainLines.kind("request_fn: interface between block layer and device"));
    }

    @Test
    void pastedCWithMemberAccessStaysText() {
        assertNoTrace("""
                dev->state = DEV_READY
                dev->ops->start_xmit(skb)
                priv_data->tx_ring->next_desc = 0
                """);
        assertNoTrace("""
                Reset:
                	hba->pwr_info.gear_rx = PWM_G1;
                	reg_hist->tstamp[reg_hist->pos] = ktime_get();
                	t->from_parent = thread->transaction_stack;
                """);
    }

    @Test
    void memberPathsStayText() {
        assertNoTrace("""
                adapter_priv->tx_ring->desc_count
                adapter_priv->rx_ring->desc_count
                adapter_priv->rx_ring->buf_len
                """);
    }

    @Test
    void wordsJoinedByArrowsStayText() {
        assertNoTrace("""
                Open Settings -> Advanced -> Network and pick a proxy.
                The data goes user_buf -> kernel_buf -> dev_buf and back again.
                用户态 -> 内核态 -> 驱动 的切换开销很大
                vfio_box->ops will call the ops in vfio_box_driver.
                """);
    }

    @Test
    void aListOfRenamesStaysText() {
        assertNoTrace("""
                Renamed in this release:
                spi_master_get -> spi_controller_get
                spi_master_put -> spi_controller_put
                spi_alloc_master -> spi_alloc_host
                """);
    }

    @Test
    void pointerRelationsOfAStructStayText() {
        assertNoTrace("""
                blk_dev:
                bd_inode -> FS
                bd_disk -> gendisk
                bd_contains -> block_device of gendisk
                bd_part -> hd_struct
                """);
    }

    @Test
    void aTableOfChainsStaysText() {
        assertNoTrace("""
                | path | chain |
                |------|-------|
                | read | vfs_read_x -> ext9_read_iter -> filemap_read_x |
                | write | vfs_write_x -> ext9_write_iter -> generic_perform_x |
                """);
    }

    @Test
    void aLoneTwoNameChainWithNothingSayingItCallsStaysText() {
        assertNoTrace("""
                Some words here.

                foo_init_x -> bar_setup_x

                More words.
                """);
    }

    @Test
    void aCaptionAndAStateMachineStayText() {
        assertNoTrace("""
                kernel_entry -> user_exit:
                the registers are saved first
                """);
        assertNoTrace("""
                STATE_IDLE -> STATE_RUNNING -> STATE_DONE
                STATE_DONE -> STATE_IDLE
                """);
    }

    @Test
    void eachChainRootIsNamedAfterItsLastLinkAndEachLineUnderARootIsACallOfItsFirstName() {
        Note note = Parsing.parse("""
                # writeback path
                flush_inode_x
                sync_pages_x(wbc, map)
                sys_syncfs_x-> ksys_syncfs_x
                vfs_fsync_x -> ext9_fsync_x->file_write_wait_x
                {
                        wb_fetch_x->submit_bio_x
                        or
                        wb_issue_x -> submit_bio_wait_x
                }
                do_msync_x -> __do_msync_x -> msync_range_x
                Sync: fsync_pages_x -> next_dirty_x or do_write_x
                """);
        List<Root> roots = note.traceBlocks().get(0).roots();
        assertEquals(List.of("NAME flush_inode_x", "NAME ksys_syncfs_x", "NAME file_write_wait_x", "NAME msync_range_x",
                "NAME next_dirty_x"), roots.stream().map(r -> r.kind() + " " + r.name()).toList());
        Step call = roots.get(0).body().get(0);
        assertEquals(StepKind.CALL, call.kind());
        List<Step> group = roots.get(2).body();
        assertEquals(List.of(StepKind.CALL, StepKind.CALL), group.stream().map(Step::kind)
                .filter(k -> k == StepKind.CALL).toList());
        assertTrue(group.stream().filter(st -> st.kind() == StepKind.CALL).map(Step::text).toList()
                .containsAll(List.of("wb_fetch_x->submit_bio_x", "wb_issue_x -> submit_bio_wait_x")), Parsing.shape(note));
    }

    @Test
    void aTableOfOldAndNewNamesUnderARenameCaptionStaysText() {
        assertNoTrace("""
                ## 4.1.0

                Renamed helpers:

                open_store -> attach_store_handle
                close_store -> detach_store_handle
                get_item_count -> query_item_count
                """);
        assertNoTrace("""
                Some words here.

                flush_log_entries -> flush_log_entries_all
                trim_log_x -> trim_log_tail_x

                More words.
                """);
        assertNoTrace("""
                Replaced in this version:
                load_cache -> fill_cache_entries
                drop_cache -> evict_cache_entries
                """);
    }

    @Test
    void aLoneChainWhoseLastNameTheProseMentionsStaysText() {
        assertNoTrace("""
                The message goes like this:

                recv_packet -> decode_frame -> dispatch_event

                Later dispatch_event(msg) hands it to a worker.
                """);
        assertNoTrace("""
                Type notes:

                open_source -> split_rows -> drop_blanks
                split_rows(text) returns a list.
                """);
    }

    @Test
    void aLoneChainBetweenTwoFencesOfShellStaysText() {
        assertNoTrace("""
                Deploy:

                ```sh
                make bundle
                ```

                bundle_site -> upload_site

                ```sh
                make upload
                ```
                """);
    }

    @Test
    void aFluentMethodChainOfBareNamesStaysText() {
        assertNoTrace("""
                Calling the reader:

                $rd->next_row->trim_all
                row_reader->next_row->trim_text

                See also next_row.
                """);
    }
}
