package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A function's whole header at the margin without its brace, over its body outlined by indentation in
 * pseudo-code ({@code if x:}, statements without {@code ;}), is a trace of that function; C listings in any
 * brace style, prototypes and a header split over lines stay listings. Every fragment is made up.
 */
class OutlinedDefinitionsTest {

    @Test
    void aHeaderWithoutItsBraceOverAnOutlinedBodyIsATrace() {
        Note note = Parsing.parse("""
                ```c
                Plan *plan_query(Query *q, int flags)
                    Plan *p = make_plan(q)
                    if q->has_sort:
                        add_sort(p)
                    else if q->limit:
                        add_limit(p)
                    for (;;):
                        step(p)
                    return p
                ```
                """);
        assertEquals("""
                root Plan *plan_query(Query *q, int flags)
                  assign Plan *p = make_plan(q)
                  if if q->has_sort
                    call add_sort(p)
                  else-if else if q->limit
                    call add_limit(p)
                  loop for (;;)
                    call step(p)
                  return return p
                """, Parsing.shape(note));
    }

    @Test
    void twoOutlinedDefinitionsAreTwoRoots() {
        Note note = Parsing.parse("""
                ```c
                static int open_port(struct port *pt)
                    lock_port(pt)
                    pt->state = PORT_OPEN
                int close_port(struct port *pt)
                    flush_port(pt)
                    unlock_port(pt)
                ```
                """);
        String shape = Parsing.shape(note);
        assertEquals(1, note.traceBlocks().size(), shape);
        assertTrue(shape.contains("root static int open_port(struct port *pt)\n  call lock_port(pt)\n")
                && shape.contains("root int close_port(struct port *pt)\n  call flush_port(pt)\n"), shape);
    }

    @Test
    void cListingsInEveryBraceStyleStayListings() {
        for (String listing : new String[] {
                "static int open_port(struct port *pt)\n{\n    lock_port(pt);\n    return 0;\n}\n",
                "static int open_port(struct port *pt) {\n    lock_port(pt);\n    return 0;\n}\n",
                "int\nopen_port (struct port *pt)\n{\n  lock_port (pt);\n  return 0;\n}\n",
                "int open_port(pt)\n    struct port *pt;\n{\n    return lock_port(pt);\n}\n",
                "static int open_port(struct port *pt,\n                     int flags)\n{\n    return 0;\n}\n"}) {
            Note note = Parsing.parse("```c\n" + listing + "```\n");
            assertTrue(note.traceBlocks().isEmpty(), listing + Parsing.shape(note));
        }
    }

    @Test
    void prototypesAndAHeaderOverTooLittleStayListings() {
        Note prototypes = Parsing.parse("""
                ```c
                int open_port(struct port *pt);
                    int close_port(struct port *pt);
                    void flush_port(struct port *pt);
                ```
                """);
        assertTrue(prototypes.traceBlocks().isEmpty(), Parsing.shape(prototypes));
        Note one = Parsing.parse("""
                ```c
                int open_port(struct port *pt)
                    lock_port(pt)
                ```
                """);
        assertTrue(one.traceBlocks().isEmpty(), Parsing.shape(one));
    }

    @Test
    void wordsInParenthesesOverIndentedLinesStayText() {
        for (String listing : new String[] {
                "Standup notes (2025-01-10)\n    Dana: fixed the build\n    Eli: writes the docs\n",
                "Book one (basics)\n    Lesson 1: Setup\n    Lesson 2: Options\nBook two (advanced)\n    Lesson 3: Hooks\n    Lesson 4: Speed\n",
                "Build steps (Debian)\n    sudo apt install libbar-dev\n    ./configure --prefix=/opt\n"}) {
            Note note = Parsing.parse("```\n" + listing + "```\n");
            assertTrue(note.traceBlocks().isEmpty(), listing + Parsing.shape(note));
        }
    }

    @Test
    void anApiReferenceWithBodiesInWordsStaysText() {
        Note note = Parsing.parse("""
                ```
                int lamp_open(const char *name)
                    Opens the lamp called name.
                    Returns a handle or -1 on failure.
                void lamp_close(int handle)
                    Closes the handle.
                    Cannot fail.
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void whitesmithsBracesAndCommentOnlyBodiesStayListings() {
        Note braces = Parsing.parse("""
                ```
                static int lamp_setup(struct lamp *l)
                    {
                    lamp_reset(l);
                    lamp_light(l);
                    return 0;
                    }
                ```
                """);
        assertTrue(braces.traceBlocks().isEmpty(), Parsing.shape(braces));
        Note comments = Parsing.parse("""
                ```
                int lamp_init(struct lamp *l)
                    /* clears the lamp */
                    /* never fails */
                ```
                """);
        assertTrue(comments.traceBlocks().isEmpty(), Parsing.shape(comments));
    }
}
