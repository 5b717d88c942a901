package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * How authors vary brace pseudocode, each callee's body in braces after its call: a remark after the
 * opening brace ({@code f(x) {  /* why *}{@code /}, {@code {   // why} on the brace's own line), elided
 * bodies ({@code ...}) over several levels, a brace left out or one too many in a hastily written note;
 * and C listings with the same remarks, which stay listings. Every fragment is made up.
 */
class BracedCalleeVariantsTest {

    @Test
    void blockRemarksAfterTheOpeningBracesKeepTheCallsOpeningBodies() {
        Note note = Parsing.parse("""
                ```c
                gadget_open(path) {  /* entry point */
                    fd = gadget_lookup(path);
                    if (fd < 0)
                        return fd;
                    part_open(fd) {   /* the driver's own open */
                        part_attach(fd) {
                            count++;
                        }
                    }
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
        assertEquals("""
                root
                  assign
                  if
                    return
                  call
                    call
                      expression
                      brace
                    brace
                  brace
                """, kinds(note));
    }

    @Test
    void lineRemarksOnAllmanBracesKeepTheCallsAboveThem() {
        Note note = Parsing.parse("""
                ```c
                gadget_open(path)
                {   // entry point
                    part_open(fd)
                    {   // the driver's
                        ...
                        part_attach(fd)
                        {
                            ...
                        }
                    }
                }
                ```
                """);
        assertEquals("""
                root
                  brace
                  call
                    brace
                    prose
                    call
                      brace
                      prose
                      brace
                    brace
                  brace
                """, kinds(note));
    }

    @Test
    void aBraceLeftOutLeavesTheIndentationToSayWhereABodyEnds() {
        Note note = Parsing.parse("""
                ```c
                gadget_open(path) {
                    part_open(fd) {
                        ...
                        part_attach(fd) {
                            count++;
                    }
                    gadget_done(path);
                }
                ```
                """);
        assertEquals("""
                root gadget_open(path)
                  call part_open(fd)
                    prose ...
                    call part_attach(fd)
                      expression count++
                    brace }
                  call gadget_done(path)
                  brace }
                """, Parsing.shape(note));
    }

    @Test
    void aBraceTooManyClosesNothingBeyondTheRoot() {
        Note note = Parsing.parse("""
                ```c
                gadget_open(path) {
                    part_open(fd) {
                        part_attach(fd) {
                            ...
                        }
                    }
                    }
                    gadget_done(path);
                }
                ```
                """);
        assertEquals(1, note.traceBlocks().size());
        assertEquals("gadget_open(path)", Parsing.onlyRoot(note).text());
    }

    @Test
    void aListingWithRemarksAfterItsBracesStaysAListing() {
        Note note = Parsing.parse("""
                ```c
                static int gadget_open(const char *path)
                {   /* looks the path up first */
                    int fd = gadget_lookup(path);

                    if (fd < 0) {   /* not there */
                        return fd;
                    }
                    for (i = 0; i < n; i++) {  // every part
                        part_open(fd, i);
                    }
                    return 0;
                }
                ```
                """);
        assertEquals(0, note.traceBlocks().size());
    }

    @Test
    void anUnfencedArrowTraceUnderAnAllmanBraceKeepsTheHeadAboveTheBraceAsItsRoot() {
        Note note = Parsing.parse("""
                How a request is served:

                gadget_serve(req)
                {
                  -> gadget_check(req)
                  -> part_submit(req)
                }

                Then it is done.
                """);
        assertEquals(1, note.traceBlocks().size());
        assertEquals("gadget_serve(req)", Parsing.onlyRoot(note).text());
    }

    /** The tree's kinds alone, two blanks a level. */
    private static String kinds(Note note) {
        StringBuilder out = new StringBuilder();
        for (String line : Parsing.shape(note).split("\n")) {
            int indent = line.length() - line.stripLeading().length();
            String kind = line.stripLeading().split(" ", 2)[0];
            out.append(" ".repeat(indent)).append(kind).append('\n');
        }
        return out.toString();
    }
}
