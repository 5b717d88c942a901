package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Nested Markdown lists that look like lists of calls but are not call trees: variants of one API, a
 * list of signatures, a changelog. Every fragment is made up.
 */
class CallItemListsTest {

    private static String read(String... lines) {
        return Parsing.shape(Parsing.parse(String.join("\n", lines) + "\n"));
    }

    @Test
    void aChildWhoseNameExtendsItsParentsIsAVariantNotACallee() {
        assertEquals("", read(
                "Locks:",
                "",
                "- spin_lock(l)",
                "  - spin_lock_irq(l)",
                "- mutex_lock(m)",
                "  - mutex_lock_interruptible(m)",
                ""));
    }

    @Test
    void aListOfSignaturesIsNoTrace() {
        assertEquals("", read(
                "Entry points:",
                "",
                "- int register_netdev(struct net_device *d)",
                "  - int setup_netdev(struct net_device *d)",
                "- int unregister_netdev(struct net_device *d)",
                "  - int teardown_netdev(struct net_device *d)",
                ""));
    }

    @Test
    void aChangelogIsNoTrace() {
        assertEquals("", read(
                "Changes:",
                "",
                "- rework dev_probe()",
                "  - split out dev_probe_one()",
                "- rework dev_remove()",
                "  - add dev_remove_sync()",
                ""));
    }

    @Test
    void callsNestedUnderCallsStillMakeATree() {
        assertEquals("""
                root dev_open(name)
                  call dev_lookup(name)
                    assign err = ring_init(dev)
                    call dev->ops->start(dev)
                """, read(
                "- dev_open(name)",
                "  - dev_lookup(name)",
                "    - err = ring_init(dev)",
                "    - dev->ops->start(dev)",
                ""));
    }

    @Test
    void aShellFenceOrLogOutputInsideAnItemIsQuotedNotTheCallsBody() {
        assertEquals("""
                root dev_open(name)
                  call dev_lookup(name)
                    call ring_init(dev)
                  call dev_start(dev)
                """, read(
                "- dev_open(name)",
                "  - dev_lookup(name)",
                "    ```sh",
                "    echo 1 > /sys/devices/dev0/reset",
                "    ```",
                "    - ring_init(dev)",
                "  - dev_start(dev)",
                "    ```",
                "    [    1.250000] dev0: started",
                "    ```",
                "").replaceAll("\\n *//[^\\n]*", ""));
    }

    @Test
    void anUnlabelledFenceOfCStatementsIsStillTheCallsBody() {
        assertEquals("""
                root dev_open(name)
                  call dev_lookup(name)
                    assign dev->state = 0
                    call ring_init(dev)
                  call dev_start(dev)
                """, read(
                "- dev_open(name)",
                "  - dev_lookup(name)",
                "    ```",
                "    dev->state = 0;",
                "    ```",
                "    - ring_init(dev)",
                "  - dev_start(dev)",
                ""));
    }

    @Test
    void anItemWrappedWhileItsParenthesesAreOpenKeepsItsWholeCall() {
        String shape = read(
                "- dev_open(name)",
                "  - dev_setup(dev, DEV_F_RESET |",
                "    DEV_F_WAIT)",
                "    - ring_init(dev)",
                "  - dev_start(dev)",
                "");
        assertTrue(shape.contains("DEV_F_WAIT)") && !shape.contains("// DEV_F_WAIT"), shape);
        assertTrue(shape.contains("    call ring_init(dev)"), shape);
    }
}
