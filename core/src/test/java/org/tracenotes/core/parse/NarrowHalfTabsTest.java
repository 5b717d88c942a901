package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A two-column staircase whose deeper levels are typed as a tab and spaces, tabs four wide, some of them a
 * tab and four to seven spaces: read four wide when the block's own steps say so, against the half-tab
 * lines that usually mean eight. Every fragment is made up.
 */
class NarrowHalfTabsTest {

    /** Code quoted elsewhere in a note, aligned for tabs eight wide: the note's evidence for eight. */
    private static final String QUOTED_CODE = String.join("\n",
            "```c",
            "static int pipe_ok(int a)",
            "{",
            "\tif (pipe_full(a) &&",
            "\t    pipe_busy(a))",
            "\t\treturn pipe_wait_x(a,",
            "\t\t    0);",
            "\treturn 0;",
            "}",
            "```");

    @Test
    void anIndentedStaircaseWhoseHalfTabLinesLandOnTheStepOnlyFourWideIsReadFourWide() {
        String note = String.join("\n",
                "### Block path",
                "",
                "    -> blk_start       block/a.c",
                "      -> blk_queue     block/a.c",
                "        -> blk_plug    block/b.c",
                "\t      -> blk_merge     block/b.c",
                "\t\t    -> blk_hash     block/b.c;remark",
                "\t          -> blk_sort   block/b.c;remark",
                "\t\t\t  -> blk_tail     block/b.c;remark",
                "",
                "Words after.",
                "");
        assertEquals("""
                root\s
                  call blk_start  block/a.c
                    call blk_queue  block/a.c
                      call blk_plug  block/b.c
                        call blk_merge  block/b.c
                          call blk_hash     block/b.c;remark
                            call blk_sort   block/b.c;remark
                            call blk_tail     block/b.c;remark
                """, Parsing.shape(Parsing.parse(note)));
    }

    @Test
    void aFencedStaircaseOutweighsQuotedCodeAlignedEightWide() {
        String trace = String.join("\n",
                "```",
                "pipe_read",
                "  -> pipe_lock",
                "    -> pipe_wait",
                "      -> pipe_wake",
                "\t    -> pipe_wake_one",
                "\t\t  -> pipe_tail",
                "\t\t\t-> pipe_tail_one",
                "          -> pipe_head",
                "```");
        assertEquals("""
                root pipe_read
                  call pipe_lock
                    call pipe_wait
                      call pipe_wake
                        call pipe_wake_one
                          call pipe_tail
                            call pipe_tail_one
                          call pipe_head
                """, Parsing.shape(Parsing.parse(trace + "\n\nWords.\n\n" + QUOTED_CODE + "\n")));
    }

    @Test
    void halfTabStepsThatKeepTheStepEightWideStillSayEight() {
        String trace = String.join("\n",
                "```",
                "--> ring_setup(ctx);",
                "    --> ring_alloc(ctx)",
                "        --> ring_map(ctx, size);",
                "\t--> switch (ctx->mode)",
                "\t\tcase RING_FAST:",
                "\t\t    --> ring_fast(ctx);",
                "",
                "ring_map()",
                "    --> ring_lock(ctx);",
                "    --> list_for_each(pos, &ctx->pages)",
                "\t\tring_page(pos);",
                "\t\t    --> ring_pin(pos);",
                "\t--> if (!ctx->ready)",
                "\t\tgoto out;",
                "```");
        assertEquals("""
                root\s
                  call ring_setup(ctx)
                    call ring_alloc(ctx)
                      call ring_map(ctx, size)
                      switch switch (ctx->mode)
                        case case RING_FAST:
                          call ring_fast(ctx)
                root ring_map()
                  call ring_lock(ctx)
                  loop list_for_each(pos, &ctx->pages)
                    call ring_page(pos)
                      call ring_pin(pos)
                    if if (!ctx->ready)
                      goto goto out
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void continuationLinesTabbedEightWideKeepTheBlockEightWide() {
        String trace = String.join("\n",
                "```",
                "ring_submit",
                "    --> ring_check(ctx,",
                "\t    flags);",
                "    --> ring_go(ctx)",
                "\t--> ring_kick(ctx,",
                "\t\t    now);",
                "\t    --> ring_done(ctx)",
                "```");
        assertEquals("""
                root ring_submit
                  call ring_check(ctx, flags)
                  call ring_go(ctx)
                    call ring_kick(ctx, now)
                      call ring_done(ctx)
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void aStaircaseWhoseSpacesShowTheStepOnlyOnceKeepsEight() {
        String trace = String.join("\n",
                "```",
                "-> disk_submit",
                "  -> disk_queue",
                "\t      -> disk_plug",
                "\t\t    -> disk_merge",
                "\t          -> disk_hash",
                "\t\t\t  -> disk_sort",
                "```");
        assertEquals("""
                root\s
                  call disk_submit
                    call disk_queue
                      call disk_plug
                        call disk_merge
                        call disk_hash
                          call disk_sort
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void twoLinesOffTheStepEightWideAreTooFewAgainstTheBlocksOwnHalfTabs() {
        String note = String.join("\n",
                "    -> blk_start",
                "      -> blk_queue",
                "        -> blk_plug",
                "\t      -> blk_merge",
                "\t\t    -> blk_hash",
                "\t          -> blk_sort",
                "");
        assertEquals("""
                root\s
                  call blk_start
                    call blk_queue
                      call blk_plug
                        call blk_merge
                          call blk_hash
                          call blk_sort
                """, Parsing.shape(Parsing.parse(note)));
    }

    @Test
    void proseIndentedByTabsAndSpacesStaysText() {
        String note = String.join("\n",
                "The block path starts in the driver",
                "\t    and then it goes up to the queue",
                "\t\t  where the elevator takes over.",
                "");
        assertEquals("", Parsing.shape(Parsing.parse(note)));
    }
}
