package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A Markdown walkthrough of a code path outside fences: a heading per stage, the functions it runs as bold
 * numbered lines naming code, {@code (n)} sub-steps in words under them, a sub-step's code in a code span
 * on the next line ({@code org.tracenotes.grammar.BoldWalkSections}, {@link BoldWalkDepths}). Numbered
 * instructions, FAQs, changelogs and option lists in bold stay text. Every fragment is made up.
 */
class BoldWalkthroughsTest {

    @Test
    void boldFunctionStepsNestUnderTheirStageHeadingByTheirNumbers() {
        assertEquals("""
                root 4.1 LOAD stage (loader -> store)
                  call Loader::readBlock
                    prose (1) look the block up in the index
                    prose (2) read it: HDR + payload
                  call Loader::commit
                    call Loader::flushIndex
                      prose (1) pack the entries into an `idx_page`
                        assign page->count = idx_count(ix);
                      prose (2) write the page
                        call store_write(st, page, PAGE_SIZE)
                    call store_sync
                      prose (1) wait for the device
                        call wait_event(st->wq, st->idle)
                root 4.2 EVICT stage (store -> loader)
                  call store_evict -> loader_forget
                    prose (1) drop the oldest page
                """, Parsing.shape(Parsing.parse("""
                # Loader notes

                #### 4.1 LOAD stage (loader -> store)

                **1. Loader::readBlock** \s
                (1) look the block up in the index \s
                (2) read it: HDR + payload \s

                **2. Loader::commit** \s

                **2.1 Loader::flushIndex** \s
                (1) pack the entries into an `idx_page` \s
                `page->count = idx_count(ix);` \s
                (2) write the page \s
                `store_write(st, page, PAGE_SIZE)` \s

                **2.2 store_sync** \s
                (1) wait for the device \s
                `wait_event(st->wq, st->idle)` \s

                #### 4.2 EVICT stage (store -> loader)

                **1. store_evict -> loader_forget** \s
                (1) drop the oldest page \s

                ## 5. Summary
                """)));
    }

    @Test
    void sentencesAndIndentedCodeUnderABoldStepAreRemarksNotSteps() {
        assertEquals("""
                root 3.1 Flush path (cache -> disk)
                  call Cache::flushDirty
                    prose (1) collect the dirty pages
                      assign n = collect_dirty(cache, list);
                    prose (2) hand them to the writer
                  call writer_submit -> writer_queue_io
                  call writer_complete
                    prose (1) mark the pages clean
                      call clear_dirty(page)
                root 3.2 Sync path
                  call sync_all
                    prose (1) wait for the writer
                """, Parsing.shape(Parsing.parse("""
                ### 3.1 Flush path (cache -> disk)

                **1. Cache::flushDirty** \s
                (1) collect the dirty pages \s
                `n = collect_dirty(cache, list);` \s
                (2) hand them to the writer \s

                **2. writer_submit -> writer_queue_io** \s
                Nothing else happens here, it only queues.

                **3. writer_complete** \s
                (1) mark the pages clean \s
                `clear_dirty(page)` \s

                    struct flush_req {
                        int pages;
                    };

                ### 3.2 Sync path

                **1. sync_all** \s
                (1) wait for the writer \s
                """)));
    }

    @Test
    void numberedInstructionsInBoldStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Setup

                **1. Install the package** \s
                (1) download the archive \s
                (2) unpack it \s

                **2. Configure the service** \s
                (1) edit the config file \s
                `cp sample.conf app.conf` \s

                **3. Start the service** \s
                `systemctl start app` \s
                """)));
    }

    @Test
    void boldQuestionsOfAnFaqStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ### FAQ

                **1. Why does build_cache grow?** \s
                Because every run keeps its objects.

                **2. How do I reset the_cache?** \s
                `make clean_cache`

                **3. Where is cache_dir kept?** \s
                (1) under the home folder
                """)));
    }

    @Test
    void aChangelogsBoldVersionsStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Changelog

                **1.2.0** \s
                (1) added retries \s
                (2) fixed a crash in `parse_args()` \s

                **1.1.0** \s
                (1) first release \s
                """)));
    }

    @Test
    void optionNamesInBoldWithoutSubStepsOrCodeStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Options

                **1. max_retries** \s
                How many times a request is tried again.

                **2. retry_delay** \s
                Seconds between tries.

                **3. log_level** \s
                One of debug, info, warn.
                """)));
    }

    @Test
    void proseWithInlineCodeStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                #### Reading the code

                The function `widget_open()` calls `widget_lookup()` first, then
                `widget_bind()` to attach it.

                **1. widget_open**, **2. widget_bind** and **3. widget_close** are the whole API.
                """)));
    }

    @Test
    void twoBoldFunctionStepsAreTooFewToTellAWalkthrough() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                #### Stage A

                **1. foo_init** \s
                (1) set up the table \s
                `foo_setup(tbl)` \s

                **2. foo_run** \s
                (1) run the loop \s
                """)));
    }

    @Test
    void aSectionThatOpensWithAParagraphStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                #### Stage B

                This stage is where the frames go out.

                **1. net_tx_start** \s
                (1) lock the queue \s
                `spin_lock(&q->lock)` \s

                **2. net_tx_push** \s
                (1) push the frame \s

                **3. net_tx_kick** \s
                (1) ring the doorbell \s
                """)));
    }

    @Test
    void aTabIndentedSubStepStaysASubStepWithItsCode() {
        assertEquals("""
                root 1.1 RECV stage
                  call Port::readFrame
                    prose (1) take the frame off the ring
                      call ring_pop(rx, &fr)
                  call Port::deliver
                    call Port::route
                      prose (1) find the socket
                      prose (2) queue it
                """, Parsing.shape(Parsing.parse("""
                ## 1.1 RECV stage

                **1. Port::readFrame**
                \t(1) take the frame off the ring
                \t`ring_pop(rx, &fr)`
                **2. Port::deliver**
                **2.1 Port::route**
                (1) find the socket
                (2) queue it
                """)));
    }

    @Test
    void aTuningGuideOfSettingsWithExamplesStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Cache settings

                **1. cache_size_mb**
                (1) begin with an eighth of the memory
                `cache_size_mb = 512`

                **2. flush_interval**
                (1) lower it for busy disks
                `flush_interval = 30`

                **3. max_open_files**
                `max_open_files = 2048`
                """)));
    }

    @Test
    void environmentVariablesWithExamplesStayTextWithOrWithoutSubSteps() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Environment

                **1. QUEUE_HOST**
                `QUEUE_HOST=amqp://broker/main`

                **2. QUEUE_USER**
                `QUEUE_USER=worker`

                **3. QUEUE_PASS**
                `QUEUE_PASS=secret`
                """)));
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Environment

                **1. QUEUE_HOST**
                (1) the broker's address
                `QUEUE_HOST=amqp://broker/main`

                **2. QUEUE_USER**
                (1) the account the worker logs in with
                `QUEUE_USER=worker`

                **3. QUEUE_PASS**
                `QUEUE_PASS=secret`
                """)));
    }

    @Test
    void anApiReferenceOfCallsWithOneExampleEachStaysText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ### Helpers

                **1. read_table(name)**
                Reads a table from the store.
                `read_table("users")`

                **2. drop_nulls(tbl)**
                Removes the empty rows.
                `drop_nulls(tbl)`

                **3. write_table(tbl, name)**
                Stores the table again.
                `write_table(tbl, "users")`
                """)));
    }

    @Test
    void boldMenuPathsWithStepsStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Pairing a headset

                **1. Preferences -> Bluetooth**
                (1) Open Preferences from the dock.
                (2) Choose Bluetooth in the list.
                `Bluetooth` must be on.

                **2. Bluetooth -> Devices**
                (1) Press Connect.

                **3. Devices -> Sound**
                (1) Pick the headset as output.
                """)));
    }

    @Test
    void snakeCaseTitlesOfATutorialOrAChangelogStayText() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## Part 1

                **1. fetch_sources**
                (1) Clone the repository.
                (2) Check out the tag.

                **2. build_all**
                (1) Run the build.

                **3. start_app**
                (1) Open the page.
                """)));
        assertEquals("", Parsing.shape(Parsing.parse("""
                ## 3.0.0

                **1. load_conf() now takes a path**
                (1) old callers must change.

                **2. legacy_sync removed**
                `sync_all()` takes its place.

                **3. Store::open(name) may throw**
                (1) catch the error.
                """)));
    }
}
