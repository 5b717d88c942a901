package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tracenotes.core.model.Note;

/**
 * A call chain written as a numbered Markdown list under a caption, its numbers counting how deep the
 * chain goes, unnumbered calls between them. Every fragment is made up; the expected tree is written as
 * indented {@code kind text} lines.
 */
class NumberedCallChainsTest {

    private static Note parse(String... lines) {
        return Parsing.parse(String.join("\n", lines) + "\n");
    }

    private static String read(String... lines) {
        return Parsing.shape(parse(lines));
    }

    @Test
    void eachNumberedItemIsOneCallDeeperAndUnnumberedCallsAreSiblingsOfTheLineAbove() {
        assertEquals("""
                root dev_register(dev)
                  call bus_add(dev)
                    call bus_probe(dev)
                    call bus_sysfs(dev)
                    call bus_uevent(dev)
                      call probe_one(dev)
                """, read(
                "调用链：dev_register(dev);",
                "",
                "1. bus_add(dev);",
                "2. bus_probe(dev);",
                "bus_sysfs(dev);",
                "bus_uevent(dev);",
                "3. probe_one(dev);",
                "",
                "Words."));
    }

    @Test
    void anUnnumberedCallLinkedAboveThePreviousOneInTheSameFileIsItsCallee() {
        String[] lines = {
                "analysis: **`[dev_register](https://example.org/src/dev.c#L40)`**",
                "",
                "1. **`[bus_add](https://example.org/src/dev.c#L44)**(dev);`",
                "2. **`[bus_probe](https://example.org/src/bus.c#L80)**(dev);`",
                "**`[bus_sysfs](https://example.org/src/bus.c#L84)**(dev);`",
                "3. **`[probe_one](https://example.org/src/probe.c#L300)**(dev);`",
                "**`[probe_dev](https://example.org/src/probe.c#L210)**(dev);`",
                "**`[dev](https://example.org/x)**->**[probe](https://example.org/src/probe.c#L120)**(dev);`"};
        String shape = read(lines);
        String[] got = shape.split("\n");
        assertEquals(7, got.length, shape);
        assertTrue(got[0].startsWith("root ") && got[1].startsWith("  call "), shape);
        assertTrue(got[2].startsWith("    call ") && got[3].startsWith("    call "), shape);   // bus_probe, bus_sysfs: siblings
        assertTrue(got[4].startsWith("      call ") && got[5].startsWith("        call ")
                && got[6].startsWith("          ") && !got[6].startsWith("           "), shape);   // probe_one > probe_dev > dev->probe: back up the file
    }

    @Test
    void aNumberedListOfSentencesUnderALabelStaysProse() {
        assertTrue(parse(
                "注意：",
                "",
                "1. 先编译内核",
                "2. 再安装模块",
                "然后重启",
                "3. 检查日志").traceBlocks().isEmpty());
    }

    @Test
    void aNumberedListOfCallsWithoutUnnumberedLinesIsNoChainOfThisKind() {
        assertTrue(parse(
                "用法：",
                "",
                "1. open(path, flags)",
                "2. read(fd, buf, n)",
                "3. close(fd)").traceBlocks().isEmpty());
    }

    @Test
    void aListWhoseNumbersDoNotCountUpByOneStaysProse() {
        assertTrue(parse(
                "Fixes:",
                "",
                "1. dev_open(x) leaks",
                "3. dev_read(x) hangs",
                "dev_close(x) too",
                "4. dev_poll(x) spins").traceBlocks().isEmpty());
    }

    @Test
    void aLineLinkWithMoreDigitsThanAnyFileHasLinesIsNoLineLinkAndNoError() {
        Note note = parse(
                "调用链：**`[dev_register](https://example.org/dev.c#L40)**(dev);`",
                "",
                "1. **`[bus_add](https://example.org/dev.c#L99999999999999999999)**(dev);`",
                "2. **`[bus_probe](https://example.org/dev.c#L99999999999999999998)**(dev);`",
                "**`[bus_sysfs](https://example.org/dev.c#L99999999999999999997)**(dev);`",
                "3. **`[probe_one](https://example.org/probe.c#L9)**(dev);`");
        assertTrue(!Parsing.ruleIds(note).contains("internal-error"), Parsing.ruleIds(note).toString());
        String[] got = Parsing.shape(note).split("\n");
        assertEquals(5, got.length, Parsing.shape(note));
        assertTrue(got[2].startsWith("    call ") && got[3].startsWith("    call "), Parsing.shape(note));   // siblings: no line to compare
    }

    @Test
    void aNumberedSequenceOfCallsUnderAPlainLabelIsNoChainOfDepths() {
        String shape = read(
                "Steps:",
                "",
                "1. open_dev(d);",
                "2. read_dev(d);",
                "check_result(r);",
                "3. close_dev(d);");
        assertTrue(!shape.contains("      call"), shape);   // no item three calls deep
    }

    @Test
    void numberedSentencesOpeningWithACallUnderAnExampleLabelAreNoTrace() {
        assertTrue(parse(
                "Example:",
                "",
                "1. dev_alloc(size) may sleep.",
                "2. dev_zalloc(size) never sleeps, but",
                "dev_free(ptr) is safe on NULL.",
                "3. dev_vfree(addr) must not run in interrupt context.").traceBlocks().isEmpty());
    }

    @Test
    void mostItemsLinkingToLinesOfTheSourceShowTheNumbersCountDepth() {
        String shape = read(
                "解析：**`[dev_register](https://example.org/dev.c#L40)`**",
                "",
                "1. **`[bus_add](https://example.org/dev.c#L12)**(dev);`",
                "2. **`[bus_probe](https://example.org/bus.c#L80)**(dev);`",
                "**`[bus_sysfs](https://example.org/bus.c#L84)**(dev);`",
                "3. **`[probe_one](https://example.org/probe.c#L9)**(dev);`");
        assertTrue(shape.contains("\n      call "), shape);   // item 3 under item 2 under item 1
    }
    @Test
    void numberedItemsThatAreChainsGoOnWhereTheItemAboveStoppedWithoutACaption() {
        assertEquals("""
                root\s
                  call `sys_send`
                    call `do_syscall_x` => `__do_send` => `sock_send`
                      call `proto_send` => `ip_out`
                        call `dev_xmit`
                """, read(
                "```",
                "a stack",
                "```",
                "",
                "1. `sys_send`",
                "2. `do_syscall_x` => `__do_send` => `sock_send`",
                "    - a remark on this item: `send(fd, buf)`",
                "3. `proto_send` => `ip_out`",
                "4. `dev_xmit`",
                "",
                "Words."));
    }

    @Test
    void aNumberedListWithOneChainOrSentencesAmongTheItemsStaysProse() {
        assertTrue(parse("Steps:", "", "1. Read the manual", "2. `make` => `make install`", "3. Reboot").traceBlocks().isEmpty());
        assertTrue(parse("", "1. `load_x`", "2. `init_x` => `start_x`", "3. `stop_x`", "4. `free_x`").traceBlocks().isEmpty());
        assertTrue(parse("", "1. `a_x` => `b_x`", "2. `c_x` => `d_x`", "and then more words", "3. `e_x`")
                .traceBlocks().isEmpty());
    }

    @Test
    void numberedChainItemsOnTheNotesFirstLineAreAChain() {
        assertEquals("""
                root\s
                  call `read_a`
                    call `read_b` => `read_c`
                      call `read_d` => `read_e`
                """, read(
                "1. `read_a`",
                "2. `read_b` => `read_c`",
                "3. `read_d` => `read_e`",
                "",
                "Words."));
    }

    @Test
    void numberedChainItemsUnderAParagraphThatIsNoCaptionAreAChain() {
        assertEquals("""
                root\s
                  call `open_a`
                    call `open_b` => `open_c`
                      call `open_d` => `open_e`
                """, read(
                "The path an open takes through the layers, as far as I followed it",
                "",
                "1. `open_a`",
                "2. `open_b` => `open_c`",
                "3. `open_d` => `open_e`",
                "",
                "Words."));
    }
}
