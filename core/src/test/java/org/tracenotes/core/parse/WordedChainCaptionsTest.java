package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Chains of steps in words under captions in a plain-text note ({@code alloc struct x -> call f() -> ...}):
 * each caption a root, each line under it one step in words, a line under a link of the line above that line's
 * step. Menu paths, state sequences, a migration guide's arrows and sentences with arrows stay prose; captions
 * over chains of calls keep their own reading. Every fragment is made up.
 */
class WordedChainCaptionsTest {

    @Test
    void captionsOverChainsInWordsAreRootsOverStepsInWords() {
        assertEquals("""
                root widget core sets up the bus: build the list
                  prose alloc struct wbus -> scan the bus -> new widget -> add to the widget list
                    prose hub -> alloc struct widget -> scan the hub -> ...
                root the driver
                  prose alloc struct wdriver -> call wdrv_register() -> add to the driver list
                  loop 遍历 widget 链表 -> wbind_one() -> point the widget at the driver
                    prose add the widget to its own list
                """, Parsing.shape(Parsing.parse("""
                notes on the widget bus

                widget core sets up the bus: build the list
                    alloc struct wbus -> scan the bus -> new widget -> add to the widget list
                                                         hub -> alloc struct widget -> scan the hub -> ...
                the driver
                    alloc struct wdriver -> call wdrv_register() -> add to the driver list
                    遍历 widget 链表 -> wbind_one() -> point the widget at the driver
                                                   -> add the widget to its own list

                more words here.
                """)));
    }

    @Test
    void aGroupOfSentencesAfterTheChainsIsStepsInWordsToo() {
        assertEquals("""
                root probe path
                  prose take struct wdev -> call wprobe() -> keep the result
                root remove path
                  prose take struct wdev -> call wremove() -> drop the result
                root hot plug
                  prose when a widget comes, it looks for its driver
                  prose when a driver comes, it looks for its widgets
                """, Parsing.shape(Parsing.parse("""
                probe path
                    take struct wdev -> call wprobe() -> keep the result
                remove path
                    take struct wdev -> call wremove() -> drop the result
                hot plug
                  when a widget comes, it looks for its driver
                  when a driver comes, it looks for its widgets
                """)));
    }

    @Test
    void menuPathsUnderCaptionsStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                To turn it on
                    Settings -> Advanced options -> Network -> Proxy
                To turn it off
                    Settings -> Advanced options -> Network -> No proxy
                """)));
    }

    @Test
    void stateSequencesUnderCaptionsStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                A job's life
                    created -> queued for a worker -> running -> done
                A failed job
                    created -> queued for a worker -> running -> failed -> retried
                """)));
    }

    @Test
    void oneCaptionedChainAloneStaysProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The upgrade
                    stop the service -> call migrate_db() -> start version two

                Then check the logs.
                """)));
    }

    @Test
    void sentencesHoldingArrowsStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Migration guide
                    The old field moved, so old_name -> new_name in every config file you keep around. -> see below -> done
                What changed
                    We renamed it; load() -> read() is the whole change, and nothing else moved at all. -> ok -> fine
                """)));
    }

    @Test
    void perlMethodChainsUnderBracesAreNoChainsInWords() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                if ($wide) {
                    $w -> dup_it() -> grow_by() -> trim_it() # wider
                } else {
                    $w -> dup_it() -> shrink_by() -> trim_it() # narrower
                }
                """)));
    }

    @Test
    void commentsOfIndentedPythonAreNoChainsInWords() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The loader:

                    class Widgets:
                        # open the store -> read the rows -> check_rows()
                        pass
                    class Gadgets:
                        # open the store -> read the rows -> check_struct()
                        pass
                """)));
    }

    @Test
    void yamlKeysHoldingArrowsAreNoChainsInWords() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                pack:
                    summary: get the parts -> build them all -> pack_it()
                ship:
                    summary: take struct box -> load the van -> ship_it()
                """)));
    }

    @Test
    void flowsNamingCodeInOneGroupOnlyStayProse() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The request path:
                    phone -> edge proxy -> serve_page() -> the database
                The answer path:
                    the database -> fill the page -> phone
                """)));
    }

    @Test
    void numberedItemsAreNoChainLines() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                Start:
                    1. take struct conf -> open the port -> wait_for_it()
                Stop:
                    2. take struct conf -> close the port -> drop_it()
                """)));
    }

    @Test
    void oneWordColonCaptionsAreRootsEach() {
        assertEquals("""
                root attach:
                  prose take struct gdev -> call gattach() -> keep the handle
                root detach:
                  prose take struct gdev -> call gdetach() -> drop the handle
                """, Parsing.shape(Parsing.parse("""
                attach:
                    take struct gdev -> call gattach() -> keep the handle
                detach:
                    take struct gdev -> call gdetach() -> drop the handle
                """)));
    }
}
