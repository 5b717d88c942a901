package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A backtrace pruned by hand to {@code #N name} lines is a trace, in a fence or in the note's text; a
 * debugger's own output (addresses, arguments, files) and numbered words stay what they were. Every fragment
 * is made up.
 */
class PrunedBacktracesTest {

    @Test
    void framesPrunedToNamesAreATraceInAFence() {
        assertFenced(true, "#0 ring_fill", "#1 ring_poll", "#2 loop_once ()", "#3 main");
        assertFenced(true, "#0  Ring::fill", "", "#1  Ring::poll", "", "#2  run_loop", "", "#3  start_thread ()");
    }

    @Test
    void framesPrunedToNamesAreATraceInText() {
        String note = "Where it hangs:\n\n#0 ring_fill\n\n#1 ring_poll\n\n#2 loop_once\n\n#3 start_thread ()\n\nThe end.\n";
        NoteLayout layout = layout(note);
        assertEquals(NoteLayout.Role.TEXT, layout.role(0));
        for (int line : new int[] {2, 4, 6, 8}) {
            assertEquals(NoteLayout.Role.TRACE, layout.role(line), note);
            assertEquals(true, layout.has(BlockShape.COPIED_CALL_STACK, line));
        }
        assertEquals(NoteLayout.Role.TEXT, layout.role(10));
    }

    @Test
    void aDebuggersOwnBacktraceStaysCode() {
        assertFenced(false, "#0  0x00007f01 in ring_fill (r=0x1) at ring.c:12", "#1  0x00007f02 in ring_poll (r=0x1) at ring.c:40",
                "#2  0x00007f03 in loop_once () at loop.c:9");
        assertFenced(false, "#0  ring_fill (r=0x1) at ring.c:12", "#1  ring_poll (r=0x1) at ring.c:40", "#2  loop_once () at loop.c:9");
    }

    @Test
    void numberedWordsAndShortRunsStayText() {
        String note = "Steps:\n\n#1 Intro\n#2 Setup\n#3 Usage\n\n#0 ring_fill\n#1 ring_poll\n";
        NoteLayout layout = layout(note);
        assertEquals(NoteLayout.Role.TEXT, layout.role(2), note);
        assertEquals(NoteLayout.Role.TEXT, layout.role(6), note);
        assertFenced(false, "#2 ring_fill", "#1 ring_poll", "#0 loop_once");   // numbers falling: no backtrace
    }

    @Test
    void listsNumberedByHandOrByIssueStayText() {
        String note = "Merged:\n\n#101 fix_typo\n#102 bump_deps\n#103 add_ci\n\nAgenda:\n\n#1 intro_talk\n#2 setup_env\n#3 hello_world\n";
        NoteLayout layout = layout(note);
        for (int line : new int[] {2, 3, 4, 8, 9, 10}) {
            assertEquals(NoteLayout.Role.TEXT, layout.role(line), note);
        }
        assertFenced(false, "#1 good_commit", "#2 bad_commit", "#3 test_build", "#4 mark_result");
        assertFenced(false, "#0 ring_fill", "#2 ring_poll", "#5 loop_once");   // numbers skipping: no debugger's
    }

    @Test
    void aColumnOfFramesLongerThanAnyStackStaysText() {
        StringBuilder note = new StringBuilder("Frames:\n\n");
        for (int k = 0; k < 100; k++) {
            note.append('#').append(k).append(" frame_").append(k).append('\n');
        }
        NoteLayout layout = layout(note.toString());
        assertEquals(NoteLayout.Role.TEXT, layout.role(2));
        assertEquals(NoteLayout.Role.TEXT, layout.role(101));
    }

    private static void assertFenced(boolean trace, String... lines) {
        String note = "Text.\n\n```\n" + String.join("\n", lines) + "\n```\n";
        assertEquals(trace ? NoteLayout.Role.TRACE : NoteLayout.Role.CODE, layout(note).role(3), note);
    }

    private static NoteLayout layout(String note) {
        return new NoteLayout(note.codePoints().toArray(), note, false);
    }
}
