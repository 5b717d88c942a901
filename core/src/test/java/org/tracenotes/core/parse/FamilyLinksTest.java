package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A code span naming a family of functions ({@code `ops->ioctl_*`}) is a link of a one-line chain (made-up fragments). */
class FamilyLinksTest {

    @Test
    void aChainEndingInAFamilyOfFunctionsIsOneRootStep() {
        var note = Parsing.parse("# Path\n\n`dev_ioctl_x()` -> `do_ioctl_x()` -> `ops->cmd_*`\n\nMore words.\n");
        assertEquals(1, note.traceBlocks().size());
        assertEquals(1, Parsing.onlyBlock(note).roots().size());
    }

    @Test
    void aStarThatIsNoFamilyOfNamesMakesNoLink() {
        var note = Parsing.parse("# Path\n\n`dev_ioctl_x()` -> `do_ioctl_x()` -> `*ptr`\n\nMore words.\n");
        assertEquals(0, note.traceBlocks().size());
    }
}
