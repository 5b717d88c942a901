package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A numbered list of calls whose items end in an arrow when the next item is inside them
 * ({@code 2. do_read(f);--->}): the arrow leads into the next item, an item without one is left by the
 * next. Numbered lists of sentences or of calls with no arrows stay lists. Every fragment is made up.
 */
class ArrowedNumberedItemsTest {

    private static final String SHAPE = """
            root\s
              call sys_read(fd, buf)
                call do_read(f, buf)
                  call check_pos(f)
                  call vfs_read(f, buf)
                    call __vfs_read(f, buf)
            """;

    @ParameterizedTest
    @ValueSource(strings = {"--->", "-->", "->", "=>", "==>", "\u2192", " --->", " ->", " \u2192"})
    void anArrowEndingAnItemPutsTheNextItemInsideIt(String arrow) {
        String text = "# Reading a file\n\nThe path of a read:\n\n"
                + "1. sys_read(fd, buf)" + arrow + "\n"
                + "2. do_read(f, buf)" + arrow + "\n"
                + "3. check_pos(f)\n"
                + "4. vfs_read(f, buf)" + arrow + "\n"
                + "5. __vfs_read(f, buf)\n\nThat is all.\n";
        // a `→` ending an item stays on it as a trailing remark; the items nest all the same
        assertEquals(SHAPE, Parsing.shape(Parsing.parse(text)).replace("  \u2192", ""), text);
    }

    @Test
    void statementsEndingInASemicolonBeforeTheArrowAreCallsToo() {
        String text = """
                # Reading a file

                1. sys_read(fd, buf);--->
                2. do_read(f, buf);--->
                3. check_pos(f);
                4. vfs_read(f, buf);--->
                5. __vfs_read(f, buf);
                """;
        assertEquals(SHAPE, Parsing.shape(Parsing.parse(text)));
    }

    @Test
    void aListResumedBelowACodeBlockGoesOnAsAListOfItsOwn() {
        String text = """
                # Reading a file

                1. sys_read(fd, buf);--->
                2. do_read(f, buf);--->
                3. check_pos(f);
                4.
                ```c
                if (ok)
                    return other_read(f);
                ```
                5. other_read(f);--->
                6. copy_out(f);--->
                7. return f->ops->read(f);
                """;
        String shape = Parsing.shape(Parsing.parse(text));
        assertEquals(true, shape.contains("""
                root\s
                  call other_read(f)
                    call copy_out(f)
                      return return f->ops->read(f)
                """), shape);
    }

    @Test
    void numberedCallsWithoutArrowsStayAList() {
        String text = """
                # Setup

                1. init_cache(c);
                2. fill_cache(c);
                3. start_cache(c);
                """;
        assertEquals("", Parsing.shape(Parsing.parse(text)));
    }

    @Test
    void numberedSentencesEndingInArrowsStayAList() {
        String text = """
                # Menu

                1. Open the settings ->
                2. Choose the network tab ->
                3. Press save
                """;
        assertEquals("", Parsing.shape(Parsing.parse(text)));
    }

    @Test
    void instructionsThatMentionCallsStayAList() {
        String text = """
                # Migration

                1. rename widget_get() -->
                2. Call widget_init(); -->
                3. remove widget_old()
                """;
        assertEquals("", Parsing.shape(Parsing.parse(text)));
    }

    @Test
    void aChecklistOfCallsThatPassNothingStaysAList() {
        String text = """
                # Release

                1. widget_bump(); ->
                2. widget_tag(); ->
                3. widget_ship();
                """;
        assertEquals("", Parsing.shape(Parsing.parse(text)));
        assertEquals("", Parsing.shape(Parsing.parse(text.replace("; ->", "() -->").replace("();", "()"))));
    }

    @Test
    void callsThatPassNothingStillNestWhenAnItemIsLeft() {
        String text = """
                # Path

                1. widget_main(); ->
                2. widget_setup();
                3. widget_run(); ->
                4. widget_loop();
                """;
        assertEquals("""
                root\s
                  call widget_main()
                    call widget_setup()
                    call widget_run()
                      call widget_loop()
                """, Parsing.shape(Parsing.parse(text)));
    }
}
