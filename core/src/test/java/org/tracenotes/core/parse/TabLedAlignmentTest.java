package org.tracenotes.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Sibling steps that an author's editor lined up with different mixes of tabs and spaces say the tab width the
 * author saw: the one width at which the lines stand at one column. Every fragment is made up.
 */
class TabLedAlignmentTest {

    @Test
    void theWidthIsTheOneThatLinesUpTheTwoLines() {
        assertEquals(2, TabLedAlignment.width(3, 4, 5, 0));
        assertEquals(4, TabLedAlignment.width(3, 0, 1, 8));
        assertEquals(8, TabLedAlignment.width(2, 0, 1, 8));
        assertEquals(0, TabLedAlignment.width(2, 0, 1, 3), "no width lines them up");
        assertEquals(0, TabLedAlignment.width(2, 4, 2, 4), "the same tabs say nothing");
    }

    @Test
    void onePairIsNoEvidenceNorAreSplitPairs() {
        TabLedAlignment.Votes one = new TabLedAlignment.Votes();
        one.add(2);
        one.add(0);
        assertEquals(0, one.width(), "a child a level deeper lines up with its parent at some width by chance");
        TabLedAlignment.Votes split = new TabLedAlignment.Votes();
        split.add(2);
        split.add(2);
        split.add(4);
        assertEquals(0, split.width());
        TabLedAlignment.Votes two = new TabLedAlignment.Votes();
        two.add(2);
        two.add(2);
        assertEquals(2, two.width());
    }

    @Test
    void tabLedPairsLinedUpByAChildsTwoSpacesDoNotMakeTheWidthTwo() {
        // `\t\t  root_x` over `\t\t\tblock_x` lines up at two, as does `\t\t\t  leaf_x` over `\t\t\t\tend_x`, but a
        // spaced line (`    early_x`) says the width here: at two, block_x and end_x would be siblings of the line above
        String trace = String.join("\n",
                "```",
                "init_x()",
                "    early_x();",
                "\tlate_x();",
                "\t\tmount_x()",
                "\t\t  root_x()",
                "\t\t\tblock_x()",
                "\t\t\t  leaf_x()",
                "\t\t\t\tend_x()",
                "```");
        assertEquals("""
                root init_x()
                  call early_x()
                    call late_x()
                      call mount_x()
                        call root_x()
                          call block_x()
                            call leaf_x()
                              call end_x()
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void siblingsTypedWithDifferentTabsReadAsSiblingsAtTwo() {
        String trace = String.join("\n",
                "```",
                "boot_x()->setup_x()",
                "\t\t\t    `->map_x()",
                "\t\t\t\t\t`->zone_x()",
                "\t\t\t\t\t`->slab_x();",
                "\t        `->leak_x();",
                "\t\t\t\t\t`->vm_x()",
                "```");
        assertEquals("""
                root boot_x()->setup_x()
                  call map_x()
                  call zone_x()
                  call slab_x()
                  call leak_x()
                  call vm_x()
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }

    @Test
    void aChildOneTabDeeperStaysAChild() {
        String trace = String.join("\n",
                "```",
                "run_x()",
                "\t-> step_x()",
                "\t\t-> leaf_x()",
                "\t-> next_x()",
                "```");
        assertEquals("""
                root run_x()
                  call step_x()
                    call leaf_x()
                  call next_x()
                """, Parsing.shape(Parsing.parse(trace + "\n")));
    }
}
