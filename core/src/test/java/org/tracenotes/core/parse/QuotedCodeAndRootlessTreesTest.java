package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Code quoted in a Markdown blockquote is read as if unquoted ({@link QuotedBlocks}); a drawn tree with
 * no root line hangs its first branches from an implied root ({@link RootlessForests}). Every fragment
 * is made up.
 */
class QuotedCodeAndRootlessTreesTest {

    private static final String TREE = """
            root open_file(path)
              call lookup_path(path)
                call walk_dir(dir)
              call alloc_handle()
            """;

    @Test
    void aFenceInABlockquoteIsReadAsTheFence() {
        for (String fence : new String[] {"```", "~~~", "```c"}) {
            String close = fence.substring(0, 3);
            assertEquals(TREE, Parsing.shape(Parsing.parse("# Open\n\n> The path:\n>\n> " + fence + "\n"
                    + "> open_file(path)\n>   -> lookup_path(path)\n>     -> walk_dir(dir)\n>   -> alloc_handle()\n> "
                    + close + "\n\nDone.\n")), fence);
        }
    }

    @Test
    void aFenceInANestedQuoteOrWithoutTheBlankIsReadToo() {
        assertEquals(TREE, Parsing.shape(Parsing.parse("> > ```\n> > open_file(path)\n> >   -> lookup_path(path)\n"
                + "> >     -> walk_dir(dir)\n> >   -> alloc_handle()\n> > ```\n")));
        assertEquals(TREE, Parsing.shape(Parsing.parse(">```\n>open_file(path)\n>  -> lookup_path(path)\n"
                + ">    -> walk_dir(dir)\n>  -> alloc_handle()\n>```\n")));
    }

    @Test
    void aDrawnTreeOnQuotedLinesIsReadWithoutAFence() {
        assertEquals(TREE, Parsing.shape(Parsing.parse("# Open\n\n> The path:\n>\n> open_file(path)\n"
                + "> ├─ lookup_path(path)\n> │  └─ walk_dir(dir)\n> └─ alloc_handle()\n\nDone.\n")));
    }

    @Test
    void quotedProseListsAndOpenFencesKeepTheirMarks() {
        String reply = "> On Monday you wrote:\n> -> the cache is flushed first\n> and then written.\n>\n"
                + "> - flush_cache()\n>   - write_pages()\n\nI agree.\n";
        assertSame(reply, QuotedBlocks.unquoted(reply));
        String open = "> ```\n> open_file(path)\n>   -> lookup_path(path)\n\nafter\n";
        assertSame(open, QuotedBlocks.unquoted(open));
        String prose = "Plain text with a > sign\nand -> arrows\n";
        assertSame(prose, QuotedBlocks.unquoted(prose));
        assertTrue(Parsing.parse(reply).traceBlocks().isEmpty());
    }

    @Test
    void aQuotedReplyOfArrowPointsOrAQuotedReplSessionKeepsItsMarks() {
        String points = "# Re: notes\n\n> I read the draft:\n> -> the intro is long\n> -> the charts are small\n"
                + "> => the summary is fine\n\nThanks.\n";
        assertSame(points, QuotedBlocks.unquoted(points));
        assertTrue(Parsing.parse(points).traceBlocks().isEmpty());
        String repl = "> In the console:\n> shell(main):001> order.valid?\n> => false\n> shell(main):002> order.errors\n"
                + "> => [\"Total is missing\"]\n\nSet a total.\n";
        assertSame(repl, QuotedBlocks.unquoted(repl));
        assertTrue(Parsing.parse(repl).traceBlocks().isEmpty());
    }

    @Test
    void quotedLinesLedByArrowsToCallsAreStillATree() {
        assertEquals(TREE, Parsing.shape(Parsing.parse("> open_file(path)\n>   -> lookup_path(path)\n"
                + ">     -> walk_dir(dir)\n>   -> alloc_handle()\n")));
    }

    @Test
    void greaterThanLinesInsideAFenceOfTheNoteAreNeverRewritten() {
        String diff = "# Changed\n\n```\n4a5,7\n>     open_door(room)\n>         check_lock(room)\n"
                + ">     enter(room)\n```\n";
        assertSame(diff, QuotedBlocks.unquoted(diff));
        assertTrue(Parsing.parse(diff).traceBlocks().isEmpty());
    }

    @Test
    void unquotingKeepsEveryOffset() {
        String text = "> ```\n> f()\n> ```\n";
        assertEquals("  ```\n  f()\n  ```\n", QuotedBlocks.unquoted(text));
    }

    @Test
    void branchesDrawnAtTheMarginAreStepsOfAnImpliedRoot() {
        for (String[] c : new String[][] {{"+- ", "|  `- ", "`- "}, {"├─ ", "│  └─ ", "└─ "}, {"|- ", "   |- ", "|- "}}) {
            assertEquals("""
                    root\s
                      call lookup_path(path)
                        call walk_dir(dir)
                      call alloc_handle()
                    """, Parsing.shape(Parsing.fenced(c[0] + "lookup_path(path)", c[1] + "walk_dir(dir)",
                    c[2] + "alloc_handle()")), c[0]);
        }
    }

    @Test
    void aSingleBranchOverTheOthersIsTheRoot() {
        assertEquals("""
                root open_file()
                  call lookup_path()
                    call walk_dir()
                  call alloc_handle()
                """, Parsing.shape(Parsing.fenced("+-- open_file()", "    +-- lookup_path()", "    |   \\-- walk_dir()",
                "    \\-- alloc_handle()")));
    }

    @Test
    void aNamedRootOverItsBranchesStaysTheRoot() {
        assertEquals("""
                root open_file
                  call lookup_path
                    call walk_dir
                  call alloc_handle
                """, Parsing.shape(Parsing.fenced("open_file", "+- lookup_path", "|  `- walk_dir", "`- alloc_handle")));
    }

    @Test
    void itemsOfCallsAtOneColumnInAFenceAreStepsOfAnImpliedRoot() {
        for (String bullet : new String[] {"- ", "* "}) {
            assertEquals("""
                    root\s
                      call lookup_path(path)
                        call walk_dir(dir)
                        call read_inode(dir)
                      call alloc_handle()
                        call zero_handle(h)
                    """, Parsing.shape(Parsing.fenced(bullet + "lookup_path(path)", "  " + bullet + "walk_dir(dir)",
                    "  " + bullet + "read_inode(dir)", bullet + "alloc_handle()", "  " + bullet + "zero_handle(h)")), bullet);
        }
    }

    @Test
    void aCaptionOverTheItemsHeadsThemAndAnItemOverThemIsTheRoot() {
        String body = "  - lookup_path(path)\n    - walk_dir(dir)\n    - read_inode(dir)\n  - alloc_handle()\n";
        String tree = """
                root open_file(path)
                  call lookup_path(path)
                    call walk_dir(dir)
                    call read_inode(dir)
                  call alloc_handle()
                """;
        assertEquals("""
                root open path:
                  call open_file(path)
                    call lookup_path(path)
                      call walk_dir(dir)
                      call read_inode(dir)
                    call alloc_handle()
                """, Parsing.shape(Parsing.parse("```\nopen path:\nopen_file(path)\n" + body + "```\n")));   // the caption heads the tree (CaptionRoots)
        assertEquals(tree,
                Parsing.shape(Parsing.parse("```\n- open_file(path)\n" + body + "```\n")));
    }

    @Test
    void aFencedListOfWordsStaysText() {
        assertTrue(Parsing.parse("```\n- apples\n  - green\n  - red\n- pears\n  - ripe\n```\n").traceBlocks().isEmpty());
        assertTrue(Parsing.parse("```\nTodo:\n- fix the build\n  - on arm\n- write the docs\n```\n").traceBlocks().isEmpty());
    }
}
