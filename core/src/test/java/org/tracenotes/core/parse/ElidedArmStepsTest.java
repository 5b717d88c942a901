package org.tracenotes.core.parse;

import org.junit.jupiter.api.Test;

/**
 * An elision drawn on a tree's arm ({@code |-... ...}): a step the author skipped, at the
 * column of its siblings, with no body of its own. Every fragment is made up.
 */
class ElidedArmStepsTest {

    @Test
    void anElisionOnAnArmIsAChildlessStepBesideItsSiblings() {
        Parsing.assertShape("""
                root dev_probe()  @ drivers/dev.c
                  prose ... ...  // checks the flags first
                  call dev_alloc()  // takes the memory
                    call dev_init()
                    prose ... ...
                    call dev_name()
                  call dev_register()
                """,
                "dev_probe() @ drivers/dev.c",
                "  |-... ...                 // checks the flags first",
                "  |-dev_alloc()             // takes the memory",
                "  |  |-dev_init()",
                "  |  |-... ...",
                "  |  |-dev_name()",
                "  |",
                "  |-dev_register()");
    }
}
