package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A paragraph that is kernel names joined by {@code -->}, one of them a call, is a chain: one root step (made-up fragments). */
class LongArrowParagraphChainsTest {

    private static int blocks(String line) {
        return Parsing.parse("# Load\n\nThe calls:\n\n" + line + "\n\nThen it runs.\n").traceBlocks().size();
    }

    @Test
    void plainKernelNamesJoinedByLongArrowsAreAChain() {
        assertEquals(1, blocks("reg_card_x --> setup_card_x --> add_devs_x --> dev->ops->start(dev)"));
    }

    @Test
    void namesJoinedByLongArrowsWithNothingCalledAreNoChain() {
        assertEquals(0, blocks("state_idle_x --> state_busy_x --> state_done_x"));
    }

    @Test
    void wordsAfterTheLastLinkMakeASentence() {
        assertEquals(0, blocks("reg_card_x --> setup_card_x --> start_x(dev) is the path we take"));
    }

    @Test
    void twoLinksOfPlainNamesAreTooFewToSay() {
        assertEquals(0, blocks("reg_card_x --> start_x(dev)"));
    }
}
