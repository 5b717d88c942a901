package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A fence cut by rule lines ({@code +++}, {@code ---}, {@code ===}, {@code ***}) into a short call tree and
 * the copied source of the functions it names: the tree is a trace, each copied function a quoted
 * definition with its statements, the rules no step (made-up fragments).
 */
class RuledFenceSegmentsTest {

    private static final String TREE_AND_SOURCE = """
            root widget_open
              call widget_lookup
                call widget_get
            root int widget_open(struct widget *w)
              brace {
              prose ....
              return return widget_lookup(w)
              brace }
            root static int widget_lookup(struct widget *w)
              brace {
              assign w->ref = widget_get(w)
              return return 0
              brace }
            """;

    private static String fence(String rule) {
        return """
                ```
                widget_open
                  widget_lookup
                    widget_get

                %1$s

                int widget_open(struct widget *w)
                {
                  ....
                  return widget_lookup(w);
                }

                %1$s
                static int widget_lookup(struct widget *w)
                {
                  w->ref = widget_get(w);
                  return 0;
                }
                ```
                """.formatted(rule);
    }

    @Test
    void aTreeThenCopiedFunctionsBetweenPlusRulesIsATrace() {
        assertEquals(TREE_AND_SOURCE, Parsing.shape(Parsing.parse(fence("+".repeat(40)))));
    }

    @Test
    void dashEqualsAndStarRulesCutTheFenceAlike() {
        for (String rule : new String[] {"----------", "==========", "***", "________"}) {
            assertEquals(TREE_AND_SOURCE, Parsing.shape(Parsing.parse(fence(rule))), rule);
        }
    }

    @Test
    void aTreeWithArrowsBelowCopiedCodeIsReadToo() {
        Note note = Parsing.parse("""
                ```
                static void widget_close(struct widget *w)
                {
                  widget_put(w);
                  kfree(w->name);
                  kfree(w);
                }
                ===========
                widget_close
                  -> widget_put
                    -> widget_release
                ```
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("root widget_close\n  call widget_put\n    call widget_release\n"), shape);
    }

    @Test
    void copiedFunctionsBetweenRulesWithoutATreeStayAListing() {
        Note note = Parsing.parse("""
                ```
                int widget_open(struct widget *w)
                {
                  return widget_lookup(w);
                }
                ------------------
                static int widget_lookup(struct widget *w)
                {
                  w->ref = widget_get(w);
                  return 0;
                }
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void shellOutputWithDashedRulesStaysAListing() {
        Note note = Parsing.parse("""
                ```
                $ ls -l /sys/class/widget
                ---------------------------
                total 0
                lrwxrwxrwx 1 root root 0 widget0 -> ../../devices/widget0
                lrwxrwxrwx 1 root root 0 widget1 -> ../../devices/widget1
                ---------------------------
                $ cat /proc/widgets
                widget0  open
                widget1  closed
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aConfigWithSectionRulesStaysAListing() {
        Note note = Parsing.parse("""
                ```
                [widget]
                  name = first
                    size = 4
                ==========
                [gadget]
                  name = second
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }

    @Test
    void aRuleAloneOnItsLineInATraceIsNoStep() {
        Parsing.assertShape("""
                root widget_open()
                  call widget_lookup()
                  call widget_get()
                """,
                "widget_open()",
                "  -> widget_lookup()",
                "  +++++++++++",
                "  -> widget_get()");
    }

    @Test
    void aBuildLogBetweenRulesUnderATargetTreeStaysAListing() {
        Note note = Parsing.parse("""
                ```
                make_world
                  make_libs
                    make_objects
                ----------
                cc -c one.c -o one.o
                cc -c two.c -o two.o
                ar rcs libw.a one.o two.o
                ----------
                finished
                ```
                """);
        assertTrue(note.traceBlocks().isEmpty(), Parsing.shape(note));
    }
}
