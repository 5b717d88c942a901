package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;
import org.tracenotes.core.model.Root;

/**
 * A call chain written on one line as a {@code //} comment among a fence's code ({@code // open => __sys_open
 * => do_widget_open}) is a root of its own, named after its last link; the code around it stays code (no
 * step). Comments in words, chains of capitals, the states of a state machine, the order locks nest in and
 * code with no such comment stay code. Every fragment is made up.
 */
class CommentChainsTest {

    @Test
    void aChainInACommentIsARootNamedAfterItsLastLink() {
        Note note = Parsing.parse("```cpp\n// fs/widget.c\n// open => __sys_open => do_widget_open => widget_lookup\n"
                + "int widget_lookup(struct widget *w)\n{\n\t...\n\tw->state = 1;\n\treturn 0;\n}\n```\n");
        Root root = Parsing.onlyRoot(note);
        assertEquals("widget_lookup", root.name(), Parsing.shape(note));
        assertTrue(root.body().isEmpty(), Parsing.shape(note));
    }

    @Test
    void everyChainCommentOfTheFenceIsARoot() {
        Note note = Parsing.parse("```c\n// read_x() -> vfs_read_x() -> widget_read()\nint a = 1;\n"
                + "// write_x --> vfs_write_x --> widget_write\nint b = 2;\n```\n");
        assertEquals(2, Parsing.onlyBlock(note).roots().size(), Parsing.shape(note));
    }

    @Test
    void commentsInWordsAndStatesStayCode() {
        Note note = Parsing.parse("```c\n// the state goes IDLE -> BUSY -> DONE\nint widget_run(void)\n{\n"
                + "\t// see widget_init -> later\n\treturn 0;\n}\n// TASK_A -> TASK_B -> TASK_C\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void twoPlainNamesInACommentStayCode() {
        Note note = Parsing.parse("```c\n// widget_a -> widget_b\nint x;\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void aShellSessionWithArrowsStaysText() {
        Note note = Parsing.parse("```\n$ make\n// building => done\ncc -o app main.c\n```\n");
        assertEquals(0, note.traceBlocks().size(), Parsing.shape(note));
    }

    @Test
    void statesOfAStateMachineStayCode() {
        // lower-case states above the enum that holds them in capitals
        assertNoTrace("```c\n// lamp_off -> lamp_warm -> lamp_lit\nenum lamp_state { LAMP_OFF, LAMP_WARM, LAMP_LIT };\n```\n");
        // states the code below assigns and compares, calling none of them
        assertNoTrace("```c\n// door_shut => door_opening => door_open\nstatic void door_step(struct door *d)\n{\n"
                + "\tif (d->state == door_shut)\n\t\td->state = door_opening;\n}\n```\n");
        // a cycle: a path of calls never comes back to a caller it is inside
        assertNoTrace("```c\n// pump_idle -> pump_busy -> pump_drain -> pump_idle\nstruct pump p;\n```\n");
        // capitals, one line in a block comment
        assertNoTrace("```c\n// VALVE_IDLE -> VALVE_OPEN -> VALVE_DONE\nenum valve { VALVE_IDLE, VALVE_OPEN, VALVE_DONE };\n```\n");
        assertNoTrace("```c\n/* SHUT -> HALF_OPEN -> OPENED */\nint gate = SHUT;\n```\n");
    }

    @Test
    void aChainOfNamesAboveTheDefinitionOfItsLastLinkIsStillARoot() {
        Note note = Parsing.parse("```c\n// bind => __sys_bind => widget_bind => widget_bind_port\n"
                + "int widget_bind_port(struct widget *w)\n{\n\t...\n\tw->state = WIDGET_BOUND;\n}\n```\n");
        assertEquals("widget_bind_port", Parsing.onlyRoot(note).name(), Parsing.shape(note));
    }

    @Test
    void aChainAboveTheOpsTableThatNamesItsLastLinkIsStillARoot() {
        Note note = Parsing.parse("```c\n// read => vfs_read_x => widget_read\n"
                + "static const struct widget_ops widget_fops = {\n\t.read = widget_read,\n};\n```\n");
        assertEquals("widget_read", Parsing.onlyRoot(note).name(), Parsing.shape(note));
    }

    @Test
    void theOrderLocksNestInStaysCode() {
        assertNoTrace("```c\n// tree_lock -> leaf_rwsem -> node->mutex\nvoid widget_walk(void);\n```\n");
        assertNoTrace("```c\n/* Lock order: tree_lock -> leaf_rwsem -> node->mutex */\nvoid widget_walk(void);\n```\n");
        assertNoTrace("```c\n// Lock order: tree_lock -> leaf_rwsem -> node->mutex\nvoid widget_walk(void);\n```\n");
    }

    @Test
    void aChainOfFunctionsThatTakeLocksIsStillARoot() {
        Note note = Parsing.parse("```c\n// widget_lock -> _raw_widget_lock -> do_raw_widget_lock\n"
                + "void do_raw_widget_lock(struct widget *w)\n{\n\tarch_widget_lock(&w->raw);\n}\n```\n");
        assertEquals("do_raw_widget_lock", Parsing.onlyRoot(note).name(), Parsing.shape(note));
    }

    private static void assertNoTrace(String text) {
        Note note = Parsing.parse(text);
        assertEquals(0, note.traceBlocks().size(), text + Parsing.shape(note));
    }
}
