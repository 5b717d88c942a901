package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A tree whose arms are a bar and a long run of dashes glued to the step ({@code |---->f()},
 * {@code |----x = 1}) is a call tree, not an ASCII diagram of boxes: the dashes lead a step, no edge of a
 * box. A real box diagram stays text. Every fragment is made up.
 */
class DashedArmTreesTest {

    @Test
    void aTreeOfLongDashedArmsIsATrace() {
        Note note = Parsing.parse("""
                ```
                widget_tick()
                    |---->widget_count();
                    |---->widget_check(w);
                    |----w->left = w->budget - used;
                    |----if (w->left <= 0)
                    |        widget_kick(w);
                ```
                """);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size(), shape);
        assertTrue(shape.contains("  call widget_check(w)"), shape);
        assertTrue(shape.contains("  assign w->left = w->budget - used"), shape);
    }

    @Test
    void aBoxDiagramWithDashedWallsStaysText() {
        Note note = Parsing.parse("""
                ```
                +----------+       +----------+
                |  widget  |------>|   bus    |
                |----------|       |----------|
                |  state   |       |  list    |
                +----------+       +----------+
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
