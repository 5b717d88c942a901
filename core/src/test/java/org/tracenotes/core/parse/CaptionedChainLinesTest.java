package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;
import org.tracenotes.core.model.TraceBlock;

/**
 * A call chain on one line of a note's prose after a caption that names it ({@code 函数调用：a()→b()→c()},
 * {@code Call path: a() -> b()}): the chain is a root of its own, named after its last link, whether the
 * line is a paragraph, a line inside one or a list item; the words around it stay prose. Made-up fragments.
 */
class CaptionedChainLinesTest {

    /** The roots read in {@code text}, as {@code name} on a line each. */
    private static String roots(String text) {
        Note note = Parsing.parse(text);
        StringBuilder out = new StringBuilder();
        for (TraceBlock b : note.traceBlocks()) {
            for (Root r : b.roots()) {
                out.append(r.name()).append(r.body().isEmpty() ? "" : " +" + r.body().size()).append('\n');
            }
        }
        return out.toString();
    }

    @Test
    void aChineseCaptionBeforeAChainOfCallsJoinedByArrowsIsARootPerLine() {
        assertEquals("lock_range\nfill_pages\n", roots("""
                # 页面

                函数调用：start_request()→prepare_pages()→lock_range()

                这里锁住一段区间，之后才能填充页面。

                函数调用：start_request()→prepare_pages()→fill_pages()

                填充页面，每页一次。
                """));
    }

    @Test
    void captionsInEnglishWithSpacedArrowsReadTheSame() {
        for (String line : List.of("Call path: start_request() -> prepare_pages() -> lock_range()",
                "call chain: start_request() => prepare_pages() => lock_range()",
                "Code flow: `start_request()` --> `prepare_pages()` --> `lock_range()`",
                "调用链: start_request() -> prepare_pages() -> lock_range()",
                "**调用路径**：start_request() → prepare_pages() → lock_range()")) {
            assertEquals("lock_range\n", roots("# Pages\n\nSome words first.\n\n" + line + "\n\nWhat the range lock is for.\n"), line);
        }
    }

    @Test
    void aCaptionedChainInsideAParagraphOrAListItemIsOneToo() {
        assertEquals("lock_range\n", roots("""
                # Pages

                The pages are prepared first, then locked.
                调用链：start_request()→prepare_pages()→lock_range()
                After that the range cannot move.
                """));
        assertEquals("lock_range\n", roots("""
                # Pages

                - 调用链：start_request()→prepare_pages()→lock_range()
                - the lock keeps the range in place
                """));
    }

    @Test
    void captionsThatNameNoPathOrChainsOfNoCallsStayProse() {
        for (String line : List.of("Example: start_request() -> prepare_pages() -> lock_range()",
                "Note: call start_request() -> then prepare_pages()",
                "Data flow: user -> kernel -> disk",
                "调用顺序：先 start_request()，再 prepare_pages()",
                "Call path: start_request() -> prepare_pages() is the one we take",
                "Call path: see https://example.org/a->b")) {
            assertEquals("", roots("# Pages\n\nSome words first.\n\n" + line + "\n\nMore words after.\n"), line);
        }
    }

    @Test
    void captionWordsCountOnlyWholeAndBareFlowsOrPathsOfPhasesAreNoCallChains() {
        for (String line : List.of("Order flow: `open_cart()` → `pay_order()` → `ship_box()`",
                "- Boot path: `power_on()` → `load_kernel()` → `start_shell()`",
                "Playback: `on_start()` -> `on_frame()` -> `on_stop()`",
                "Pipelines: `fetch_all()` -> `sort_all()` -> `print_all()`",
                "Stacktrace: `cli_main()` -> `cli_run()` -> `cli_exit()`")) {
            assertEquals("", roots("# Guide\n\nWhat the app does.\n\n" + line + "\n\nMore words after.\n"), line);
        }
        assertEquals("lock_range\n", roots("# Pages\n\nSome words.\n\n"
                + "Calls: start_request() -> prepare_pages() -> lock_range()\n\nMore words.\n"));
    }

    @Test
    void aCaptionedChainEndingInAMemberCallIsNoRoot() {
        assertEquals("", roots("""
                # 用法

                一些说明。

                调用链：`conn.open()` → `conn.send()` → `conn.shut()`

                更多说明。
                """));
    }

    @Test
    void callsJoinedByDrawnArrowsAloneInAParagraphNeedAKernelName() {
        assertEquals("", roots("""
                # Widgets

                The hooks fire in this order:

                `setup()` → `paint()` → `teardown()`

                Then the widget is gone.
                """));
        assertEquals("lock_range\n", roots("""
                # Pages

                Some words.

                `start_request()` → `prepare_pages()` → `lock_range()`

                More words.
                """));
    }
}
