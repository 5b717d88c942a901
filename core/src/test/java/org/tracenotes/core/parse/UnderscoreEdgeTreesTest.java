package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Trees drawn with {@code |______name} edges, stems and an initializer among the steps (made-up fragments). */
class UnderscoreEdgeTreesTest {

    @Test
    void stepsLedByUnderscoreEdgesNestByWhereTheirNamesStart() {
        String shape = Parsing.shape(Parsing.parse("# Flow\n\n```\n"
                + "open_x\n"
                + "open_x_internal\n"
                + "     |\n"
                + "\t |______do_open_x\n"
                + "\t\t\t\t|\n"
                + "\t\t\t\t|___\n"
                + "\t\t\t\t\tstatic struct x_ops ops = {\n"
                + "\t\t\t\t\t\t.start = x_start,\n"
                + "\t\t\t\t\t\t.stop = x_stop,\n"
                + "\t\t\t\t\t};\n"
                + "\n"
                + "\t\t\t\t| -> register_x  //adds the device\n"
                + "```\n"));
        assertEquals("""
                root open_x
                root open_x_internal
                  call do_open_x
                    assign static struct x_ops ops = { .start = x_start, .stop = x_stop, };
                    call register_x  // adds the device
                """, shape);
    }

    @Test
    void aFenceOfAnInitializerAloneStaysAListing() {
        assertEquals(0, Parsing.parse("# Ops\n\n```\n"
                + "static struct x_ops ops = {\n"
                + "\t.start = x_start,\n"
                + "\t.stop = x_stop,\n"
                + "};\n"
                + "```\n").traceBlocks().size());
    }
}
