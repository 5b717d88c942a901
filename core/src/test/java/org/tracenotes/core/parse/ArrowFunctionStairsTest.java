package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A JavaScript arrow function that returns another ({@code (a) =>} over {@code (b) =>}) ends its lines in
 * {@code =>} and goes deeper, like a staircase of steps, but its lines are parameter lists, not steps:
 * it stays a listing. Steps that end in a call keep their arrows. Every fragment is made up.
 */
class ArrowFunctionStairsTest {

    private static int traces(String info, String... lines) {
        return Parsing.parse("# t\n\n```" + info + "\n" + String.join("\n", lines) + "\n```\n").traceBlocks().size();
    }

    @Test
    void curriedParameterListsAreNoStaircase() {
        assertEquals(0, traces("", "const scale = (k) =>", "  (v) =>", "    k * v;"));
        assertEquals(0, traces("", "let join = (sep, a) =>", "    (b) =>", "        a + sep + b;"));
    }

    @Test
    void oneParameterAfterAnAssignmentIsNoStaircase() {
        assertEquals(0, traces("", "const scale = k =>", "  v =>", "    k * v;"));
    }

    @Test
    void stepsThatEndInACallStayAStaircase() {
        assertEquals(1, traces("txt", "load the table with tbl_read(f) =>", "    walk every row =>",
                "        check each one"));
    }
}
