package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A return said in words ({@code return to user space}, {@code return from the trap}) is a step in prose,
 * a return of a value stays a return. Every fragment is made up.
 */
class ReturnInWordsTest {

    @Test
    void aReturnToOrFromAPlaceIsProseAndAReturnOfAValueIsAReturn() {
        Note note = Parsing.parse("""
                ```
                user program runs
                  → handler_done()
                      → return to user space (now in the handler)
                      → return from the trap
                      → return back into the loop
                      → return 0
                      → return to_user(x)
                ```
                """);
        assertEquals("""
                root user program runs
                  call handler_done()
                    prose return to user space (now in the handler)
                    prose return from the trap
                    prose return back into the loop
                    return return 0
                    return return to_user(x)
                """, Parsing.shape(note));
    }
}
