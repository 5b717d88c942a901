package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * A snippet in a language that ends no statement with {@code ;} (Go, Python, pseudo-code), pasted at the
 * margin: its first assignment is a step of an implied root, not a root. Every fragment is made up.
 */
class UnterminatedSnippetsTest {

    @Test
    void aShortDeclarationOverAConditionAtItsColumnIsAStepOfAnImpliedRoot() {
        assertEquals("""
                root\s
                  assign ready := ring_load(r)
                  if if ready
                    call ring_kick(r)
                      call ring_wake(r)
                        call ring_note(r)
                """, Parsing.shape(Parsing.parse(
                "```\nready := ring_load(r)\nif ready:\n\tring_kick(r)\n\t\tring_wake(r)\n\t\t\tring_note(r)\n```\n")));
    }

    @Test
    void anAssignmentOverALoopAtItsColumnIsAStepOfAnImpliedRoot() {
        assertEquals("""
                root\s
                  assign n = ring_count(r)
                  loop while n > 0
                    call ring_pop(r)
                      call ring_take(r)
                        call ring_note(r)
                """, Parsing.shape(Parsing.parse(
                "```\nn = ring_count(r)\nwhile n > 0:\n\tring_pop(r)\n\t\tring_take(r)\n\t\t\tring_note(r)\n```\n")));
    }

    @Test
    void anAssignmentWithItsCalleesBodyBelowStaysTheRoot() {
        assertEquals("""
                root ready = ring_load(r)
                  call ring_read(r)
                    call ring_take(r)
                      call ring_note(r)
                  if if ready
                    call ring_kick(r)
                """, Parsing.shape(Parsing.parse(
                "```\nready = ring_load(r)\n\tring_read(r)\n\t\tring_take(r)\n\t\t\tring_note(r)\nif ready:\n\tring_kick(r)\n```\n")));
    }

    @Test
    void aShortDeclarationOfSeveralNamesOpensASnippetToo() {
        assertEquals(true, MarginSnippets.declaresShort("n, err := ring_load(r)"));
        assertEquals(true, MarginSnippets.declaresShort("ready:= ring_ready(r)"));
    }

    @Test
    void wordsBeforeAShortDeclarationAreProseNoSnippet() {
        assertEquals(false, MarginSnippets.declaresShort("then set n := 0"));
        assertEquals(false, MarginSnippets.declaresShort("see above. n := ring_len(r)"));
        assertEquals(false, MarginSnippets.declaresShort("n, := 0"));
        assertEquals("""
                root then set ready := ring_load(r)
                  if if ready
                    call ring_kick(r)
                      call ring_wake(r)
                        call ring_note(r)
                """, Parsing.shape(Parsing.parse(
                "```\nthen set ready := ring_load(r)\nif ready:\n\tring_kick(r)\n\t\tring_wake(r)\n\t\t\tring_note(r)\n```\n")));
    }
}
