package org.tracenotes.grammar;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which trace lines are a branch label on a stem ({@link BranchLabels}); every line is made up. */
class BranchLabelsTest {

    @Test
    void anOutcomeWordOnAStemIsALabel() {
        assertTrue(BranchLabels.isLabel("        |yes"));
        assertTrue(BranchLabels.isLabel("        |   no"));
        assertTrue(BranchLabels.isLabel("        :          No"));
        assertTrue(BranchLabels.isLabel("   |ok"));
        assertTrue(BranchLabels.isLabel("   |yes => go to the slow path"));
        assertTrue(BranchLabels.isLabel("   | false: nothing to do"));
        assertTrue(BranchLabels.isLabel("   v    no"));
        assertTrue(BranchLabels.isLabel("   |是"));
    }

    @Test
    void aStepAWordThatIsNoOutcomeOrATableRowIsNoLabel() {
        assertFalse(BranchLabels.isLabel("   |noop()"));
        assertFalse(BranchLabels.isLabel("   |yes_or_no()"));
        assertFalse(BranchLabels.isLabel("   |notify"));
        assertFalse(BranchLabels.isLabel("   | ok | passed |"));
        assertFalse(BranchLabels.isLabel("   |no more pages left, so stop"));
        assertFalse(BranchLabels.isLabel("     |yes -> reuse_entry(key)"));
        assertFalse(BranchLabels.isLabel("     |no  => table->load(key)"));
        assertFalse(BranchLabels.isLabel("     |hit --> cache.get(key)"));
        assertFalse(BranchLabels.isLabel("yes"));
        assertFalse(BranchLabels.isLabel("   +- if ok"));
    }
}
