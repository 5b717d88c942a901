package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One call chain in a small fence, wrapped after a trailing arrow or onto a line led by the arrow, with calls
 * aligned under a link as further calls of that link's line and bare names at the chain's column as other
 * entry points (grammar's {@code WrappedChainFences}, core's {@code WrappedChainFenceDepths}); look-alikes keep
 * their readings (made-up fragments).
 */
class WrappedChainFencesTest {

    @Test
    void aLineUnderATrailingArrowGoesOnWithTheChainAndCallsAlignedUnderALinkAreItsSiblings() {
        Parsing.assertShape("""
                root 1.open() -> 2.lookup(fn func(*d)) -> 3.bind(d *dev)
                  call 4.attach(d *dev) ->  link()
                    call publish()
                    call settle()
                """,
                "1.open() -> 2.lookup(fn func(*d)) -> 3.bind(d *dev) ->",
                "4.attach(d *dev) ->  link()",
                "                     publish()",
                "                     settle()");
    }

    @Test
    void aCallAlignedOneColumnOffItsLinkIsStillABranch() {
        Parsing.assertShape("""
                root open() -> lookup()
                  call attach() -> link()
                    call publish()
                """,
                "open() -> lookup() ->",
                "attach() -> link()",
                "             publish()");
    }

    @Test
    void aNumberedStepAlignedUnderTheFirstStepAfterADashArrowIsTheRootsSecondStep() {
        Parsing.assertShape("""
                root sched()  \u2013> 1.find()
                  call 2.exec() \u2013>go()
                """,
                "sched() \u2013> 1.find()",
                "           2.exec() \u2013>go()");
    }

    @Test
    void aLineLedByTheArrowContinuesATwoLineChain() {
        Parsing.assertShape("""
                root a.wait() -> b.poll() -> c.park()
                  call mcall(fn func(*g)) -> park_m(gp *g)
                """,
                "a.wait() -> b.poll() -> c.park()",
                "-> mcall(fn func(*g)) -> park_m(gp *g)");
    }

    @Test
    void bareNamesAtTheChainsColumnAreOtherEntryPoints() {
        Parsing.assertShape("""
                root find()       -> poll() ->  inject() ->  putbatch()/runqput()
                root work()
                root startWorld
                root sysmon()
                """,
                "find()       -> poll() ->  inject() ->  putbatch()/runqput()",
                "work()",
                "startWorld",
                "sysmon()");
    }

    @Test
    void aChainOverASentenceStaysAOneLineChain() {
        Parsing.assertShape("root open() -> lookup()\n", "open() -> lookup()", "then it binds the device");
    }

    @Test
    void namesOfDataJoinedByArrowsStayNoTrace() {
        Parsing.assertShape("", "task_struct -> mm_struct", "pgd -> pud");
    }

    @Test
    void aCallStandingOffEveryLinkStaysNoTrace() {
        Parsing.assertShape("", "open() -> lookup() -> bind()", "       attach()");
    }

    @Test
    void anIndentedLineUnderATrailingArrowStaysNoTrace() {
        Parsing.assertShape("", "open() -> lookup() ->", "    attach()");
    }

    @Test
    void aBlankLineBetweenChainAndNameStaysNoTrace() {
        Parsing.assertShape("", "open() -> lookup()", "", "close()");
    }

    @Test
    void twoChainsAtOneColumnStayAColumnOfHops() {
        Parsing.assertShape("""
                root\s
                  call open() -> lookup()
                  call close() -> release()
                  call sync()
                """,
                "open() -> lookup()",
                "close() -> release()",
                "sync()");
    }

    @Test
    void proseAroundArrowsStaysNoTrace() {
        assertEquals("", Parsing.shape(Parsing.parse("""
                The request goes open() -> lookup() and then
                it binds the device before it returns.
                """)));
    }

    @Test
    void aHugeUnclosedCallInAFenceIsRejectedQuickly() {
        String text = "```\nopen() -> lookup(" + "q".repeat(300_000) + "\nclose()\n```\n";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals("", Parsing.shape(Parsing.parse(text))));
    }
}
