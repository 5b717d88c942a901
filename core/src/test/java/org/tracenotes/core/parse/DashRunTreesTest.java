package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Traces whose depth is a run of dashes with no arrow head, one dash per level right against the name
 * ({@code -f()}, {@code --g()}) or two dashes per level and a blank ({@code -- f()}, {@code ---- g()});
 * lists of options and bullets in words stay text. Every fragment is made up.
 */
class DashRunTreesTest {

    @Test
    void oneDashPerLevelRightAgainstTheNameIsTheDepth() {
        assertEquals("""
                root mount_disk()
                  call read_super()
                    call check_magic()
                    call load_bitmap()
                      call alloc_map()
                  call set_root()
                """, Parsing.shape(Parsing.fenced(
                "mount_disk()",
                "-read_super()",
                "--check_magic()",
                "--load_bitmap()",
                "---alloc_map()",
                "-set_root()")));
    }

    @Test
    void twoDashesPerLevelAndABlankIsTheDepthInPlainText() {
        assertEquals("""
                root mount_disk
                  call read_super(sb)
                    call check_magic
                      call walk_tree
                  call set_root
                """, Parsing.shape(Parsing.parse("""
                Mounting

                mount_disk
                -- read_super(sb)
                ---- check_magic
                ------ walk_tree
                -- set_root
                """)));
    }

    @Test
    void commentOutlinesOfDoubleDashLanguagesStayListings() {
        for (String info : new String[] {"", "sql", "lua", "haskell"}) {
            Note note = Parsing.parse("```" + info + "\n"
                    + "-- build_schema\n"
                    + "---- people_table\n"
                    + "------ add_key\n"
                    + "---- invoices_table\n"
                    + "```\n");
            assertTrue(note.traceBlocks().isEmpty(), info + ": " + Parsing.shape(note));
        }
        Note lua = Parsing.parse("```lua\n-- boot_game()\n---- read_conf()\n------ parse_line()\n---- set_defaults()\n```\n");
        assertTrue(lua.traceBlocks().isEmpty(), "a Lua fence's comments, calls or not: " + Parsing.shape(lua));
    }

    @Test
    void aListingOfFilesByDashDepthStaysText() {
        String files = """
                Folders

                website
                -assets
                --img_cache
                ---thumb_maker.rb
                --page_builder.rb
                -notes
                --intro.txt
                """;
        assertTrue(Parsing.parse(files).traceBlocks().isEmpty(), files);
    }

    @Test
    void optionsBulletsAndDashedWordsStayText() {
        for (String text : new String[] {"""
                Usage: tool [options]

                -v, --verbose    print more
                -q, --quiet      print less
                --dry-run        change nothing
                """, """
                Plan
                - first point
                -- a sub point
                --- a detail
                -- another sub point
                """, """
                Plan
                -- first point
                ---- a sub point
                ------ a detail
                """}) {
            assertTrue(Parsing.parse(text).traceBlocks().isEmpty(), text);
        }
    }
    @Test
    void runsOfControlFlowWithRemarksAndAnElisionAreATree() {
        assertEquals("""
                root mount_disk(d)
                  call read_super(d)
                  if if (d->journal)
                    call replay(d)
                  else else
                    call scan_all(d)
                      prose ...
                  assign err = load_map(d)
                  if if (err < 0)
                    return return err
                  call set_root(d)
                """, Parsing.shape(Parsing.fenced(
                "mount_disk(d)",
                "-read_super(d)",
                "    // checks the magic",
                "-if (d->journal)",
                "--replay(d)",
                "-else",
                "--scan_all(d)",
                "      # slow",
                "---...",
                "-err = load_map(d)",
                "-if (err < 0)",
                "--return err;",
                "-set_root(d)")));
    }

    @Test
    void aBlankLineBetweenGroupsOfRunsInPlainTextKeepsOneTree() {
        assertEquals("""
                root mount_disk(d)
                  call read_super(d)
                    call check_magic(d)
                      call read_block(d)
                  call load_map(d)
                    call map_pages(d)
                """, Parsing.shape(Parsing.parse("""
                Mounting

                mount_disk(d)
                -read_super(d)
                --check_magic(d)
                ---read_block(d)

                -load_map(d)
                --map_pages(d)

                Done.
                """)));
    }

    @Test
    void optionsWithIndentedExplanationsStayText() {
        Note note = Parsing.parse("""
                Usage

                tool_main
                -v
                    prints more
                --verbose
                    the same
                ---quiet
                    prints nothing
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
