package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Call trees written as Markdown dash lists in a code fence: a bare name or call at column 0 is a root,
 * {@code - } items at that column its calls, each two columns deeper a level down; {@code #} lines are
 * captions and a trailing {@code # words} a remark on its step. Lists that are no call tree (YAML, options
 * in sentences, a diff, names of things, items with no root) keep their reading. Every fragment is made up.
 */
class DashListTreesTest {

    @Test
    void dashItemsUnderABareNameAreItsCallsAndTheirCallees() {
        assertEquals("""
                root widget_open
                  call widget_lookup
                    call widget_hash(name)
                    assign w->state = W_OPEN  # mark it open
                  call widget_attach
                    call attach_ops(w)  # the ops table
                root widget_close
                  call widget_detach
                """, Parsing.shape(Parsing.parse("""
                ```c
                # open a widget
                widget_open
                - widget_lookup
                  - widget_hash(name)
                  - w->state = W_OPEN # mark it open
                - widget_attach
                  - attach_ops(w); # the ops table

                # close a widget
                widget_close
                - widget_detach
                ```
                """)));
    }

    @Test
    void captionsAreCommentsNoSteps() {
        Note note = Parsing.parse("""
                ```c
                # open a widget
                widget_open
                - widget_lookup
                  - widget_hash(name)
                ```
                """);
        assertEquals(1, Parsing.onlyBlock(note).roots().size());
        assertEquals("widget_open", Parsing.onlyRoot(note).text());
    }

    @Test
    void anItemBackAtAShallowerColumnIsACallOfThatLevel() {
        assertEquals("""
                root queue_flush(q)
                  call queue_lock(q)
                  if if (q->count == 0)
                    return return 0
                  call drain_one(q)  # the slow part
                    prose ...
                    assign item->next = NULL
                      call free_item(item)
                  call queue_unlock(q)
                """, Parsing.shape(Parsing.parse("""
                ```
                queue_flush(q)
                - queue_lock(q)
                - if (q->count == 0)
                  - return 0
                - drain_one(q)  # the slow part
                  - ...
                  - item->next = NULL
                    - free_item(item)
                - queue_unlock(q)
                ```
                """)));
    }

    @Test
    void fourFlatItemsOfCallsUnderARootAreATree() {
        assertEquals("""
                root map_page
                  call find_vma(mm, addr)
                  call pte_alloc(mm, pmd)
                  call set_pte_at(mm, addr, pte)
                  call flush_tlb_page(vma, addr)
                """, Parsing.shape(Parsing.parse("""
                ```c
                // map a page
                map_page
                - find_vma(mm, addr)
                - pte_alloc(mm, pmd)
                - set_pte_at(mm, addr, pte)
                - flush_tlb_page(vma, addr)
                ```
                """)));
    }

    @Test
    void aTabAfterTheBulletIsReadAsItsBlank() {
        String expected = """
                root mount_volume(v)
                  call volume_lookup(v)
                    call volume_hash(v->name)
                  call volume_attach(v)
                """;
        assertEquals(expected, Parsing.shape(Parsing.parse("""
                ```
                mount_volume(v)
                -\tvolume_lookup(v)
                \t-\tvolume_hash(v->name)
                -\tvolume_attach(v)
                ```
                """)));
        assertEquals(expected, Parsing.shape(Parsing.parse("""
                ```
                mount_volume(v)
                -\tvolume_lookup(v)
                  -\tvolume_hash(v->name)
                - volume_attach(v)
                ```
                """)));
    }

    @Test
    void aFlatListOfCallsUnderANameInAPlainFenceStaysAListing() {
        assertNoTrace("""
                ```
                session_pool
                - open_session(user)
                - close_session(id)
                - renew_session(id, ttl)
                - count_sessions()
                ```
                """);
        assertNoTrace("""
                ```text
                session_pool
                - open_session(user)
                - close_session(id)
                - renew_session(id, ttl)
                - count_sessions()
                ```
                """);
    }

    @Test
    void aFlatListIsATreeUnderACaptionOrInACFence() {
        String expected = """
                root start_session
                  call pool_take(pool)
                  call auth_check(user)
                  call ttl_arm(s, ttl)
                  call log_open(s)
                """;
        assertEquals(expected, Parsing.shape(Parsing.parse("""
                ```
                // hand out a session
                start_session
                - pool_take(pool)
                - auth_check(user)
                - ttl_arm(s, ttl)
                - log_open(s)
                ```
                """)));
        assertEquals(expected, Parsing.shape(Parsing.parse("""
                ```cpp
                start_session
                - pool_take(pool)
                - auth_check(user)
                - ttl_arm(s, ttl)
                - log_open(s)
                ```
                """)));
    }

    @Test
    void aYamlListInAFenceStaysAListing() {
        assertNoTrace("""
                ```yaml
                steps:
                  - name: build
                    run: make
                  - name: test_all
                    run: make check
                ```
                """);
        assertNoTrace("""
                ```
                steps:
                  - name: build
                    run: make
                  - name: test_all
                    run: make check
                ```
                """);
    }

    @Test
    void optionsInSentencesStayText() {
        assertNoTrace("""
                ```text
                Options
                - Use the --fast flag to skip checks.
                - Set the cache_dir before running.
                  - Leave it empty for the default.
                - Run it twice.
                ```
                """);
    }

    @Test
    void aShellScriptWithDiffLinesStaysAListing() {
        assertNoTrace("""
                ```sh
                # show what changed
                git diff
                - old_line(a);
                + new_line(a);
                ```
                """);
        assertNoTrace("""
                ```
                # show what changed
                show_diff
                - old_line(a);
                + new_line(a);
                ```
                """);
    }

    @Test
    void namesOfThingsWithNoCallStayText() {
        assertNoTrace("""
                ```c
                supported_boards
                - board_a
                - board_b
                  - board_b_rev2
                - board_c
                ```
                """);
    }

    @Test
    void itemsWithNoRootOrBesideCodeKeepTheirReading() {
        assertNoTrace("""
                ```c
                - widget_open
                  - widget_hash(name)
                  - w->state = W_OPEN
                - widget_close
                ```
                """);
        assertNoTrace("""
                ```c
                #include <widget.h>
                widget_open
                - widget_hash(name)
                  - w->state = W_OPEN
                ```
                """);
    }

    @Test
    void aPlainMarkdownListOutsideFencesStaysText() {
        assertNoTrace("""
                Notes:

                widget_open
                - widget_lookup
                  - widget_hash(name)
                - widget_attach
                  - attach_ops(w);
                """);
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }
}
