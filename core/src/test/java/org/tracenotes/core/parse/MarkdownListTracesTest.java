package org.tracenotes.core.parse;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Markdown lists and numbered listings used as the trace tree: a list bullet is a stem, a line number
 * a margin, and the step is the text after them, at its column. Every fragment is made up; the expected
 * tree is written as indented {@code kind text} lines.
 */
class MarkdownListTracesTest {

    private static void assertUnfenced(String expected, String... lines) {
        String text = String.join("\n", lines) + "\n";
        assertEquals(expected, Parsing.shape(Parsing.parse(text)), text);
    }

    @Test
    void bulletsBeforeArrowsAreStemsAndNestByTheirItemsColumns() {
        assertUnfenced("""
                root widget_init()
                  call bus_register()
                    call __bus_register()
                      call bus_find()
                      call bus_attach()
                        call probe_one()
                """,
                "Some words before the tree.",
                "",
                "widget_init()",
                "  + ->bus_register()",
                "    + +->__bus_register()",
                "      + ->bus_find()",
                "      + ->bus_attach()",
                "        + ->probe_one()",
                "",
                "Words after it.");
    }

    @Test
    void anEmptyItemEndingTheTreeIsNoStep() {
        assertUnfenced("""
                root widget_init()
                  call bus_register()
                    call bus_find()
                """,
                "widget_init()",
                "  + ->bus_register()",
                "    + ->bus_find()",
                "    + ",
                "");
    }

    @Test
    void anArrowItemAtTheColumnOfAParagraphLineStartsItsOwnTree() {
        assertUnfenced("""
                root\s
                  call scan_all()
                    call scan_prepare()
                    call scan_run()
                """,
                "The asynchronous scan, to compare with the one above:",
                "+ ->scan_all()",
                "  + ->scan_prepare()",
                "  + ->scan_run()",
                "");
    }

    @Test
    void ordinaryListsStayProse() {
        assertUnfenced("",
                "Things to read:",
                "- the bus code",
                "  - the probe path",
                "+ the scan",
                "* `foo` and `bar`",
                "");
    }

    @Test
    void aDashLineInAnArrowTreeKeepsItsText() {
        Parsing.assertShape("""
                root widget_init
                  call bus_register
                  expression - x
                  call bus_find
                """,
                "widget_init",
                "  -> bus_register",
                "  - x",
                "  -> bus_find");
    }

    @Test
    void lineNumbersAreAMarginAndDepthIsTheColumnAfterThem() {
        Parsing.assertShape("""
                root do_open
                  call path_lookup
                    call walk_one
                    call walk_two
                  call file_alloc
                """,
                "01 do_open",
                "02   >path_lookup",
                "03     >walk_one",
                "04     >walk_two",
                "05   >file_alloc");
    }

    @Test
    void aNumberedListingOfCodeStaysAListing() {
        assertEquals("", Parsing.shape(Parsing.fenced(
                "1 int main(void)",
                "2 {",
                "3     return do_open();",
                "4 }")));
    }

    @Test
    void itemsNestByTheColumnsOfTheirBullets() {
        assertUnfenced("""
                root probe_all()
                  call bus_alloc()
                    call bus_attach()
                  prose then the slots are scanned
                    call slot_scan()
                """,
                "- intro words",
                "  +   probe_all()",
                "      + ->bus_alloc()",
                "        + ->bus_attach()",
                "    + then the slots are scanned",
                "        + ->slot_scan()",
                "");
    }

    @Test
    void aParagraphLineBesideTheNextArrowItemEndsTheTreeAbove() {
        assertUnfenced("""
                root first()
                  call one()
                  call three()
                root\s
                  call second()
                    call two()
                """,
                "first()",
                "  + ->one()",
                "  + ->three()",
                "",
                "Now the other path, to compare:",
                "+ ->second()",
                "  + ->two()",
                "");
    }

    @Test
    void aListWhoseItemsMostlyStartWithAFunctionsNameIsACallTree() {
        Note note = Parsing.parse(String.join("\n",
                "Opening a device:",
                "",
                "- `dev_open` calls `dev_setup`",
                "  - `dev_check` checks the flags",
                "  - `dev_setup`",
                "    - `slot_alloc` allocates a slot, and",
                "      the wrapped rest of the item",
                "    - it clears the slot",
                "    - `slot_mark`",
                "- `dev_close` calls `dev_free`",
                "  - `slot_free`",
                "  - `dev_reset` resets it",
                "") + "\n");
        assertEquals("""
                root `dev_open` calls `dev_setup`
                  call `dev_check` checks the flags
                  call `dev_setup`
                    call `slot_alloc` allocates a slot, and the wrapped rest of the item
                    prose it clears the slot
                    call `slot_mark`
                root `dev_close` calls `dev_free`
                  call `slot_free`
                  call `dev_reset` resets it
                """, Parsing.shape(note));
    }

    @Test
    void listsOfOptionsFilesOrWordsStayProse() {
        assertUnfenced("",
                "",
                "- `CONFIG_FOO_BAR`",
                "  - `CONFIG_FOO_BAZ` enables baz",
                "  - `CONFIG_FOO_QUX`",
                "- `mm/slab.c`",
                "  - `mm/slub.c`",
                "  - `mm/slob.c`",
                "- `dev_open` opens it",
                "  - then the flags are checked",
                "  - and `dev_setup` sets it up",
                "  - the end",
                "");
    }

    @Test
    void aOneLevelListOfFunctionsUnderAnItemInWordsStaysProse() {
        assertUnfenced("",
                "",
                "- the entry points are these:",
                "  - `dev_open()`, the usual one",
                "  - `dev_open_locked()`, when the lock is held",
                "  - `dev_reopen()`",
                "");
    }

    @Test
    void aOneLevelListUnderAnItemSayingItsFunctionCallsAnotherIsACallTree() {
        assertUnfenced("""
                root `dev_close` calls `dev_release`
                  call `slot_free` frees the slot
                  call `dev_reset`
                """,
                "",
                "- `dev_close` calls `dev_release`",
                "  - `slot_free` frees the slot",
                "  - `dev_reset`",
                "");
    }

    @Test
    void anItemStartingWithTheFunctionTheItemAboveSaysItCallsIsThatCallsBody() {
        assertUnfenced("""
                root when the device is written to,
                  call `dev_write` calls `dev_enable` to enable it
                    call `dev_enable` calls `ops->start`, which is `ring_start`
                      call `ring_start` calls `slot_alloc`
                        prose this allocates the slots
                        call `slot_alloc`
                          call `slot_zero`
                  call `dev_flush`
                """,
                "",
                "- when the device is written to,",
                "  - `dev_write` calls `dev_enable` to enable it",
                "  - `dev_enable` calls `ops->start`, which is `ring_start`",
                "  - `ring_start` calls `slot_alloc`",
                "    - this allocates the slots",
                "    - `slot_alloc`",
                "      - `slot_zero`",
                "  - `dev_flush`",
                "");
    }

    @Test
    void aWordsItemEndingTheItemsUnderAStepIsARemarkOnIt() {
        Note note = Parsing.parse(String.join("\n",
                "",
                "- `ring_init` calls `ring_setup`",
                "  - `ring_alloc` allocates the rings",
                "    - these are not the queues",
                "  - `ring_check`",
                "  - it sets the depth",
                "  - `ring_setup`",
                "") + "\n");
        assertEquals("""
                root `ring_init` calls `ring_setup`
                  call `ring_alloc` allocates the rings  these are not the queues
                  call `ring_check`
                  prose it sets the depth
                  call `ring_setup`
                """, Parsing.shape(note));
        var body = note.traceBlocks().get(0).roots().get(0).body();
        assertEquals(List.of("these are not the queues"), body.get(0).comments().stream().map(c -> c.text().strip()).toList(),
                () -> body.toString());   // kept, as a comment on ring_alloc, the step it is written under
        assertEquals(List.of(), body.get(1).comments(), () -> body.toString());
    }

    @Test
    void aWordsItemEndingTheListIsARemarkOnTheStepAboveIt() {
        Note note = Parsing.parse(String.join("\n",
                "",
                "- `bus_probe` calls `bus_scan`",
                "  - `bus_scan()` walks the slots",
                "  - `bus_add()` adds each slot",
                "    - first the slots are counted",
                "") + "\n");
        assertEquals("""
                root `bus_probe` calls `bus_scan`
                  call `bus_scan()` walks the slots
                  call `bus_add()` adds each slot  first the slots are counted
                """, Parsing.shape(note));
        var scan = note.traceBlocks().get(0).roots().get(0).body().get(1);
        assertEquals(List.of("first the slots are counted"), scan.comments().stream().map(c -> c.text().strip()).toList(),
                () -> scan.toString());
    }

    @Test
    void aListOfParametersWithTypesInBracesStaysProse() {
        assertUnfenced("",
                "",
                "* `cb` {Function} called for every record in the",
                "  table.",
                "  * `record` {Object} the record read.",
                "  * `opts` {Object}",
                "    * `abort` {AbortSignal} stops the walk early.",
                "* Returns: {Promise} fulfilled when the walk ends.",
                "");
    }

    @Test
    void aDeepListOfThingsThatNeverSaysCallsStaysProse() {
        Note glossary = Parsing.parse(String.join("\n",
                "",
                "- Allocation",
                "  - `pool_alloc()` allocates a buffer",
                "    - `pool_alloc_node()` is the per-node variant",
                "  - `pool_free()` frees it",
                "") + "\n");
        assertEquals("", Parsing.shape(glossary));
        Note members = Parsing.parse(String.join("\n",
                "",
                "- `struct widget_ops`",
                "  - `open` opens the widget",
                "    - `open_locked` when the lock is held",
                "  - `close` closes it",
                "") + "\n");
        assertEquals("", Parsing.shape(members));
    }
}
