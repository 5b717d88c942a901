package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * Two notations of outside authors: a Markdown list of calls nested by tabs, with the callees' code in
 * fences and remarks in words inside its items, and a flowchart of stages drawn in plain text. Every
 * fragment is made up; the expected tree is written as indented {@code kind text} lines.
 */
class TabbedListsAndFlowchartsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aListOfCallsNestedByTabsIsACallTree() {
        assertEquals("""
                root dev_open(name)
                  call dev_lookup(name)
                    assign int id = slot_find(name)
                    call slot_lock(id)
                  assign err = dev_start(dev)
                    call ring_init(dev)
                """, read(
                "## calls",
                "",
                "- dev_open(name)",
                "\t- dev_lookup(name)",
                "\t\t- int id = slot_find(name)",
                "\t\t- slot_lock(id)",
                "\t- err = dev_start(dev)",
                "\t\t- ring_init(dev)",
                "",
                "Words after the list."));
    }

    @Test
    void aFenceInsideAnItemIsTheBodyOfItsCallAndItsBracesOpenNoLevel() {
        assertEquals("""
                root dev_open(name)
                  call dev_setup(dev)
                    assign dev->state = 0
                    if if (dev->flags)
                      call ring_reset(dev)
                      brace }
                    call ring_init(dev)
                      assign ring->head = 0
                  call dev_start(dev)
                """, read(
                "- dev_open(name)",
                "\t- dev_setup(dev)",
                "\t\t```c",
                "\t\t{",
                "\t\t\tdev->state = 0;",
                "\t\t\tif (dev->flags) {",
                "\t\t\t\tring_reset(dev);",
                "\t\t\t}",
                "\t\t}",
                "\t\t```",
                "\t\t- ring_init(dev)",
                "\t\t\t```c",
                "\t\t\tring->head = 0;",
                "\t\t\t```",
                "\t- dev_start(dev)",
                ""));
    }

    @Test
    void aParagraphInsideAnItemIsARemarkNotAStep() {
        String shape = read(
                "- dev_open(name)",
                "\t- dev_setup(dev)",
                "\t\tIt sets the device up, and **this matters** for later.",
                "\t\tA second line of the same paragraph.",
                "",
                "\t\t- ring_init(dev)",
                "\t- dev_start(dev)",
                "\t\tSome cleaning work.",
                "");
        assertEquals("""
                root dev_open(name)
                  call dev_setup(dev)
                    call ring_init(dev)
                  call dev_start(dev)
                """, shape.replaceAll("  (?:// )?[A-Z][^\\n]*", ""));
        assertTrue(!shape.contains("prose"), shape);
    }

    @Test
    void listsOfThingsStayProse() {
        assertEquals("", read(
                "Things to read:",
                "",
                "- the bus code",
                "\t- the probe path (slow)",
                "\t- the scan",
                "- the driver model"));
        assertEquals("", read(
                "API:",
                "",
                "- kmalloc(size, flags)",
                "- kfree(p)",
                "- krealloc(p, size, flags)",
                "\t- may move the block"));
        assertEquals("", read(
                "- Memory",
                "\t- alloc_one(x)",
                "\t- free_one(x)",
                "- Files",
                "\t- open_one(x)",
                "\t- close_one(x)"));
    }

    @Test
    void stagesJoinedByDownArrowsAreOneFlowWhenAStageIsAStatementOrHoldsSeveralLines() {
        assertEquals("""
                root\s
                  call dev_stop
                  call dev_close
                  call ring_drain
                  call ring_free
                  assign dev->state = GONE
                  call dev_release()
                    call slot_put
                    call kfree_dev(dev)
                """, read(
                "# Teardown",
                "dev_stop",
                "  \u2193",
                "dev_close",
                "  \u2193",
                "ring_drain",
                "ring_free",
                "  \u2193",
                "dev->state = GONE",
                "  \u2193",
                "dev_release()",
                "    \u2193",
                "    slot_put",
                "    kfree_dev(dev)",
                ""));
    }

    @Test
    void aFlowchartOfStagesReadsConnectorsAndUnderlinesAsDrawing() {
        assertEquals("""
                root dev_close(dev)
                  call dev_flush(dev)
                  if if a reset is pending:
                    prose wait for it
                  call ring_free(dev)
                    call slot_put(dev)
                    call ring_unmap(dev)
                      prose drop the pages
                      prose unpin them
                """, read(
                "# close",
                "dev_close(dev)",
                "==============",
                "     |",
                "     v",
                " dev_flush(dev)",
                "     |",
                "     | if a reset is pending:",
                "     |       wait for it",
                "     v",
                " ring_free(dev)",
                " ==============",
                "   |",
                "   | slot_put(dev)",
                "   v",
                "   ring_unmap(dev)",
                "     |-- drop the pages",
                "     |-- unpin them",
                ""));
    }

    @Test
    void anEnglishConditionEndingWithAColonIsAnIf() {
        assertEquals("""
                root dev_close(dev)
                  call dev_flush(dev)
                  if If the queue is still full:
                    prose wake the waiters
                  call ring_free(dev)
                """, read(
                "dev_close(dev)",
                "==============",
                "     |",
                "     v",
                " dev_flush(dev)",
                "     |",
                "     v",
                " If the queue is still full:",
                "       wake the waiters",
                "     |",
                "     v",
                " ring_free(dev)",
                ""));
    }

    @Test
    void aFlowchartOfWordsOrOneArrowIsNoTrace() {
        assertEquals("", read(
                "Build the kernel",
                "     |",
                "     v",
                "Install the modules",
                "     |",
                "     v",
                "Reboot",
                ""));
        assertEquals("", read(
                "dev_open(dev)",
                "     |",
                "     v",
                "dev_close(dev)",
                ""));
    }

    @Test
    void aLoneSemicolonEndsTheLoopHeaderAboveAndIsNoStep() {
        assertEquals("""
                root dev_open(name)
                  call dev_scan(dev)
                    loop while (!(err = slot_next(dev)) && (s = slot_get(dev)) != NULL)
                    call ring_init(dev)
                    call slot_next(dev)
                """, read(
                "- dev_open(name)",
                "\t- dev_scan(dev)",
                "\t\t```c",
                "\t\twhile (!(err = slot_next(dev)) &&",
                "\t\t\t(s = slot_get(dev)) != NULL)",
                "\t\t\t;",
                "\t\tring_init(dev);",
                "\t\t```",
                "\t\t- slot_next(dev)",
                ""));
    }

    @Test
    void aFenceInAnotherLanguageInsideAnItemIsQuotedNotRead() {
        assertEquals("""
                root dev_open(name)
                  call dev_setup(dev)
                    call ring_init(dev)
                  call dev_start(dev)
                """, read(
                "- dev_open(name)",
                "\t- dev_setup(dev)",
                "\t\t```python",
                "\t\tfor d in devices():",
                "\t\t    d.setup()",
                "\t\t```",
                "\t\t- ring_init(dev)",
                "\t- dev_start(dev)",
                ""));
    }
}
