package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call written with the file it lives in, the file and the function set apart by a separator: before
 * it ({@code net/core/dev.c - dev_open()}, {@code net/core/dev.c: dev_open()}) or after it
 * ({@code dev_open() - net/core/dev.c}, {@code dev_open() @ net/core/dev.c}, {@code dev_open() in net/core/dev.c}).
 * A staircase of such lines is a call tree, each line the call of its function; a list number padded out to
 * a call's column only counts, the call stands at its column. Every fragment is made up.
 */
class LocatedCallsTest {

    private static String staircase(String... lines) {
        StringBuilder b = new StringBuilder("Reading the open path.\n\n");
        String indent = "";
        for (String l : lines) {
            b.append(indent).append(l).append('\n');
            indent += "    ";
        }
        return b.append("\nThat is all.\n").toString();
    }

    private static final String SHAPE = """
            root %s
              call %s
                call %s
            """;

    @Test
    void aFileBeforeItsFunctionAfterADashIsACallTree() {
        Note note = Parsing.parse(staircase("net/socket.c - sock_open()", "net/core/dev.c - dev_open(d)",
                "net/core/dev.c - __dev_wake_queue()"));
        assertEquals(SHAPE.formatted("net/socket.c - sock_open()", "net/core/dev.c - dev_open(d)",
                "net/core/dev.c - __dev_wake_queue()"), Parsing.shape(note));
    }

    @Test
    void aFileBeforeItsFunctionAfterAColonIsACallTree() {
        Note note = Parsing.parse("""
                The open path:

                ```
                net/socket.c: sock_open()
                    net/core/dev.c: dev_open(d)
                        drivers/net/nic.c: nic_reset()
                ```
                """);
        assertEquals(SHAPE.formatted("net/socket.c: sock_open()", "net/core/dev.c: dev_open(d)",
                "drivers/net/nic.c: nic_reset()"), Parsing.shape(note));
    }

    @Test
    void aFileAfterItsFunctionBehindASeparatorIsTheCallsNote() {
        for (String sep : new String[] {"-", "@", "in", "\u2014"}) {
            Note note = Parsing.parse(staircase("sock_open() " + sep + " net/socket.c", "dev_open(d) " + sep + " net/core/dev.c:120",
                    "__dev_wake_queue() " + sep + " net/core/dev.c"));
            String shape = Parsing.shape(note);
            assertTrue(shape.startsWith("root sock_open()") && shape.contains("\n  call dev_open(d)")
                    && shape.contains("\n    call __dev_wake_queue()"), sep + ": " + shape);
        }
    }

    @Test
    void aListNumberPaddedOutToItsCallDoesNotSetTheDepth() {
        Note note = Parsing.parse("""
                The open path.

                net/socket.c - sock_open()
                    net/core/dev.c - dev_open(d)

                1.      net/core/dev.c - dev_set_up()
                    sets the flags of the device first.

                2.      net/core/dev.c - dev_start_queue()

                That is all.
                """);
        assertEquals("""
                root net/socket.c - sock_open()
                  call net/core/dev.c - dev_open(d)
                    call net/core/dev.c - dev_set_up()
                    call net/core/dev.c - dev_start_queue()
                """, Parsing.shape(note).replaceAll("(?m)^ *// .*\\n", ""));
    }

    @Test
    void anOrdinaryNumberedListStaysText() {
        Note note = Parsing.parse("""
                Steps:

                1.  Open the box.
                    Take the cable out.
                2.  Plug it in.
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aListOfFilesWithWhatTheyHoldStaysText() {
        Note note = Parsing.parse("""
                The sources:

                src/main.c - the entry point
                    src/util.c - small helpers
                        src/util.h: the helpers' prototypes

                Build them with make.
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aSubtractionOfTwoNamesStaysCode() {
        Note note = Parsing.parse("""
                ```
                total = end - start;
                len = buf.c - base_off(x);
                ```
                """);
        assertTrue(!Parsing.shape(note).contains("call"), Parsing.shape(note));
    }

    @Test
    void aFileJoinedToItsFunctionByAColonIsACallTreeOfNamesWithNotes() {
        Note note = Parsing.parse("""
                The start path:

                ```
                boot.c:main
                    server.c:ServerMain
                        server.c:load_config   reads the options
                        pool.c:PoolAttach  maps the shared pool
                ```
                """);
        assertEquals("""
                root boot.c:main
                  call server.c:ServerMain
                    call server.c:load_config   reads the options
                    call pool.c:PoolAttach  maps the shared pool
                """, Parsing.shape(note));
    }

    @Test
    void aFileBeforeAColonAndWordsStaysText() {
        Note note = Parsing.parse("""
                ```
                src/main.c:the entry point
                    src/util.c:helpers the parser uses
                        src/util.h:their prototypes
                ```
                """);
        assertTrue(!Parsing.shape(note).contains("call"), Parsing.shape(note));
    }
}
