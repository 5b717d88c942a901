package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A step that is the capitalised word {@code Return} alone closes a body: a return, no call. The word with
 * more after it, a plural, an all-caps name, or a block's first line keep their readings. Every fragment is made up.
 */
class WordReturnsTest {

    private static String shape(String text) {
        return Parsing.shape(Parsing.parse(text));
    }

    @Test
    void aCapitalisedReturnClosingADrawnBodyIsAReturn() {
        String s = shape("""
                ```
                gadget_register()
                  ├→ gadget_lock()
                  ├→ gadget_add()
                  └→ Return
                ```
                """);
        assertTrue(s.contains("return Return\n"), s);
        assertFalse(s.contains("call Return"), s);
    }

    @Test
    void aCapitalisedReturnBehindAnArrowIsAReturn() {
        String s = shape("""
                ```
                -> widget_open()
                   -> widget_check(w)
                   -> Return
                ```
                """);
        assertTrue(s.contains("return Return\n"), s);
    }

    @Test
    void returnWithWordsAfterItKeepsItsReading() {
        String s = shape("""
                ```
                gadget_register()
                  ├→ gadget_add()
                  └→ Return to caller
                ```
                """);
        assertFalse(s.contains("return Return"), s);
        String t = shape("""
                ```
                -> widget_open()
                   -> widget_check(w)
                   -> Returns
                ```
                """);
        assertFalse(t.contains("return Returns"), t);
    }

    @Test
    void anAllCapsReturnKeepsItsReading() {
        String s = shape("""
                ```
                -> widget_step()
                   -> widget_check(w)
                   -> RETURN
                ```
                """);
        assertFalse(s.contains("return RETURN"), s);
    }

    @Test
    void aBlockOpeningWithReturnKeepsItAsItsFirstLine() {
        String s = shape("""
                ```
                Return
                  -> gadget_pop()
                  -> gadget_restore()
                ```
                """);
        assertFalse(s.contains("return Return"), s);
    }

    @Test
    void returnInProseStaysNoTrace() {
        assertTrue(Parsing.parse("""
                Return
                to the main menu when the widget is closed, then open it again.
                """).traceBlocks().isEmpty());
    }
}
