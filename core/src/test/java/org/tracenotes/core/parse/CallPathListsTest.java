package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Markdown lists of code names outside fences read as call paths ({@code CallPathLists} in the grammar,
 * {@link CallPathDepths}): a flat list under a caption naming a call path, each item called by the one above and
 * the caption the root; a numbered list whose items name a function and its file, the first item the root; a bare
 * name line over a list at its own column, the items its calls. Lists of features, files, options, install steps,
 * a changelog, a table of contents and an API's functions with their descriptions stay text. Every fragment is
 * made up.
 */
class CallPathListsTest {

    private static void assertRead(String expected, String text) {
        Note note = Parsing.parse(text);
        assertEquals(expected, Parsing.shape(note), text);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), () -> text + "\n=> " + Parsing.shape(note));
    }

    @Test
    void aQuotedNumberedListUnderACallChainCaptionIsAChainUnderTheCaption() {
        assertRead("root Call chain:\n  call `widget_main()` in src/main.c\n    call `widget_run()` in src/run.c\n"
                + "      call `widget_step()` in src/step.c\n",
                "Some words.\n\n> Call chain:\n> 1. `widget_main()` in src/main.c\n> 2. `widget_run()` in src/run.c\n"
                + "> 3. `widget_step()` in src/step.c\n");
    }

    @Test
    void anEmptyQuoteLineMayStandBetweenACaptionInChineseAndItsBullets() {
        assertRead("root 调用链：\n  call `widget_open()`\n    call `widget_lookup()`\n",
                "Some words.\n\n> 调用链：\n>\n> * `widget_open()`\n> * `widget_lookup()`\n");
    }

    @Test
    void aCaptionedListInsideAListItemIsReadAtItsColumn() {
        assertRead("root Call path:\n  call widget_open\n    call widget_lookup\n      call widget_hash\n",
                "1. Open the widget\n\n   Call path:\n\n   - widget_open\n   - widget_lookup\n   - widget_hash\n\n   More words.\n");
    }

    @Test
    void underACaptionAPlainWordAmongCodeNamesIsACallToo() {
        assertRead("root Call path\n  call schedule\n    call __widget_schedule\n      call widget_pick_next\n",
                "Call path\n\n- schedule\n- __widget_schedule\n- widget_pick_next\n");
    }

    @Test
    void aNumberedListOfCallsWithTheirFilesIsAChainFromItsFirstItem() {
        assertRead("root widget_write()  : net/widget.c\n  call widget_send():net/send.c\n    call widget_xmit(skb):net/xmit.c\n",
                "Paths:\n\n    1 widget_write(): net/widget.c\n    2 widget_send():net/send.c\n    3 widget_xmit(skb):net/xmit.c\n");
    }

    @Test
    void underACaptionAnItemMaySayWhatItDoesBeforeItsFile() {
        assertRead("root 调用链：\n  call widget_write  ：写入数据 net/widget.c\n    call widget_send:net/send.c\n      call widget_xmit  ：发送。net/xmit.c\n",
                "调用链：\n\n1 widget_write：写入数据 net/widget.c\n2 widget_send:net/send.c\n3 widget_xmit：发送。net/xmit.c\n");
    }

    @Test
    void aNumberedListOfFilesWithTheirPathsStaysText() {
        assertNoTrace("Files to touch:\n\n1. `parser.py` in app/parser.py\n2. `render.py` in app/render.py\n3. `store.py` in app/store.py\n");
        assertNoTrace("1. lexer.c: lib/lexer.c\n2. table.c: lib/table.c\n3. emit.c: lib/front/emit.c\n");
    }

    @Test
    void withoutACaptionItemsNamingNoCallOrWithWordsBeforeTheirPathStayText() {
        assertNoTrace("### Changed\n\n1. slow_start: rewritten in lib/net.c\n2. bad_free: removed from lib/pool.c\n"
                + "3. leak_fix: moved to lib/alloc.c\n");
        assertNoTrace("1) store.open: src/store.rs\n2) store.flush: src/store.rs\n3) app.run: bin/app.rs\n");
        assertNoTrace("1. `key_map` in src/keys.c\n2. `help_doc` in docs/help.md\n3. `opts_table` in src/opts.c\n");
        assertNoTrace("1. widget_open(): fixed in src/open.c\n2. widget_read(): sped up in src/read.c\n"
                + "3. widget_close(): see src/close.c\n");
    }

    @Test
    void aNumberedListWithFilesAfterInNeedsNoCaption() {
        assertRead("root `widget_main()` in src/main.c\n  call `widget_run()` in src/run.c\n    call `widget_step()` in src/step.c\n",
                "Startup:\n1. `widget_main()` in src/main.c\n2. `widget_run()` in src/run.c\n3. `widget_step()` in src/step.c\n");
    }

    @Test
    void aBareNameLineOverANestingListAtItsColumnIsTheItemsRoot() {
        assertRead("root widget_send\n  call widget_pack\n    call widget_checksum\n  call widget_queue\n",
                "Intro.\n\nwidget_send\n- widget_pack\n  - widget_checksum\n- widget_queue\n");
    }

    @Test
    void aBareNameLineOverAFlatListAtItsColumnIsAGroupOfKeysOrHooks() {
        assertNoTrace("widget_send\n- widget_pack\n- widget_queue\n");
        assertNoTrace("Intro.\n\npool_limits\n- max_widgets\n- idle_seconds\n- retry_count\n");
        assertNoTrace("env_names\n- widget_home\n- widget_cache_dir\n");
        assertNoTrace("legacy_calls()\n- widget_get()\n- widget_put()\n");
    }

    @Test
    void aNameLineOverItemsNestedByATabIsTheirRoot() {
        assertRead("root widget_send()\n  call widget_pack()\n    call widget_checksum()\n  call widget_queue()\n",
                "widget_send()\n- widget_pack()\n\t- widget_checksum()\n- widget_queue()\n");
    }

    @Test
    void aNameInBoldOrInACodeSpanOverAFlatListIsAModulesApi() {
        assertNoTrace("**widget_send**\n- widget_pack\n- widget_queue\n");
        assertNoTrace("`widget_send`\n* widget_pack\n* widget_queue\n");
    }

    @Test
    void listsOfFeaturesOptionsAndAChangelogStayText() {
        assertNoTrace("Features:\n- fast_path support\n- small\n");
        assertNoTrace("Options:\n- CONFIG_FOO\n- CONFIG_BAR_BAZ\n");
        assertNoTrace("## 1.2\n- fixed widget_open leak\n- added widget_close()\n");
    }

    @Test
    void aTableOfContentsStaysText() {
        assertNoTrace("## Contents\n- [widget_open](#widget_open)\n- [widget_close](#widget_close)\n- [widget_read](#widget_read)\n");
    }

    @Test
    void installStepsWithCommandsStayText() {
        assertNoTrace("1. make\n2. make install\n3. ./widget_tool\n");
        assertNoTrace("1. read the notes in docs/intro.md\n2. read the code in src/widget.c\n3. run tests in test/widget.c\n");
    }

    @Test
    void anApisFunctionsWithSentencesStayText() {
        assertNoTrace("## Functions\n\n- widget_open(): opens a widget.\n- widget_close(): closes it.\n");
    }

    @Test
    void aNumberedListOfNamesWithoutFilesOrCaptionStaysText() {
        assertNoTrace("1. `widget_open()`\n2. `widget_read()`\n3. `widget_close()`\n");
    }

    @Test
    void aCallChainCaptionOverWordsOrInsideAParagraphIsNoPath() {
        assertNoTrace("Call chain:\n- first the widget opens\n- then it closes\n");
        assertNoTrace("Some words before\nthe call chain\n- widget_a_x\n- widget_b_x\n");
        assertNoTrace("Call stack:\n- widget_fault+0x1c/0x40\n- widget_handle+0x20/0x80\n");
    }

    @Test
    void aCallStackCaptionOrATitleGoingOnPastTheWordsIsNoPath() {
        assertNoTrace("Intro.\n\nCall stack:\n- `memcpy()`\n- `widget_grow()`\n- `widget_feed()`\n- `main()`\n");
        assertNoTrace("Intro.\n\n调用栈：\n- widget_fault\n- widget_handle\n");
        assertNoTrace("Call chain depth\n\n* stack_limit_kb\n* frame_size_max\n");
        assertNoTrace("Call path options:\n- trace_calls\n- trace_returns\n");
    }

    @Test
    void aQuotedListWithoutACaptionStaysText() {
        assertNoTrace("> - widget_a_x\n> - widget_b_x\n");
    }

    @Test
    void aCaptionOverANestedListIsNoFlatPath() {
        assertNoTrace("Call chain:\n- widget_open\n  - widget_lookup\n- widget_close\n");
    }
}
