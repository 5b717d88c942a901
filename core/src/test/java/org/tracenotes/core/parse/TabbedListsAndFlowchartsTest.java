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
}
