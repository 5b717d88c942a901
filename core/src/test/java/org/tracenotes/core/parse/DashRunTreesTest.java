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
}
