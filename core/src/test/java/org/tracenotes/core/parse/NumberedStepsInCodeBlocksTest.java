package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** Numbered steps in a code block (indented or fenced): each item a step, deeper words remarks on it. */
class NumberedStepsInCodeBlocksTest {

    private static final String STEPS = """
            root\s
              call SYSCALL
              call do_open_x()
              call path_walk_x(nd)
              prose the file is returned
            """;

    @Test
    void anIndentedCodeBlockOfNumberedCallsUnderAListItemIsATrace() {
        Note note = Parsing.parse("""
                1. open a file

                        1. SYSCALL
                        2. do_open_x()
                        3. path_walk_x(nd)
                            the dentry cache is searched first
                            a miss goes to the disk
                        4. the file is returned
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void aFenceOfNumberedCallsIsATraceToo() {
        Note note = Parsing.parse("""
                ```
                1. SYSCALL
                2. do_open_x()
                3. path_walk_x(nd)
                    the dentry cache is searched first
                4. the file is returned
                ```
                """);
        assertEquals(STEPS, Parsing.shape(note));
    }

    @Test
    void numberedCommandsInstructionsOrCodeAreNoSteps() {
        Note note = Parsing.parse("""
                Steps:

                    1. make menuconfig
                    2. make -j8
                    3. make install

                and

                    1. open the box
                    2. plug in the cable
                    3. press power

                    1. malloc()
                    2. x = 1;
                    3. free(p)
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void linesRightUnderAParagraphContinueItNoCodeBlock() {
        Note note = Parsing.parse("""
                The path is
                    1. foo_x()
                    2. bar_x()
                    3. baz_x()
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }

    @Test
    void aNumberedUsageExampleInAFenceIsNoTrace() {
        Note note = Parsing.parse("""
                ## Usage

                ```
                1. import mylib_x
                2. mylib_x.configure(debug=True)
                3. mylib_x.connect(host)
                4. Run your queries
                ```

                ```
                1. cd mylib_x
                2. make install
                3. mylib_x.setup(path)
                4. mylib_x.check(path)
                ```
                """);
        assertEquals(0, note.traceBlocks().size(), () -> Parsing.shape(note));
    }
}
