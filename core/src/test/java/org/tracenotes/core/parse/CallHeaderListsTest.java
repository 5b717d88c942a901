package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/** `* call: f()` list items over the calls f makes, one item a line. Every fragment is made up. */
class CallHeaderListsTest {

    @Test
    void theItemsUnderACallHeaderAreItsCalls() {
        Note note = Parsing.parse("""
                Notes of the week.

                * call: mount_fs()
                 - lookup_type(): ext9
                 - alloc_super() : the super block
                 - fill_super     842  ~/fs/super.c

                * call: fill_super()
                 - read_block(): 0
                 - make_root()
                """);
        assertEquals("""
                root call: mount_fs()
                  call lookup_type()  : ext9
                  call alloc_super()  : the super block
                  call fill_super  842  ~/fs/super.c
                root call: fill_super()
                  call read_block()  : 0
                  call make_root()
                """, Parsing.shape(note).replace("\n\n", "\n"));
    }

    @Test
    void aBreadcrumbHeaderHoldsItsItemsAndDeeperItemsHangUnderTheItemAbove() {
        Note note = Parsing.parse("""
                * called: boot()->timer_init()
                 - // dev: the timer node
                 - ->probe(dev)->timer_probe()
                  - timer_setup()
                   - timer_arm(&t->ev);
                """);
        String shape = Parsing.shape(note);
        assertTrue(shape.contains("  call probe(dev)->timer_probe()\n    call timer_setup()\n      call timer_arm(&t->ev)"), shape);
    }

    @Test
    void itemsInWordsUnderACallHeaderStayText() {
        Note note = Parsing.parse("""
                * calls: reclaim()
                 - the lock is held here
                 - it may sleep
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void anOrdinaryListOfFunctionsStaysText() {
        Note note = Parsing.parse("""
                * Changes: reclaim() was split
                 - shrink_one()
                 - shrink_all()
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aToDoListWithDaysInParenthesesStaysText() {
        Note note = Parsing.parse("""
                # Chores

                - Call: Grandpa (Friday)
                  - Vet (Monday)
                  - Garage (after lunch)

                * called: Ann (the neighbour)
                  - Garden (hedge)
                  - Roof (gutter)
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aListOfCallersStaysText() {
        Note note = Parsing.parse("""
                - caller: open_store()
                  - start()
                  - refresh_cache()

                - callee: parse_args()
                  - split_words()
                """);
        assertTrue(note.traceBlocks().isEmpty(), () -> Parsing.shape(note));
    }

    @Test
    void aCodeNameWithABlankBeforeItsArgumentsIsStillACall() {
        Note note = Parsing.parse("""
                * calls: flush_queue ()
                 - drain_one (q)
                 - wake()
                """);
        assertEquals("""
                root calls: flush_queue ()
                  call drain_one (q)
                  call wake()
                """, Parsing.shape(note).replace("\n\n", "\n"));
    }
}
